// Package rules is what the screening answers allow the coach to say and
// offer, decided once for every path (the full screen, plain mode, the
// summary's offers, the history's advice): each rule is a pure function of
// the person's answers, with the reason for it beside it.
package rules

import (
	"slices"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// Offer is something the coach may suggest beyond the plan.
type Offer string

// The offers, each ruled on by May.
const (
	LongerHolds  Offer = "longer-holds"  // a first-timer's shorter holds become each area's full minute
	AddLats      Offer = "lats"          // routines of several areas add the lats
	FirmerRoller Offer = "firmer-roller" // soft foam gives way to a standard roller
	TenderExtra  Offer = "tender-extra"  // + on a spot that keeps coming up tender: stay longer there
)

// Offers are all of them, for table tests and lists.
var Offers = []Offer{LongerHolds, AddLats, FirmerRoller, TenderExtra}

// May reports whether the coach may offer o to the person who gave the
// answers in prof, and when it may not, why, in a sentence.
//
//   - Blood thinners and osteoporosis call for light pressure: no firmer
//     roller, and no longer stay on a tender spot, where the pressure is
//     greatest (a bruise; a fragile bone).
//   - A step never adds an area the screening left out: the lats are not
//     offered to someone whose answers leave them out.
func May(o Offer, prof profile.Profile) (bool, string) {
	switch o {
	case FirmerRoller, TenderExtra:
		if g := gentle(prof); len(g) > 0 {
			return false, "Light pressure only with " + strings.Join(g, " and ") + "."
		}
	case AddLats:
		lats, _ := content.ExerciseByID("lats") // a content test checks it is there
		if sc := coach.Screen(lats, prof.Conditions.List(), prof.Avoid.List()); sc.LeftOut {
			return false, sc.Why
		}
	}
	return true, ""
}

// gentle names, in a few words each, the person's conditions that call for
// light pressure (content.Condition.Gentle), in the screening's order.
func gentle(prof profile.Profile) []string {
	var out []string
	for _, c := range content.Conditions {
		if c.Gentle != "" && prof.Conditions.Has(c.ID) {
			out = append(out, c.Short)
		}
	}
	return out
}

// Gentle reports whether the answers call for light pressure everywhere.
func Gentle(prof profile.Profile) bool { return len(gentle(prof)) > 0 }

// GentleNote is the one light-pressure note for this person's answers,
// with every condition's reason in it ("Light pressure and a soft roller:
// go easy on your bones, and you bruise more easily."), or "": one line,
// not one per condition saying the same thing twice.
func GentleNote(prof profile.Profile) string {
	var why []string
	for _, c := range content.Conditions {
		if c.Gentle != "" && prof.Conditions.Has(c.ID) && !slices.Contains(why, c.Gentle) {
			why = append(why, c.Gentle)
		}
	}
	if len(why) == 0 {
		return ""
	}
	return "Light pressure and a soft roller: " + strings.Join(why, ", and ") + "."
}

// Notes are what this person's answers and roller add at exercise exID,
// on its get-ready and among its hold's reminders, most important first:
// the light-pressure note of a condition that calls for one, then the
// roller's note there. To someone who must press lightly a firm roller's
// notes, which invite pressure ("fine for a knot here"), give way to
// content.FirmRollerCaution.
func Notes(exID string, prof profile.Profile) []string {
	var n []string
	if g := GentleNote(prof); g != "" {
		n = append(n, g)
	}
	roller, _ := content.RollerByID(prof.Roller)
	switch {
	case roller.Firm && len(n) > 0:
		n = append(n, content.FirmRollerCaution)
	case roller.Notes[exID] != "":
		n = append(n, roller.Notes[exID])
	}
	return n
}

// Finisher is the cat-cow for these answers: with osteoporosis, small
// waves around a flat back, since full rounding loads the front of the
// vertebrae, where a fragile spine fractures.
func Finisher(prof profile.Profile) content.Finisher {
	if prof.Conditions.Has(content.Osteoporosis) {
		return content.CatCowSmall
	}
	return content.CatCow
}
