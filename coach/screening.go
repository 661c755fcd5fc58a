package coach

import (
	"slices"
	"strings"

	"github.com/backroll/backroll/content"
)

// Screening is what the screening answers make of one area: rolled as it
// is, rolled another way, or left out, and why.
type Screening struct {
	Area    content.Exercise // the area as a routine or a picker names it
	Rolled  content.Exercise // what is rolled in its place: Area itself, or one that stands in for it
	LeftOut bool
	Why     string // a sentence: what changes and why; "" when nothing does
	Reason  string // the condition in a few words, for a list ("recent injury"); "" when nothing changes
}

// Changed reports whether the answers change the area at all.
func (s Screening) Changed() bool { return s.Why != "" }

// Screen is what a person with the given conditions and areas to avoid
// rolls for the area ex. The rules follow the conditions' Why in content,
// which the screening question shows.
func Screen(ex content.Exercise, conds, avoid []string) Screening {
	has := func(c string) bool { return slices.Contains(conds, c) }
	s := Screening{Area: ex, Rolled: ex}
	leave := func(cond, why string) Screening {
		s.LeftOut, s.Reason = true, short(cond)
		s.Why = sentence(ex, "left out") + ": " + why
		return s
	}
	switch {
	case slices.Contains(avoid, ex.ID):
		return leave(content.RecentInjury, "you have a recent injury there.")
	case ex.ID == "mid-back" && has(content.Osteoporosis):
		return leave(content.Osteoporosis, "no rolling along the spine with osteoporosis.")
	case ex.ID == "lats" && has(content.Osteoporosis):
		// The lats are rolled lying on the ribs, which bear the body's
		// weight there: a fragile rib can crack.
		return leave(content.Osteoporosis, "no weight on the ribs with osteoporosis.")
	case ex.ID == "mid-back" && has(content.Pregnancy):
		s.Rolled, _ = content.ExerciseByID(content.MidBackWall) // a content test checks it is there
		s.Reason = short(content.Pregnancy)
		s.Why = sentence(ex, "rolled standing against a wall") + ": no lying on your back while pregnant."
	case ex.ID == "hip-flexors" && has(content.Pregnancy):
		return leave(content.Pregnancy, "no lying face down while pregnant.")
	case ex.ID == "hip-flexors" && has(content.VaricoseVeins):
		return leave(content.VaricoseVeins, "no pressing on the veins near the front of the hip.")
	}
	return s
}

// LeftOut is the areas of r that the answers leave out, each once, in the
// routine's order; an area it names that is unknown is skipped (NewPlan
// reports it).
func LeftOut(r content.Routine, conds, avoid []string) []Screening {
	var out []Screening
	for _, it := range r.Items {
		ex, ok := content.ExerciseByID(it.Exercise)
		if !ok {
			continue
		}
		if sc := Screen(ex, conds, avoid); sc.LeftOut && !slices.ContainsFunc(out, func(l Screening) bool { return l.Area.ID == ex.ID }) {
			out = append(out, sc)
		}
	}
	return out
}

// NothingLeft reports whether the answers leave out every area r names,
// so that it is no session for this person (NewPlan says why).
func NothingLeft(r content.Routine, conds, avoid []string) bool {
	for _, it := range r.Items {
		if ex, ok := content.ExerciseByID(it.Exercise); !ok || !Screen(ex, conds, avoid).LeftOut {
			return false
		}
	}
	return len(r.Items) > 0
}

// sentence starts a sentence about ex: "The lats are left out".
func sentence(ex content.Exercise, what string) string {
	verb := " is "
	if ex.Plural {
		verb = " are "
	}
	return strings.ToUpper(ex.Called[:1]) + ex.Called[1:] + verb + what
}

// short is the condition's few words for a list.
func short(id string) string {
	c, _ := content.ConditionByID(id)
	return c.Short
}

// whyNoTender is said once when tender-spot holds are off.
const whyNoTender = "No tender-spot holds: on blood thinners, a spot held still can bruise."

// WhyNoTenderHere answers k when tender-spot holds are off.
const WhyNoTenderHere = "No tender-spot holds on blood thinners: ease off the spot and roll on, lightly."

// WhyInjuryNoArea is said at every session by someone who has a recent
// injury where they would roll but chose no area for it: nothing can be
// left out, so the person is told what to do instead. One short line, so
// that the first get-ready has room for it.
const WhyInjuryNoArea = "Your recent injury has no area: never roll over it; n skips an area."
