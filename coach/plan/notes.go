package plan

import (
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// HoldNotes are, for each exercise of the plan, the reminders a hold
// rotates through, most important first: what this person's answers and
// roller change there (rules.Notes: light pressure for blood thinners or
// osteoporosis; a firm or spiky roller presses harder), a first-timer's
// note (new tissue bruises more easily), how to ease off in this
// position, then the exercise's own mistakes and tips in turn (not the
// tip to stay on a tight spot where the plan holds no tender spots).
func HoldNotes(p coach.Plan, prof profile.Profile) map[string][]string {
	notes := map[string][]string{}
	for _, st := range p.Steps {
		ex := st.Exercise
		if _, done := notes[ex.ID]; done {
			continue
		}
		n := rules.Notes(ex.ID, prof)
		if prof.FirstTime {
			n = append(n, content.FirstTimeNote)
		}
		n = append(n, ex.Ease) // how to take pressure off, in this position
		for i := range max(len(ex.Mistakes), len(ex.Tips)) {
			if i < len(ex.Mistakes) {
				m := ex.Mistakes[i]
				n = append(n, "Avoid "+strings.ToLower(m[:1])+m[1:])
			}
			if i < len(ex.Tips) && !(p.NoTender && ex.Tips[i] == stayOnSpot) {
				if t, ok := content.TipByID(ex.Tips[i]); ok {
					n = append(n, t.Hint)
				}
			}
		}
		notes[ex.ID] = n
	}
	return notes
}

// stayOnSpot is the tip to rest on a tight spot for half a minute: a
// tender-spot hold, which a plan without them (blood thinners, for the
// bruising) does not ask for, on the hold or in its reminders.
const stayOnSpot = "stay-on-tender-spot"

// SetupNotes are what a get-ready adds for this person: what their answers
// and roller change at the exercise (rules.Notes) and, for a first-timer,
// to go lightly.
func SetupNotes(ex content.Exercise, prof profile.Profile) []string {
	n := rules.Notes(ex.ID, prof)
	if prof.FirstTime {
		n = append(n, content.FirstTimeNote)
	}
	return n
}

// SwitchSides is what the get-ready of a second side says in place of the
// steps: the person is in the position already, on the other side.
func SwitchSides(step coach.Step) string {
	return "Same position, now on your " + step.Side + " side."
}
