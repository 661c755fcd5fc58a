package content

import (
	"slices"
	"strings"
	"testing"
)

func TestRollers(t *testing.T) {
	want := []string{"soft", "standard", "trigger-point", "peanut", "not-sure"}
	var got []string
	for _, r := range Rollers {
		got = append(got, r.ID)
		if r.Name == "" || r.Describe == "" {
			t.Errorf("roller %q: Name and Describe must be set", r.ID)
		}
		if _, ok := TipByID(r.Tip); r.ID != "not-sure" && (!ok || tip(r.Tip).Category != "roller types") {
			t.Errorf("roller %q: tip %q is not a roller-types tip", r.ID, r.Tip)
		}
		for ex := range r.Notes {
			if _, ok := ExerciseByID(ex); !ok {
				t.Errorf("roller %q: note for unknown exercise %q", r.ID, ex)
			}
		}
		if got, ok := RollerByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RollerByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("rollers %v, want %v", got, want)
	}
	// What the answers change: a peanut works the mid-back with the spine
	// in its groove; a textured roller goes lighter on the back.
	if r, _ := RollerByID("peanut"); !strings.Contains(r.Notes["mid-back"], "groove") {
		t.Errorf("peanut mid-back note %q", r.Notes["mid-back"])
	}
	if r, _ := RollerByID("trigger-point"); !strings.Contains(r.Notes["mid-back"], "lighter") {
		t.Errorf("trigger-point mid-back note %q", r.Notes["mid-back"])
	}
	// A textured roller has a word for every area, not only the back.
	if r, _ := RollerByID("trigger-point"); len(r.Notes) != len(Exercises) {
		t.Errorf("trigger-point notes cover %d of %d areas", len(r.Notes), len(Exercises))
	}
	if _, ok := RollerByID(""); ok {
		t.Error(`RollerByID("") found something`)
	}
}

func tip(id string) Tip { t, _ := TipByID(id); return t }
