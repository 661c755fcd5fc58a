package content

import (
	"slices"
	"testing"
)

func TestTips(t *testing.T) {
	if n := len(Tips); n < 20 || n > 30 {
		t.Errorf("%d tips, want 20-30", n)
	}
	count := map[string]int{}
	last := 0
	for _, tip := range Tips {
		i := slices.Index(TipCategories, tip.Category)
		if i < 0 {
			t.Errorf("tip %q: unknown category %q", tip.ID, tip.Category)
		}
		// Screens and `backroll tips` list tips in this order, one
		// heading per category.
		if i < last {
			t.Errorf("tip %q: category %q out of order", tip.ID, tip.Category)
		}
		last = max(last, i)
		if tip.Title == "" || tip.Hint == "" || tip.Body == "" {
			t.Errorf("tip %q: Title, Hint and Body must be set", tip.ID)
		}
		count[tip.Category]++
	}
	for _, c := range TipCategories {
		if count[c] == 0 {
			t.Errorf("category %q has no tips", c)
		}
	}
	// Each exercise links at least one tip (TestExercises checks they
	// exist), and the red flags the safety screens list are all explained.
	for _, e := range Exercises {
		if len(e.Tips) == 0 {
			t.Errorf("exercise %q links no tip", e.ID)
		}
	}
}

func TestTipMatches(t *testing.T) {
	tests := []struct {
		query string
		want  []string // some of the IDs found
		not   []string
	}{
		{"breath", []string{"keep-breathing", "breathe-low", "how-hard"}, []string{"peanut-roller"}},
		{"BREATH", []string{"keep-breathing"}, nil},
		{"peanut", []string{"peanut-roller"}, []string{"soft-roller"}},
		{"lower back", []string{"why-not-lower-back"}, []string{"cat-cow-after"}},
		{"roller types", []string{"soft-roller", "peanut-roller"}, []string{"keep-breathing"}},
		{"", []string{"roll-slowly", "not-medical-advice"}, nil},
		{"zebra", nil, []string{"roll-slowly"}},
	}
	for _, tt := range tests {
		for _, id := range tt.want {
			if tip, _ := TipByID(id); !tip.Matches(tt.query) {
				t.Errorf("%q does not find %q", tt.query, id)
			}
		}
		for _, id := range tt.not {
			if tip, _ := TipByID(id); tip.Matches(tt.query) {
				t.Errorf("%q finds %q", tt.query, id)
			}
		}
	}
}
