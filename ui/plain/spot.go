package plain

import (
	"strings"

	"github.com/backroll/backroll/coach"
)

// spot says, as a hold starts, that the history found its area tender
// session after session, as the full screen's hold does. Without keys
// nothing can be pressed, so the offer of + is left out.
func (n *narrator) spot(step coach.Step) {
	for _, sp := range n.advice.Tender {
		if sp.Exercise != step.Exercise.ID || sp.Side != step.Side {
			continue
		}
		note := sp.Note
		if !n.hasKeys {
			note, _, _ = strings.Cut(note, " Press +")
		}
		n.line(note)
		return
	}
}
