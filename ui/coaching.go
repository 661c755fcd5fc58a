package ui

import (
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// For someone new to rolling: each area's hold, long enough to settle onto
// the roller and short enough to stay gentle, and a get-ready long enough
// to read the steps and get down onto the floor.
const (
	firstTimeHold  = 45 * time.Second
	firstTimeReady = 10 * time.Second
)

// planOptions are the command line's options with what the person's
// answers change.
func planOptions(o Options) coach.Options { return PlanOptions(o.Plan, o.Profile) }

// PlanOptions are plan options from the command line with what the
// person's answers change: someone new to rolling holds each area less
// long unless --hold says otherwise, and has longer to get ready; the
// screening answers leave areas out or change them.
func PlanOptions(p coach.Options, prof profile.Profile) coach.Options {
	p.Conditions, p.Avoid = prof.Conditions.List(), prof.Avoid.List()
	if prof.FirstTime {
		p.DefaultHold = firstTimeHold
		if p.Ready == 0 {
			p.Ready = firstTimeReady
		}
	}
	return p
}

// PlanFor is routine r as a plan for this person: the steps they
// accepted (the lats), their answers and the command line's options.
// Areas a person picked themselves (choose areas) stay as picked.
func PlanFor(r content.Routine, o coach.Options, prof profile.Profile) (coach.Plan, error) {
	return coach.NewPlan(asRolled(r, prof), PlanOptions(o, prof))
}

// holdNotes are, for each exercise of the plan, the reminders the hold
// screen rotates through, most important first: what this person's roller
// changes there, a first-timer's note, then the exercise's own mistakes and
// tips in turn.
func holdNotes(p coach.Plan, prof profile.Profile) map[string][]string {
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

// setupNotes are what the get-ready screen adds for this person: their
// roller's note for the exercise and, for a first-timer, to go lightly.
func setupNotes(ex content.Exercise, prof profile.Profile) []string {
	var n []string
	if r, ok := content.RollerByID(prof.Roller); ok && r.Notes[ex.ID] != "" {
		n = append(n, r.Notes[ex.ID])
	}
	if prof.FirstTime {
		n = append(n, content.FirstTimeNote)
	}
	return n
}
