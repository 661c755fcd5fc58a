package plain

import (
	"github.com/backroll/backroll/coach"
	rules "github.com/backroll/backroll/coach/plan" // "plan" is the tests' helper here
)

// What the history suggests, said where the full screen shows it.

// lighter says the history's word to go lighter, if it has one: after a
// sign to stop, or ratings that trend worse.
func (n *narrator) lighter() {
	if c := n.advice.Lighter; c != nil {
		n.line(c.Note)
	}
}

// spot says, as a hold starts, that its area was tender session after
// session, if it was, with the offer of + as far as the hold has room
// for it, and only to someone who can press it.
func (n *narrator) spot(st coach.State) {
	if sp := rules.SpotAt(n.advice, st.Step); sp != nil {
		room := st.Room
		if !n.hasKeys {
			room = 0 // an offer of a key nobody can press only confuses
		}
		n.line(sp.Said(room))
	}
}
