package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// book is what coach/plan makes of each routine for this person, worked
// out once for the answers and settings in effect, not on every frame:
// home, where it hurts and the routines list show it each time they are
// drawn. The root makes a new book whenever the answers or the settings
// change (Model.rulesChanged).
type book struct {
	base coach.Options   // the command line's and the settings' times and breath
	prof profile.Profile // the answers and the steps accepted
	made map[string]*planned
}

// planned is one routine as this person would roll it.
type planned struct {
	plan        coach.Plan
	err         error             // it cannot be a plan: nothing is left to roll, say
	leftOut     []coach.Screening // what the answers leave out of it, and why
	nothingLeft bool              // the answers leave out every area: no session, and why instead
	line        string            // its areas and length: "mid-back, glutes, cat-cow · 4:20"
}

func newBook(base coach.Options, prof profile.Profile) *book {
	return &book{base: base, prof: prof, made: map[string]*planned{}}
}

// options are the plan options for this person, for a screen that sets
// times area by area.
func (b *book) options() coach.Options { return plan.Options(b.base, b.prof) }

// build is r as this person's plan, made now: for a routine that is not
// one of the named ones, such as the areas being picked, and for the plan
// a session runs.
func (b *book) build(r content.Routine) (coach.Plan, error) { return plan.For(r, b.base, b.prof) }

// of is the named routine r (built-in or the person's own: their IDs
// never clash) as this person would roll it, made the first time it is
// asked for.
func (b *book) of(r content.Routine) *planned {
	if p, ok := b.made[r.ID]; ok {
		return p
	}
	p := &planned{leftOut: plan.LeftOut(r, b.prof), nothingLeft: plan.NothingLeft(r, b.prof)}
	p.plan, p.err = b.build(r)
	p.line = "nothing to roll for you"
	if p.err == nil {
		p.line = summed(p.plan)
	}
	b.made[r.ID] = p
	return p
}

// summed sums a plan up: each area once, cat-cow, and the whole time,
// get-readies included, as `backroll routines` prints it and the session
// bar counts it down: "mid-back, glutes, cat-cow · 4:20".
func summed(p coach.Plan) string {
	var names []string
	for _, st := range p.Steps {
		if name := strings.ToLower(st.Exercise.Name); !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	if p.Finisher {
		names = append(names, "cat-cow")
	}
	return fmt.Sprintf("%s · %s", strings.Join(names, ", "), minutes(p.Total()))
}

// length is the routine's whole time as this person would roll it; 0
// when it is no session for them.
func (p *planned) length() time.Duration {
	if p.err != nil {
		return 0
	}
	return p.plan.Total()
}
