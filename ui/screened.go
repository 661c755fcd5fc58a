package ui

import (
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
)

// What the screening answers change, as the pickers show it: an area left
// out is marked and cannot be picked, a routine shows what it leaves out,
// and one with nothing left to roll says why instead of starting. The
// rules are coach/plan's.

// leftOutLine names what the answers leave out of a routine, with the
// reasons in a few words: "✕ left out: hip flexors (pregnancy)". "" when
// nothing is.
func leftOutLine(l []coach.Screening) string {
	if len(l) == 0 {
		return ""
	}
	return "✕ left out: " + strings.Join(plan.Named(l), ", ")
}
