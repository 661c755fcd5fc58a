package content

import (
	"slices"
	"testing"
	"time"
)

// step is one hold after a routine's items are expanded the way Item documents:
// a sided exercise without a Side becomes left then right, Hold 0 means the
// exercise's default.
type step struct {
	Exercise, Side string
	Hold           time.Duration
}

func expand(t *testing.T, r Routine) []step {
	t.Helper()
	var steps []step
	for _, it := range r.Items {
		e, ok := ExerciseByID(it.Exercise)
		if !ok {
			t.Fatalf("routine %q: unknown exercise %q", r.ID, it.Exercise)
		}
		hold := it.Hold
		if hold == 0 {
			hold = e.Hold
		}
		sides := []string{it.Side}
		if e.Sided && it.Side == "" {
			sides = []string{"left", "right"}
		}
		for _, s := range sides {
			steps = append(steps, step{e.ID, s, hold})
		}
	}
	return steps
}

func TestRoutines(t *testing.T) {
	for _, r := range Routines {
		t.Run(r.ID, func(t *testing.T) {
			if r.Name == "" || r.Summary == "" {
				t.Error("Name and Summary must be set")
			}
			if len(r.Items) == 0 {
				t.Fatal("no items")
			}
			// Every routine ends with cat-cow; see the comment on Routines.
			if !r.CatCow {
				t.Error("CatCow is false")
			}
			for i, it := range r.Items {
				e, ok := ExerciseByID(it.Exercise)
				if !ok {
					t.Errorf("item %d: unknown exercise %q", i, it.Exercise)
					continue
				}
				switch it.Side {
				case "":
				case "left", "right":
					if !e.Sided {
						t.Errorf("item %d: side %q on unsided exercise %q", i, it.Side, e.ID)
					}
				default:
					t.Errorf("item %d: invalid side %q", i, it.Side)
				}
				if it.Hold != 0 && (it.Hold < time.Second || it.Hold > 10*time.Minute) {
					t.Errorf("item %d: hold %v, want 0 or 1s-10m", i, it.Hold)
				}
			}
		})
	}
	// Each rollable area can be rolled on its own, except one that stands
	// in for another: the plan builder swaps it in, so no routine holds it.
	for _, e := range Exercises {
		if e.StandsIn != "" {
			for _, r := range Routines {
				for _, it := range r.Items {
					if it.Exercise == e.ID {
						t.Errorf("routine %q holds %q, which only stands in for %q", r.ID, e.ID, e.StandsIn)
					}
				}
			}
			if o, ok := ExerciseByID(e.StandsIn); !ok || o.StandsIn != "" {
				t.Errorf("%q stands in for %q, which is no exercise of its own", e.ID, e.StandsIn)
			}
			continue
		}
		r, ok := RoutineByID(e.ID)
		if !ok {
			t.Errorf("no one-area routine for %q", e.ID)
			continue
		}
		if len(r.Items) != 1 || r.Items[0].Exercise != e.ID {
			t.Errorf("routine %q = %+v, want just %q", r.ID, r.Items, e.ID)
		}
	}
}

func TestNightly(t *testing.T) {
	r, ok := RoutineByID("nightly")
	if !ok {
		t.Fatal("no nightly routine")
	}
	want := []step{
		{"mid-back", "", time.Minute},
		{"glutes", "left", time.Minute},
		{"glutes", "right", time.Minute},
	}
	if got := expand(t, r); !slices.Equal(got, want) {
		t.Errorf("nightly expands to %+v, want %+v", got, want)
	}
	if !r.CatCow {
		t.Error("nightly must end with cat-cow")
	}
}

func TestCatCow(t *testing.T) {
	if CatCow.Name == "" || CatCow.Cow == "" || CatCow.Hold == "" || CatCow.Cat == "" {
		t.Error("Name, Cow, Hold and Cat must be set")
	}
	if len(CatCow.Setup) == 0 || len(CatCow.GetOff) == 0 || CatCow.Ease == "" {
		t.Error("Setup, GetOff and Ease must be set")
	}
	if CatCow.Reps != 6 {
		t.Errorf("Reps = %d, want 6", CatCow.Reps)
	}
}
