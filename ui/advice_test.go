package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
	"github.com/charmbracelet/x/exp/golden"
)

var longerHolds = advice.Step{Kind: advice.LongerHolds, Title: "Longer holds",
	Offer: "Move on to a full minute on each area?", Reason: "Six gentle sessions in two weeks."}

// finish runs a one-area session through to its summary.
func finish(m *Model, c *fakeClock) {
	press(m, "space")
	for range 12 {
		wait(m, c, 10*time.Second)
	}
}

// The summary offers the step up the history suggests; a is yes, and the
// step is saved and says how to take it back. After sharp pain nothing is
// offered.
func TestSummaryOffersTheNextStep(t *testing.T) {
	s := &saver{}
	newcomer := profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true}
	j := &journal{advice: advice.Advice{Next: &longerHolds}}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j, Profile: newcomer, SaveProfile: s.save, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	finish(m, c)
	words := strings.Join(strings.Fields(shown(m)), " ")
	if !strings.Contains(words, "Next step: Six gentle sessions in two weeks. Move on to a full minute on each area? Press a for yes.") ||
		!strings.Contains(helpLine(m), "a take the next step") {
		t.Fatalf("no offer on the summary:\n%s\nhelp %q", shown(m), helpLine(m))
	}
	keys(m, "a")
	if got := s.last(t); got.FirstTime || got.Stepped != t0.Format(time.DateOnly) {
		t.Fatalf("saved %+v; want the first-timer's holds behind, stepped today", got)
	}
	if words := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(words, "✓ Longer holds: from your next session on. backroll setup takes it back.") ||
		strings.Contains(helpLine(m), "next step") {
		t.Fatalf("after a:\n%s", shown(m))
	}

	// Sharp pain: no offer, whatever the history said.
	m, c = newModel(t, Options{Routine: "mid-back", Journal: j, Profile: newcomer, SaveProfile: s.save, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	press(m, "space")
	wait(m, c, 10*time.Second)
	press(m, "p")
	if strings.Contains(shown(m), "Next step") || strings.Contains(helpLine(m), "next step") {
		t.Fatalf("a step offered after sharp pain:\n%s", shown(m))
	}

	// Mostly skipped: no offer of more beside the line that says so.
	m, c = newModel(t, Options{Routine: "mid-back", Journal: j, Profile: newcomer, SaveProfile: s.save, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	press(m, "space")
	wait(m, c, 5*time.Second)
	keys(m, "n", "n")
	if got := shown(m); !strings.Contains(got, "most of it skipped") || strings.Contains(got, "Next step") || strings.Contains(helpLine(m), "next step") {
		t.Fatalf("a step offered after a mostly skipped session:\n%s", got)
	}
}

// A word to go lighter shows on home and on the summary, in place of any
// offer; a spot tender session after session is named as its hold starts,
// with + as the offer of more time; a paused streak says so on home.
func TestTheLogChangesTheCoaching(t *testing.T) {
	lighter := &advice.Caution{Worse: true, Note: "Your back has been feeling worse after rolling lately. Go lighter."}
	j := &journal{advice: advice.Advice{Lighter: lighter, Next: &longerHolds,
		Tender: []advice.Spot{{Exercise: "glutes", Side: "left", Tender: 4, Sessions: 5, Extra: 15 * time.Second,
			Note: "Left glute: tender in 4 of your last 5 sessions."}}}}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	if !strings.Contains(strings.Join(strings.Fields(shown(m)), " "), lighter.Note) {
		t.Fatalf("home without the word to go lighter:\n%s", shown(m))
	}

	m, c := newModel(t, Options{Routine: "glutes", Journal: j})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, time.Second)
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, "Left glute: tender in 4 of your last 5 sessions. Press + to stay 15 s longer.") {
		t.Fatalf("the left glute's hold does not name the spot:\n%s", shown(m))
	}
	press(m, "n", "space")
	wait(m, c, time.Second)
	if strings.Contains(shown(m), "tender in 4") {
		t.Fatalf("the right glute's hold names the left's spot:\n%s", shown(m))
	}
	// On a two-minute hold the area has no room: the spot is named, and
	// no time is offered that + could not add.
	m2, c2 := newModel(t, Options{Routine: "glutes", Journal: j, Plan: coach.Options{Hold: coach.MaxHold}})
	runAll(m2, m2.Init())
	wait(m2, c2, 5*time.Second)
	wait(m2, c2, time.Second)
	if s := strings.Join(strings.Fields(shown(m2)), " "); !strings.Contains(s, "tender in 4 of your last 5 sessions.") || strings.Contains(s, "Press +") {
		t.Fatalf("a two-minute hold offers + or does not name the spot:\n%s", shown(m2))
	}
	press(m, "n", "n")
	for range 20 {
		wait(m, c, 10*time.Second)
	}
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, lighter.Note) || strings.Contains(s, "Next step") {
		t.Fatalf("summary after a worse fortnight:\n%s", shown(m))
	}

	j = &journal{stats: streak.Stats{}}
	m, _ = newModel(t, Options{Journal: j})
	m.Update(todayMsg{today: Today{Streak: 7, PausedUntil: "2026-11-28", PausedBy: streak.PausedByYou}})
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, "Streak paused through Sat 28 Nov: rest that back.") {
		t.Fatalf("home with a paused streak:\n%s", shown(m))
	}
	m.Update(todayMsg{today: Today{Streak: 7, PausedUntil: "2026-12-09", PausedBy: streak.PausedByRedFlag}})
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, "rests after the sharp pain you reported, up to Wed 9 Dec") {
		t.Fatalf("home resting after a red flag:\n%s", shown(m))
	}
}

// A session finished by skipping nearly everything says so, kindly and
// without praise.
func TestMostlySkippedIsNotPraised(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	press(m, "space")
	wait(m, c, 6*time.Second)
	press(m, "n", "n", "n", "n")
	for range 8 {
		wait(m, c, 10*time.Second)
	}
	s := strings.Join(strings.Fields(shown(m)), " ")
	if m.session.s.State(c.t).Phase != coach.PhaseDone || strings.Contains(s, "Well done") || !strings.Contains(s, "Session over, with most of it skipped.") {
		t.Fatalf("summary after 0:06 of 3:00:\n%s", shown(m))
	}
}

// TestSummaryOfferGolden is the summary offering the next step, as a
// person sees it at 80x24.
func TestSummaryOfferGolden(t *testing.T) {
	newcomer := profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true}
	j := &journal{advice: advice.Advice{Next: &advice.Step{Kind: advice.LongerHolds, Title: "Longer holds",
		Offer:  "Move on from the first-timer's shorter holds to a full minute on each area?",
		Reason: "Six gentle sessions in the last two weeks, none left your back worse."}}}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j, Profile: newcomer, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	finish(m, c)
	golden.RequireEqual(t, shown(m))
}
