package plain

import "github.com/backroll/backroll/coach"

// moveOn says, before a new phase, that the last area's two minutes are
// spent, or why b passed over an area: the same words as the screen's.
func (n *narrator) moveOn(st coach.State) {
	if st.MoveOn != nil {
		n.line(coach.MoveOn(*st.MoveOn))
	}
	if st.Why != "" && st.Phase != coach.PhaseHold {
		n.line(st.Why)
	}
}

// spotOver notes, as a tender spot ends, the time marks the area passed
// while it was held: the area's time runs on under a spot, and a mark
// said late would be old news.
func (n *narrator) spotOver(st coach.State) {
	for _, m := range marks(st.Length) {
		n.said[m.left] = n.said[m.left] || st.Left <= m.left
	}
}
