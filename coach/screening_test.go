package coach

import (
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/content"
)

// Each screening answer changes the plan as the screening question says,
// and the plan says why.
func TestScreeningChangesThePlan(t *testing.T) {
	everything := content.Routine{ID: "all", Name: "all", CatCow: true, Items: []content.Item{
		{Exercise: "mid-back"}, {Exercise: "lats"}, {Exercise: "glutes"}, {Exercise: "hip-flexors"},
	}}
	tests := []struct {
		name     string
		o        Options
		want     []string // the steps' exercises, one per exercise
		noTender bool
		whyHolds []string // words the plan's changes must hold
		finisher bool
	}{
		{"none", Options{}, []string{"mid-back", "lats", "glutes", "hip-flexors"}, false, nil, true},
		{"pregnancy", Options{Conditions: []string{content.Pregnancy}},
			[]string{content.MidBackWall, "lats", "glutes"}, false, []string{"wall", "pregnant"}, true},
		{"osteoporosis", Options{Conditions: []string{content.Osteoporosis}},
			[]string{"lats", "glutes", "hip-flexors"}, false, []string{"spine"}, true},
		{"pregnancy and osteoporosis", Options{Conditions: []string{content.Pregnancy, content.Osteoporosis}},
			[]string{"lats", "glutes"}, false, []string{"spine", "pregnant"}, true},
		{"blood thinners", Options{Conditions: []string{content.BloodThinners}},
			[]string{"mid-back", "lats", "glutes", "hip-flexors"}, true, []string{"tender", "soft"}, true},
		{"varicose veins", Options{Conditions: []string{content.VaricoseVeins}},
			[]string{"mid-back", "lats", "glutes"}, false, []string{"veins"}, true},
		{"a recent injury at the glutes", Options{Conditions: []string{content.RecentInjury}, Avoid: []string{"glutes"}},
			[]string{"mid-back", "lats", "hip-flexors"}, false, []string{"injury"}, true},
		{"an area to avoid without the condition is still avoided", Options{Avoid: []string{"lats"}},
			[]string{"mid-back", "glutes", "hip-flexors"}, false, []string{"injury"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPlan(everything, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range p.Steps {
				if len(got) == 0 || got[len(got)-1] != s.Exercise.ID {
					got = append(got, s.Exercise.ID)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("steps %v; want %v", got, tt.want)
			}
			if p.NoTender != tt.noTender {
				t.Errorf("no tender-spot holds: %v; want %v", p.NoTender, tt.noTender)
			}
			if p.Finisher != tt.finisher {
				t.Errorf("finisher %v; want %v", p.Finisher, tt.finisher)
			}
			why := strings.ToLower(strings.Join(p.Changes, " "))
			for _, w := range tt.whyHolds {
				if !strings.Contains(why, w) {
					t.Errorf("the plan's reasons %q do not say %q", p.Changes, w)
				}
			}
			if len(tt.whyHolds) == 0 && len(p.Changes) > 0 {
				t.Errorf("changes %q with no condition", p.Changes)
			}
		})
	}
}

// A routine whose every area is left out, and that has no finisher, is
// no session: the error says why.
func TestScreeningCanLeaveNothing(t *testing.T) {
	r := content.Routine{ID: "hips", Name: "hips", Items: []content.Item{{Exercise: "hip-flexors"}}}
	_, err := NewPlan(r, Options{Conditions: []string{content.VaricoseVeins}})
	if err == nil || !strings.Contains(err.Error(), "veins") {
		t.Fatalf("error %v; want one that says the veins leave nothing", err)
	}
}

// Tender-spot holds are off on blood thinners: k does nothing.
func TestNoTenderOnBloodThinners(t *testing.T) {
	s, c := start(t, "mid-back", Options{Conditions: []string{content.BloodThinners}})
	s.StartNow(c.now())
	if s.Tender(c.now()) {
		t.Fatal("a tender-spot hold started on blood thinners")
	}
}
