// Package plan is the rule book: it turns a routine, a person's answers
// and the settings into the plan they roll, and says what those answers
// leave out and what a get-ready or a hold shows for them. The full
// screen, plain mode and the command line all ask it, so a rule is
// written once, with its reason beside it.
package plan

import (
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// For someone new to rolling: each area's hold, long enough to settle onto
// the roller and short enough to stay gentle, and a get-ready long enough
// to read the steps and get down onto the floor.
const (
	FirstTimeHold  = 45 * time.Second
	FirstTimeReady = 10 * time.Second
)

// Options are plan options from the command line and settings with what
// the person's answers change: someone new to rolling holds each area less
// long unless --hold says otherwise, and has longer to get ready; the
// screening answers leave areas out or change them.
func Options(o coach.Options, prof profile.Profile) coach.Options {
	o.Conditions, o.Avoid = prof.Conditions.List(), prof.Avoid.List()
	if prof.FirstTime {
		o.DefaultHold = FirstTimeHold
		if o.Ready == 0 {
			o.Ready = FirstTimeReady
		}
	}
	return o
}

// For is routine r as a plan for this person: the steps they accepted
// (the lats), their answers and the options. Areas a person picked
// themselves (choose areas) stay as picked. Where the answers call for
// light pressure, + adds no time on a tender spot (rules.TenderExtra).
func For(r content.Routine, o coach.Options, prof profile.Profile) (coach.Plan, error) {
	p, err := coach.NewPlan(AsRolled(r, prof), Options(o, prof))
	if err != nil {
		return coach.Plan{}, err
	}
	if ok, why := rules.May(rules.TenderExtra, prof); !ok {
		p.NoTenderAdd = why
	}
	return p, nil
}

// AsRolled is routine r with the steps up this person accepted, as For
// builds it. Only a built-in routine takes them: a routine the person
// wrote, or picked area by area, is rolled as they wrote it.
func AsRolled(r content.Routine, prof profile.Profile) content.Routine {
	if _, builtin := content.RoutineByID(r.ID); builtin {
		return advice.Routine(r, prof)
	}
	return r
}
