package plain

import (
	"strings"

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
// session, if it was.
func (n *narrator) spot(step coach.Step) {
	if sp := rules.SpotAt(n.advice, step); sp != nil {
		n.line(n.pressable(sp.Note))
	}
}

// pressable is s without its last sentences from "Press " on when no key
// can be typed: an offer of a key nobody can press only confuses.
func (n *narrator) pressable(s string) string {
	if before, _, found := strings.Cut(s, " Press "); found && !n.hasKeys {
		return before
	}
	return s
}
