package coach

import (
	"slices"
	"testing"
	"time"
)

// An area counts as rolled from AreaCounts on, summed over its holds (a
// hold left and come back to); a second on it is a pass, not a roll.
func TestAreasRolled(t *testing.T) {
	sec := time.Second
	holds := []HoldEvent{
		{Exercise: "mid-back", Rolled: sec},
		{Exercise: "glutes", Side: "left", Rolled: 6 * sec},
		{Exercise: "glutes", Side: "right", Rolled: AreaCounts},
		{Exercise: "glutes", Side: "left", Rolled: 4 * sec},
		{Exercise: "lats", Side: "left", Rolled: AreaCounts - time.Millisecond},
		{Exercise: "unknown", Rolled: time.Minute},
	}
	want := []string{"Left glute", "Right glute"}
	if got := AreasRolled(holds); !slices.Equal(got, want) {
		t.Errorf("AreasRolled = %q; want %q", got, want)
	}
	if got := AreasRolled(nil); len(got) != 0 {
		t.Errorf("AreasRolled(nil) = %q", got)
	}
}
