package plan

import (
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// What the answers leave out, named and explained the same way on every
// path; a routine with nothing left is no session, and says why.
func TestLeftOutWords(t *testing.T) {
	pregnant := profile.Profile{Conditions: profile.NewIDs(content.Pregnancy, content.VaricoseVeins), Avoid: profile.NewIDs("glutes")}
	tests := []struct {
		routine string
		named   []string
		reasons string
		nothing bool
	}{
		{"nightly", []string{"glutes (recent injury)"}, "recent injury", false},
		{"lower-back", []string{"glutes (recent injury)", "hip flexors (pregnancy)"}, "recent injury, pregnancy", false},
		{"hip-flexors", []string{"hip flexors (pregnancy)"}, "pregnancy", true},
		{"upper-back", nil, "", false},
	}
	for _, tt := range tests {
		r := routine(t, tt.routine)
		l := LeftOut(r, pregnant)
		if got := Named(l); !slices.Equal(got, tt.named) {
			t.Errorf("%s: named %q, want %q", tt.routine, got, tt.named)
		}
		if got := Reasons(l); got != tt.reasons {
			t.Errorf("%s: reasons %q, want %q", tt.routine, got, tt.reasons)
		}
		if got := NothingLeft(r, pregnant); got != tt.nothing {
			t.Errorf("%s: nothing left %v, want %v", tt.routine, got, tt.nothing)
		}
		if _, err := For(r, coach.Options{}, pregnant); (err != nil) != tt.nothing {
			t.Errorf("%s: plan error %v, yet nothing left is %v", tt.routine, err, tt.nothing)
		}
		why := NothingToRoll(l)
		for _, s := range l {
			if !strings.Contains(why, s.Why) {
				t.Errorf("%s: %q does not say %q", tt.routine, why, s.Why)
			}
		}
		if !strings.HasSuffix(why, "backroll setup changes your answers.") {
			t.Errorf("%s: %q does not say how to change the answers", tt.routine, why)
		}
	}
}
