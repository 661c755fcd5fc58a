package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// What the screening answers leave out of a routine, and how each path
// says so: a picker marks it, `backroll routines` lists it, and a routine
// with nothing left to roll says why instead of starting.

// LeftOut is the areas of r, as this person rolls it, that their answers
// leave out, each once, in order.
func LeftOut(r content.Routine, prof profile.Profile) []coach.Screening {
	return coach.LeftOut(AsRolled(r, prof), prof.Conditions.List(), prof.Avoid.List())
}

// NothingLeft reports whether the answers leave out every area of r: it
// is no session for this person, and every path says why instead.
func NothingLeft(r content.Routine, prof profile.Profile) bool {
	return coach.NothingLeft(AsRolled(r, prof), prof.Conditions.List(), prof.Avoid.List())
}

// Named is each area of l with its reason in a few words: "hip flexors
// (pregnancy)".
func Named(l []coach.Screening) []string {
	var parts []string
	for _, s := range l {
		parts = append(parts, fmt.Sprintf("%s (%s)", strings.ToLower(s.Area.Name), s.Reason))
	}
	return parts
}

// Reasons are the reasons of l in a few words each, once: "pregnancy,
// recent injury".
func Reasons(l []coach.Screening) string {
	var rs []string
	for _, s := range l {
		if !slices.Contains(rs, s.Reason) {
			rs = append(rs, s.Reason)
		}
	}
	return strings.Join(rs, ", ")
}

// Why says in sentences why each area of l is left out.
func Why(l []coach.Screening) string {
	var why []string
	for _, s := range l {
		why = append(why, s.Why)
	}
	return strings.Join(why, " ")
}

// NothingToRoll is what is said of a routine with nothing left to roll:
// why, and how to change the answers.
func NothingToRoll(l []coach.Screening) string {
	return Why(l) + " Nothing else is left to roll here; backroll setup changes your answers."
}
