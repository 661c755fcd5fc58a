package plan

import (
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// HoldNotes are, for each exercise of the plan, the reminders a hold
// rotates through, most important first: what this person's roller
// changes there (a firm or spiky roller presses harder), a first-timer's
// note (new tissue bruises more easily), how to ease off in this
// position, then the exercise's own mistakes and tips in turn.
func HoldNotes(p coach.Plan, prof profile.Profile) map[string][]string {
	roller, _ := content.RollerByID(prof.Roller)
	notes := map[string][]string{}
	for _, st := range p.Steps {
		ex := st.Exercise
		if _, done := notes[ex.ID]; done {
			continue
		}
		var n []string
		if r := roller.Notes[ex.ID]; r != "" {
			n = append(n, r)
		}
		if prof.FirstTime {
			n = append(n, content.FirstTimeNote)
		}
		n = append(n, ex.Ease) // how to take pressure off, in this position
		for i := range max(len(ex.Mistakes), len(ex.Tips)) {
			if i < len(ex.Mistakes) {
				m := ex.Mistakes[i]
				n = append(n, "Avoid "+strings.ToLower(m[:1])+m[1:])
			}
			if i < len(ex.Tips) {
				if t, ok := content.TipByID(ex.Tips[i]); ok {
					n = append(n, t.Hint)
				}
			}
		}
		notes[ex.ID] = n
	}
	return notes
}

// SetupNotes are what a get-ready adds for this person: their roller's
// note for the exercise and, for a first-timer, to go lightly.
func SetupNotes(ex content.Exercise, prof profile.Profile) []string {
	var n []string
	if r, ok := content.RollerByID(prof.Roller); ok && r.Notes[ex.ID] != "" {
		n = append(n, r.Notes[ex.ID])
	}
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
