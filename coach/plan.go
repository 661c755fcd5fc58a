package coach

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/backroll/backroll/content"
)

// Step is one timed area of a session: an exercise on one side.
type Step struct {
	Exercise content.Exercise
	Side     string // "", "left" or "right"
	Hold     time.Duration
}

// Title names the step the way a person says it: "Left glute", "Mid-back".
func (s Step) Title() string {
	if s.Side == "" || s.Exercise.OneSide == "" {
		return s.Exercise.Name
	}
	return strings.ToUpper(s.Side[:1]) + s.Side[1:] + " " + s.Exercise.OneSide
}

// Plan is a whole session, ready to run.
type Plan struct {
	Routine  string // routine ID, as written to history
	Name     string
	Steps    []Step
	Finisher bool // end with cat-cow
	Reps     int
	Breath   Breath
	Ready    time.Duration // get-ready and switch-sides countdown
	NoTender bool          // no tender-spot holds (blood thinners)
	Changes  []string      // what the screening answers and the area budget changed, and why
	LeftOut  []Screening   // the routine's areas the screening answers leave out, each once, in order

	// NoTenderAdd says why + adds no time while a tender spot runs, where
	// the pressure is greatest (rules.TenderExtra: light pressure only);
	// "" when it may.
	NoTenderAdd string
	// Trimmed are the areas the plan holds for less than its routine
	// asked, to keep each within MaxHold in a session.
	Trimmed []Trim
}

// Options adjust a routine when it becomes a plan. Zero values keep defaults.
type Options struct {
	Hold        time.Duration // every area's hold
	DefaultHold time.Duration // instead of each exercise's own (first-timers); an item's hold and Hold still win
	Breath      Breath
	Ready       time.Duration
	Reps        int
	Conditions  []string // content.Conditions that apply: each changes the plan
	Avoid       []string // exercise IDs left out for a recent injury there
}

// Limits on what a person may ask for. Every hold, from any source (--hold,
// config.toml, a routine file, Choose areas), lasts MinHold to MaxHold, by
// one rule, ValidateHold: under MinHold an area is left before it eases;
// a minute or two on one spot is enough, and more can irritate it.
const (
	MinHold      = 10 * time.Second
	MaxHold      = 2 * time.Minute
	DefaultReady = 5 * time.Second
)

// WhyMaxHold says why holds stop at MaxHold, wherever a longer one is asked for.
const WhyMaxHold = "a minute or two on one spot is enough; longer can irritate it"

// WhyMinHold says why holds last at least MinHold.
const WhyMinHold = "shorter, an area is left before it eases"

// ValidateHold is the one rule for a hold's length, wherever it comes from.
func ValidateHold(d time.Duration) error {
	switch {
	case d < MinHold:
		return fmt.Errorf("a hold lasts 10s to 2m, not %s: %s", Typed(d), WhyMinHold)
	case d > MaxHold:
		return fmt.Errorf("a hold lasts 10s to 2m, not %s: %s", Typed(d), WhyMaxHold)
	}
	return nil
}

// Typed writes d as a person would type it: 11m rather than Go's 11m0s.
func Typed(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// NewPlan expands a routine: sided exercises become a left and a right step.
func NewPlan(r content.Routine, o Options) (Plan, error) {
	p := Plan{Routine: r.ID, Name: r.Name, Finisher: r.CatCow, Reps: content.CatCow.Reps, Breath: DefaultBreath, Ready: DefaultReady}
	if o.Breath != (Breath{}) {
		if err := o.Breath.Validate(); err != nil {
			return Plan{}, err
		}
		p.Breath = o.Breath
	}
	for _, d := range []time.Duration{o.Hold, o.DefaultHold} {
		if d != 0 {
			if err := ValidateHold(d); err != nil {
				return Plan{}, err
			}
		}
	}
	if o.Ready > 0 {
		p.Ready = o.Ready
	}
	if o.Reps > 0 {
		p.Reps = o.Reps
	}
	if slices.Contains(o.Conditions, content.BloodThinners) {
		p.NoTender = true
		p.Changes = append(p.Changes, whyNoTender)
	}
	if slices.Contains(o.Conditions, content.RecentInjury) && len(o.Avoid) == 0 {
		p.Changes = append(p.Changes, WhyInjuryNoArea)
	}
	for _, it := range r.Items {
		ex, ok := content.ExerciseByID(it.Exercise)
		if !ok {
			return Plan{}, fmt.Errorf("routine %q names an unknown exercise %q", r.ID, it.Exercise)
		}
		sc := Screen(ex, o.Conditions, o.Avoid)
		if sc.Why != "" && !slices.Contains(p.Changes, sc.Why) {
			p.Changes = append(p.Changes, sc.Why)
		}
		if sc.LeftOut {
			continue
		}
		ex = sc.Rolled
		hold := ex.Hold
		if o.DefaultHold > 0 {
			hold = o.DefaultHold
		}
		if it.Hold > 0 {
			hold = it.Hold
		}
		if o.Hold > 0 {
			hold = o.Hold
		}
		sides := []string{it.Side}
		if ex.Sided && it.Side == "" {
			sides = []string{"left", "right"}
		}
		for _, side := range sides {
			p.Steps = append(p.Steps, Step{Exercise: ex, Side: side, Hold: hold})
		}
	}
	p.Steps = p.withinBudget(p.Steps)
	p.LeftOut = LeftOut(r, o.Conditions, o.Avoid)
	// Cat-cow alone is no session of a routine whose every area is left
	// out: a "lats" routine without the lats would only seem to be one.
	if len(p.Steps) == 0 && len(p.LeftOut) > 0 {
		var why []string
		for _, l := range p.LeftOut {
			why = append(why, l.Why)
		}
		return Plan{}, fmt.Errorf("routine %q has nothing left to roll for you: %s", r.ID, strings.Join(why, " "))
	}
	if len(p.Steps) == 0 && !p.Finisher {
		return Plan{}, fmt.Errorf("routine %q has nothing to do", r.ID)
	}
	return p, nil
}

// FinisherLength is how long the cat-cow set lasts: one breath per rep.
func (p Plan) FinisherLength() time.Duration {
	if !p.Finisher {
		return 0
	}
	return time.Duration(p.Reps) * p.Breath.Cycle()
}

// Total is the whole session as planned: Length and a get-ready before
// each step and before the finisher.
func (p Plan) Total() time.Duration {
	n := len(p.Steps)
	if p.Finisher {
		n++
	}
	return p.Length() + time.Duration(n)*p.Ready
}

// Length is the planned time of the holds and the finisher.
func (p Plan) Length() time.Duration {
	d := p.FinisherLength()
	for _, s := range p.Steps {
		d += s.Hold
	}
	return d
}
