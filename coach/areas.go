package coach

import (
	"time"

	"github.com/backroll/backroll/content"
)

// AreaCounts is how long an area must be rolled, in all, to count as
// rolled on the summary and in Progress: less was a pass over it, too
// short for it to ease, as a hold is never shorter than MinHold.
const AreaCounts = 10 * time.Second

// AreasRolled are the titles of the areas holds rolled for AreaCounts or
// more, each once, in the order first rolled.
func AreasRolled(holds []HoldEvent) []string {
	type area struct {
		title  string
		rolled time.Duration
	}
	var order []*area
	by := map[string]*area{}
	for _, h := range holds {
		key := h.Exercise + "/" + h.Side
		a := by[key]
		if a == nil {
			a = &area{}
			if ex, ok := content.ExerciseByID(h.Exercise); ok {
				a.title = Step{Exercise: ex, Side: h.Side}.Title()
			}
			by[key] = a
			order = append(order, a)
		}
		a.rolled += h.Rolled
	}
	var out []string
	for _, a := range order {
		if a.rolled >= AreaCounts && a.title != "" {
			out = append(out, a.title)
		}
	}
	return out
}
