package content

import (
	"slices"
	"testing"
)

func TestLookups(t *testing.T) {
	for _, e := range Exercises {
		if got, ok := ExerciseByID(e.ID); !ok || got.ID != e.ID {
			t.Errorf("ExerciseByID(%q) = %q, %v", e.ID, got.ID, ok)
		}
	}
	for _, z := range NoRollZones {
		if got, ok := ZoneByID(z.ID); !ok || got.ID != z.ID {
			t.Errorf("ZoneByID(%q) = %q, %v", z.ID, got.ID, ok)
		}
	}
	for _, r := range Regions {
		if got, ok := RegionByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RegionByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	for _, r := range Routines {
		if got, ok := RoutineByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RoutineByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	for _, tip := range Tips {
		if got, ok := TipByID(tip.ID); !ok || got.ID != tip.ID {
			t.Errorf("TipByID(%q) = %q, %v", tip.ID, got.ID, ok)
		}
	}
	// Unknown and empty IDs must miss, or a typo in a routine would pass.
	for _, id := range []string{"", "nope", "Lower-Back"} {
		if _, ok := ExerciseByID(id); ok {
			t.Errorf("ExerciseByID(%q) found something", id)
		}
		if _, ok := ZoneByID(id); ok {
			t.Errorf("ZoneByID(%q) found something", id)
		}
		if _, ok := RegionByID(id); ok {
			t.Errorf("RegionByID(%q) found something", id)
		}
		if _, ok := RoutineByID(id); ok {
			t.Errorf("RoutineByID(%q) found something", id)
		}
		if _, ok := TipByID(id); ok {
			t.Errorf("TipByID(%q) found something", id)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	ids := func(n int, id func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	tests := []struct {
		name string
		ids  []string
	}{
		{"Exercises", ids(len(Exercises), func(i int) string { return Exercises[i].ID })},
		{"NoRollZones", ids(len(NoRollZones), func(i int) string { return NoRollZones[i].ID })},
		{"Regions", ids(len(Regions), func(i int) string { return Regions[i].ID })},
		{"Routines", ids(len(Routines), func(i int) string { return Routines[i].ID })},
		{"Tips", ids(len(Tips), func(i int) string { return Tips[i].ID })},
		{"TipCategories", TipCategories},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.ids) == 0 {
				t.Fatal("empty list")
			}
			seen := map[string]bool{}
			for _, id := range tt.ids {
				if id == "" {
					t.Error("empty ID")
				}
				if seen[id] {
					t.Errorf("duplicate ID %q", id)
				}
				seen[id] = true
			}
		})
	}
}

// sources are the Source* constants: every safety rule names one.
var sources = []string{SourceArticle, SourceConsensus, SourceRedFlags, SourceCaution}

func TestSources(t *testing.T) {
	for _, z := range NoRollZones {
		if !slices.Contains(sources, z.Source) {
			t.Errorf("zone %q: Source %q is none of the Source* constants", z.ID, z.Source)
		}
	}
	for _, c := range Conditions {
		if !slices.Contains(sources, c.Source) {
			t.Errorf("condition %q: Source %q is none of the Source* constants", c.ID, c.Source)
		}
	}
}
