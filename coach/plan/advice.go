package plan

import (
	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
)

// SpotAt is the history's tender spot at step, if it has one there: the
// full screen shows its note as the hold starts, and plain mode says it.
func SpotAt(a advice.Advice, step coach.Step) *advice.Spot {
	for i, sp := range a.Tender {
		if sp.Exercise == step.Exercise.ID && sp.Side == step.Side {
			return &a.Tender[i]
		}
	}
	return nil
}
