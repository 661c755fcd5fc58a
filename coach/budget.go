package coach

import (
	"fmt"
	"time"
)

// Area is the tissue a step rolls: an exercise on one side, or the
// exercise itself when it is rolled down the middle (Side ""). The left
// and the right glute are different muscles, each with a budget of its
// own; the mid-back is one.
type Area struct{ Exercise, Side string }

// Area is the tissue the step rolls.
func (s Step) Area() Area { return Area{s.Exercise.ID, s.Side} }

// Budget is the time each area has had in one session. Every second on
// an area counts against MaxHold, whatever it was spent on: rolling, a
// tender spot, time added with +, or going back to the area with b. A
// minute or two on one spot is enough (WhyMaxHold), and a session that
// keeps adding to an area would undo that rule a key at a time.
type Budget map[Area]time.Duration

// Left is what area still has of MaxHold.
func (b Budget) Left(a Area) time.Duration { return max(MaxHold-b[a], 0) }

// spend charges d to area a, rounded up to the whole second: records keep
// whole seconds, rounded to the nearest, and two holds of 0.5 s and
// 119.5 s would otherwise be written as 1 s and 120 s, 121 s on one area.
// With whole seconds charged, the seconds written never add up to more
// than MaxHold.
func (b Budget) spend(a Area, d time.Duration) {
	if r := d % time.Second; r > 0 {
		d += time.Second - r
	}
	b[a] = min(b[a]+d, MaxHold)
}

// withinBudget is steps with no area held for more than MaxHold in all: a
// step that comes back to an area gets what the area has left, or is
// dropped when it has nothing, and Changes and Trimmed say so for each
// such area.
// The plan then asks for what will run, and its totals say so; the
// session's Budget still holds what + and b would add.
func (p *Plan) withinBudget(steps []Step) []Step {
	over := OverBudget(steps)
	if len(over) == 0 {
		return steps
	}
	for _, o := range over {
		p.Changes = append(p.Changes, whyTrimmed(steps[o.Step], o.Total))
		p.Trimmed = append(p.Trimmed, Trim{Step: steps[o.Step], Asked: o.Total})
	}
	had := Budget{}
	var kept []Step
	for _, s := range steps {
		a := s.Area()
		if s.Hold = min(s.Hold, had.Left(a)); s.Hold > 0 {
			had[a] += s.Hold
			kept = append(kept, s)
		}
	}
	return kept
}

// Trim is an area of a plan held for MaxHold in all, less than its steps
// asked for.
type Trim struct {
	Step  Step          // the step that took the area past MaxHold
	Asked time.Duration // what its steps asked for in all
}

// whyTrimmed says that step's area gets MaxHold of the total its steps
// asked for.
func whyTrimmed(step Step, total time.Duration) string {
	return fmt.Sprintf("%s gets %s in all, not %s: %s.", step.Title(), Clock(MaxHold), Clock(total), WhyAreaBudget)
}

// HasRoom reports whether + can add time anywhere in the plan: some
// area's steps hold it for less than MaxHold in all.
func (p Plan) HasRoom() bool {
	total := Budget{}
	for _, s := range p.Steps {
		total[s.Area()] += s.Hold
	}
	for _, d := range total {
		if d < MaxHold {
			return true
		}
	}
	return false
}

// Over is an area whose steps add up to more than MaxHold.
type Over struct {
	Area  Area
	Step  int           // the step, from 0, that takes the area past MaxHold
	Total time.Duration // the area's time with every step counted
}

// OverBudget lists the areas that steps hold for more than MaxHold in all,
// each once, in the order of the step that passes the budget: a routine
// that holds one area three times at 2:00 asks for 6:00 on it.
func OverBudget(steps []Step) []Over {
	total := Budget{}
	var over []Over
	named := map[Area]bool{}
	for i, s := range steps {
		a := s.Area()
		total[a] += s.Hold
		if !named[a] && total[a] > MaxHold {
			named[a] = true
			over = append(over, Over{Area: a, Step: i})
		}
	}
	for i := range over {
		over[i].Total = total[over[i].Area]
	}
	return over
}

// WhyAreaBudget says why an area stops at MaxHold in a session, wherever
// more time on it is asked for.
const WhyAreaBudget = "two minutes is the most for one area in a session (" + WhyMaxHold + ")"

// MoveOn is what is said when an area's time in the session is spent.
func MoveOn(s Step) string {
	return s.Title() + " has had its two minutes: time to move on."
}

// Reasons the budget gives a + or a k less than asked. Each names the
// area, so that a person on the floor knows which time is spent.
func whyNoAdd(s Step) string {
	return fmt.Sprintf("No more time on %s: %s.", s.Title(), WhyAreaBudget)
}

func whyShortAdd(s Step, add time.Duration) string {
	return fmt.Sprintf("Only %s more: that makes two minutes on %s, the most for one area in a session.", Short(add), s.Title())
}

// Spot is the tender spot k starts on step with left on the area's
// clock: TenderHold, or what the area has left if that is less, with why
// when it is; none when the area ends within the second. A session and a
// class member's own spot (coach/class) both follow it.
func Spot(s Step, left time.Duration) (d time.Duration, why string, ok bool) {
	if left < time.Second {
		return 0, "", false
	}
	d = min(TenderHold, left)
	if TenderHold-d >= time.Second {
		// Said when it shows: a spot a moment short is a whole one.
		why = whyShortSpot(s, d)
	}
	return d, why, true
}

func whyShortSpot(s Step, d time.Duration) string {
	return fmt.Sprintf("This spot gets %s, the time left on %s.", Short(d), s.Title())
}

func whySpent(s Step) string {
	return s.Title() + " has had its two minutes in this session: no going back to it."
}
