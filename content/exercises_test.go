package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestExercises(t *testing.T) {
	want := []string{"mid-back", "lats", "glutes", "hip-flexors", "mid-back-wall"}
	for _, id := range want {
		if _, ok := ExerciseByID(id); !ok {
			t.Errorf("missing exercise %q", id)
		}
	}
	// The UI names the side, so sided text must read right for either side.
	sideWord := regexp.MustCompile(`(?i)\b(left|right)\b`)
	for _, e := range Exercises {
		t.Run(e.ID, func(t *testing.T) {
			if e.Name == "" || e.Position == "" || e.Where == "" || e.Feel == "" {
				t.Error("Name, Position, Where and Feel must all be set")
			}
			if n := len(e.Setup); n < 3 || n > 5 {
				t.Errorf("%d setup steps, want 3-5", n)
			}
			if n := len(e.Cues); n < 3 || n > 6 {
				t.Errorf("%d cues, want 3-6", n)
			}
			if n := len(e.Mistakes); n < 2 || n > 4 {
				t.Errorf("%d mistakes, want 2-4", n)
			}
			if e.Hold < time.Second || e.Hold > 10*time.Minute {
				t.Errorf("hold %v, want 1s-10m", e.Hold)
			}
			if n := len(e.Tips); n < 1 || n > 3 {
				t.Errorf("%d tips, want 1-3", n)
			}
			for _, id := range e.Tips {
				if _, ok := TipByID(id); !ok {
					t.Errorf("unknown tip %q", id)
				}
			}
			if len(e.Serves) == 0 {
				t.Error("serves no region")
			}
			for _, id := range e.Serves {
				if _, ok := RegionByID(id); !ok {
					t.Errorf("serves unknown region %q", id)
				}
			}
			if e.Landmarks == "" || e.Ease == "" {
				t.Error("Landmarks and Ease must be set")
			}
			if n := len(e.GetOn); n < 2 || n > 4 {
				t.Errorf("%d steps to get on, want 2-4", n)
			}
			if n := len(e.GetOff); n < 2 || n > 4 {
				t.Errorf("%d steps to get off, want 2-4", n)
			}
			// The hold screen shows a mistake as "Avoid " and the mistake.
			for _, m := range e.Mistakes {
				if first, _, _ := strings.Cut(m, " "); !strings.HasSuffix(first, "ing") {
					t.Errorf("mistake does not read after \"Avoid\": %q", m)
				}
			}
			if e.Sided {
				for _, s := range slices.Concat(e.GetOn, e.Setup, e.Cues, e.GetOff, []string{e.Landmarks, e.Ease}) {
					if sideWord.MatchString(s) {
						t.Errorf("sided exercise names a side: %q", s)
					}
				}
			}
			if _, ok := ZoneByID(e.ID); ok {
				t.Errorf("exercise %q is a no-roll zone", e.ID)
			}
		})
	}
}

func TestRegions(t *testing.T) {
	// The "where does it hurt?" screen lists regions in this order.
	want := []string{"upper-back", "sides", "lower-back", "hips", "hip-front", "neck"}
	var got []string
	for _, r := range Regions {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("region order = %v, want %v", got, want)
	}
	// Picking these must teach, never roll them.
	mustNotRoll := map[string]string{"lower-back": "lower-back", "neck": "neck"}
	for _, r := range Regions {
		t.Run(r.ID, func(t *testing.T) {
			if r.Name == "" || r.Describe == "" {
				t.Error("Name and Describe must be set")
			}
			if _, ok := RoutineByID(r.Routine); !ok {
				t.Errorf("unknown routine %q", r.Routine)
			}
			if r.NoRoll != "" {
				if _, ok := ZoneByID(r.NoRoll); !ok {
					t.Errorf("unknown no-roll zone %q", r.NoRoll)
				}
			}
			if z := mustNotRoll[r.ID]; r.NoRoll != z {
				t.Errorf("NoRoll = %q, want %q", r.NoRoll, z)
			}
		})
	}
	for _, z := range NoRollZones {
		if z.Name == "" || z.Why == "" {
			t.Errorf("zone %q: Name and Why must be set", z.ID)
		}
	}
}
