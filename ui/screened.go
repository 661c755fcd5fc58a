package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// What the screening answers change, as the pickers show it: an area left
// out is marked and cannot be picked, a routine shows what it leaves out,
// and one with nothing left to roll says why instead of starting.

// asRolled is routine r with the steps up this person accepted, as
// PlanFor builds it.
func asRolled(r content.Routine, prof profile.Profile) content.Routine {
	if _, builtin := content.RoutineByID(r.ID); builtin {
		return advice.Routine(r, prof)
	}
	return r
}

// leftOutOf is the areas of r this person's answers leave out.
func leftOutOf(r content.Routine, prof profile.Profile) []coach.Screening {
	return coach.LeftOut(asRolled(r, prof), prof.Conditions.List(), prof.Avoid.List())
}

// nothingLeft reports whether the answers leave out every area of r: it
// is no session for this person, and the pickers say why instead.
func nothingLeft(r content.Routine, prof profile.Profile) bool {
	return coach.NothingLeft(asRolled(r, prof), prof.Conditions.List(), prof.Avoid.List())
}

// LeftOut names the areas the answers of prof leave out of routine r,
// each with its reason in a few words, "hip flexors (pregnancy)", for
// `backroll routines`.
func LeftOut(r content.Routine, prof profile.Profile) []string {
	return leftOutParts(leftOutOf(r, prof))
}

func leftOutParts(l []coach.Screening) []string {
	var parts []string
	for _, s := range l {
		parts = append(parts, fmt.Sprintf("%s (%s)", strings.ToLower(s.Area.Name), s.Reason))
	}
	return parts
}

// leftOutLine names what the answers leave out of a routine, with the
// reasons in a few words: "✕ left out: hip flexors (pregnancy)". "" when
// nothing is.
func leftOutLine(l []coach.Screening) string {
	if len(l) == 0 {
		return ""
	}
	return "✕ left out: " + strings.Join(leftOutParts(l), ", ")
}

// reasons are the reasons of l in a few words each, once: "pregnancy,
// recent injury".
func reasons(l []coach.Screening) string {
	var rs []string
	for _, s := range l {
		if !slices.Contains(rs, s.Reason) {
			rs = append(rs, s.Reason)
		}
	}
	return strings.Join(rs, ", ")
}

// whyLeftOut says in sentences why each area of l is left out.
func whyLeftOut(l []coach.Screening) string {
	var why []string
	for _, s := range l {
		why = append(why, s.Why)
	}
	return strings.Join(why, " ")
}

// nothingToRoll is what a picker says of a routine with nothing left to
// roll: why, and how to change the answers.
func nothingToRoll(l []coach.Screening) string {
	return whyLeftOut(l) + " Nothing else is left to roll here; backroll setup changes your answers."
}
