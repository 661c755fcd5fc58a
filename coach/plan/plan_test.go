package plan

import (
	"slices"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

func routine(t *testing.T, id string) content.Routine {
	t.Helper()
	r, ok := content.RoutineByID(id)
	if !ok {
		t.Fatalf("no routine %q", id)
	}
	return r
}

// A first-timer holds each area less long and has longer to get ready,
// unless the options say otherwise; everyone's screening answers go in.
func TestOptions(t *testing.T) {
	conds := profile.NewIDs(content.Pregnancy)
	avoid := profile.NewIDs("lats")
	tests := []struct {
		name      string
		in        coach.Options
		first     bool
		wantHold  time.Duration // DefaultHold
		wantReady time.Duration
	}{
		{"regular", coach.Options{}, false, 0, 0},
		{"first time", coach.Options{}, true, FirstTimeHold, FirstTimeReady},
		{"first time, ready asked", coach.Options{Ready: 3 * time.Second}, true, FirstTimeHold, 3 * time.Second},
		{"regular, ready asked", coach.Options{Ready: 3 * time.Second}, false, 0, 3 * time.Second},
	}
	for _, tt := range tests {
		got := Options(tt.in, profile.Profile{FirstTime: tt.first, Conditions: conds, Avoid: avoid})
		if got.DefaultHold != tt.wantHold || got.Ready != tt.wantReady {
			t.Errorf("%s: default hold %v, ready %v; want %v, %v", tt.name, got.DefaultHold, got.Ready, tt.wantHold, tt.wantReady)
		}
		if !slices.Equal(got.Conditions, conds.List()) || !slices.Equal(got.Avoid, avoid.List()) {
			t.Errorf("%s: conditions %v, avoid %v", tt.name, got.Conditions, got.Avoid)
		}
	}
}

// --hold beats a first-timer's shorter hold: it is what the person asked.
func TestForHoldBeatsFirstTime(t *testing.T) {
	p, err := For(routine(t, "glutes"), coach.Options{Hold: 90 * time.Second}, profile.Profile{FirstTime: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range p.Steps {
		if st.Hold != 90*time.Second {
			t.Errorf("%s held %v, want the 1:30 asked", st.Title(), st.Hold)
		}
	}
	if p.Ready != FirstTimeReady {
		t.Errorf("ready %v, want a first-timer's %v", p.Ready, FirstTimeReady)
	}
}

// The lats, once accepted, join the built-in routines of several areas
// and nothing else: a routine the person wrote or picked stays theirs.
func TestForAcceptedLats(t *testing.T) {
	lats := profile.Profile{Lats: true}
	has := func(p coach.Plan) bool {
		return slices.ContainsFunc(p.Steps, func(s coach.Step) bool { return s.Exercise.ID == "lats" })
	}
	nightly, err := For(routine(t, "nightly"), coach.Options{}, lats)
	if err != nil || !has(nightly) {
		t.Errorf("nightly with the lats accepted: %v, lats %v", err, has(nightly))
	}
	mine := content.Routine{ID: "mine", Name: "mine", Items: []content.Item{{Exercise: "mid-back"}, {Exercise: "glutes"}}}
	if p, err := For(mine, coach.Options{}, lats); err != nil || has(p) {
		t.Errorf("a routine of one's own grew the lats: %v, lats %v", err, has(p))
	}
	if p, err := For(routine(t, "glutes"), coach.Options{}, lats); err != nil || has(p) {
		t.Errorf("a routine of one area grew the lats: %v, lats %v", err, has(p))
	}
}

// An accepted step never brings back an area the screening left out: the
// lats a step up would add are not added for an injury there, so nightly,
// which never named them, has nothing left out; a routine that names them
// still says why they are out.
func TestLeftOutAfterAStepUp(t *testing.T) {
	prof := profile.Profile{Lats: true, Avoid: profile.NewIDs("lats")}
	p, err := For(routine(t, "nightly"), coach.Options{}, prof)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range p.Steps {
		if st.Exercise.ID == "lats" {
			t.Fatalf("the lats are rolled though left out: %+v", p.Steps)
		}
	}
	if got := Named(LeftOut(routine(t, "nightly"), prof)); len(got) != 0 {
		t.Errorf("nightly: left out %q; want nothing, the lats never being added", got)
	}
	if got := Named(LeftOut(routine(t, "upper-back"), prof)); !slices.Equal(got, []string{"lats (recent injury)"}) {
		t.Errorf("upper back: left out %q", got)
	}
}

// Every condition: the plan adds no time on a tender spot exactly where
// the rules refuse the tender extra, and says the rules' reason.
func TestForNoTenderAdd(t *testing.T) {
	for _, c := range append([]content.Condition{{ID: ""}}, content.Conditions...) {
		prof := profile.Profile{Conditions: profile.NewIDs(c.ID)}
		p, err := For(routine(t, "glutes"), coach.Options{}, prof)
		if err != nil {
			t.Fatal(err)
		}
		ok, why := rules.May(rules.TenderExtra, prof)
		if p.NoTenderAdd != why || (p.NoTenderAdd == "") != ok {
			t.Errorf("%q: NoTenderAdd %q; the rules say %v, %q", c.ID, p.NoTenderAdd, ok, why)
		}
	}
}
