package plain

import (
	"strings"

	"github.com/backroll/backroll/coach"
)

// keys says the keys that do something for this plan, and, in a hold (st),
// now: k only where tender spots are held, + only where an area has room
// in its two minutes, and not on a tender spot where the answers call for
// light pressure (coach.Plan.NoTenderAdd), as the full screen's help.
func (n *narrator) keys(st *coach.State) {
	k := []string{"space pause or start now", "n next", "b back"}
	switch {
	case n.plan.NoTender:
	case st != nil && st.Tender:
		k = append(k, "k spot eased")
	default:
		k = append(k, "k tender spot")
	}
	room := n.plan.HasRoom()
	if st != nil && st.Phase == coach.PhaseHold {
		room = st.Room > 0
	}
	switch {
	case room && n.plan.NoTenderAdd != "" && !n.plan.NoTender:
		k = append(k, "+ 15 seconds more, not on a tender spot")
	case room:
		k = append(k, "+ 15 seconds more")
	}
	n.line("Keys: " + strings.Join(append(k, "p sharp pain (stops)", "q stop", "? these keys"), ", ") + ".")
}
