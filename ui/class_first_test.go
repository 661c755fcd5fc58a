package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// answerGlutesOut answers the first-run questions as someone who has
// rolled before with a recent injury at the glutes, and reads the red
// flags to their end.
func answerGlutesOut(t *testing.T, m *Model) {
	t.Helper()
	press(m, "enter", "down", "enter") // a standard roller, not new to it
	press(m, "down", "down", "down", "space", "enter")
	press(m, "down", "down", "space", "enter") // the glutes
	readSafety(t, m)
}

// classLine is the first row of m's screen: the class line.
func classLine(m *Model) string { return strings.Split(shown(m), "\n")[0] }

// A new key's first connection to a class asks the first-run questions
// first, saying the class may start meanwhile; answered before the
// start, they wait with the others, and sit out what their answers leave
// out.
func TestClassFirstRunAsksBeforeTheWait(t *testing.T) {
	lead, fs, c := classOf(t, [2]int{80, 24}, profile.Profile{})
	ann := fs[0]
	tick(c, 0, lead, ann)
	if ann.active != onboardingScreen || ann.session != nil {
		t.Fatalf("a new key's first screen in a class:\n%s", shown(ann))
	}
	checkFits(t, ann, [2]int{80, 24}, "the first question in a class")
	golden.RequireEqual(t, shown(ann))
	if l := classLine(ann); l != " Class evening · may start as you answer · 2 here" {
		t.Errorf("her class line: %q", l)
	}
	if !strings.Contains(classLine(lead), "2 here") || !strings.Contains(words(lead), "Enter starts the class") {
		t.Errorf("the leader's screen while she answers:\n%s", shown(lead))
	}
	answerGlutesOut(t, ann)
	if ann.active != classScreen || !strings.Contains(words(ann), "Waiting for the leader to start") {
		t.Fatalf("after her answers:\n%s", shown(ann))
	}
	if strings.Contains(words(ann), "When to stop") || classLine(ann) != " Class evening · you follow · 2 here" {
		t.Errorf("the waiting screen after the red flags were read:\n%s", shown(ann))
	}
	if p := ann.opts.Profile; !p.Onboarded || !p.SafetySeen || p.Avoid != "glutes" {
		t.Errorf("her answers: %+v", p)
	}
	press(lead, "enter", "n", "enter") // the mid-back skipped: the left glute's hold now
	tick(c, 5*time.Second, lead, ann)
	if !strings.Contains(words(ann), "Sit this one out") || strings.Contains(words(lead), "Sit this one out") {
		t.Errorf("the left glute's hold: hers\n%s\nthe leader's\n%s", shown(ann), shown(lead))
	}
}

// Answered once the class is under way, the member joins it where it is
// then: the holds that began before are not theirs, and what their
// answers leave out they sit out.
func TestClassFirstRunJoinsUnderWay(t *testing.T) {
	lead, fs, c := classOf(t, [2]int{80, 24}, profile.Profile{})
	ann := fs[0]
	press(lead, "enter", "enter") // started, the mid-back's hold now
	tick(c, 10*time.Second, lead, ann)
	if ann.active != onboardingScreen || ann.session != nil {
		t.Fatalf("the start took her from the questions:\n%s", shown(ann))
	}
	if l := classLine(ann); l != " Class evening · under way as you answer · 2 here" {
		t.Errorf("her class line once the class started: %q", l)
	}
	answerGlutesOut(t, ann)
	if ann.active != sessionScreen || ann.session == nil {
		t.Fatalf("after her answers, in a class under way:\n%s", shown(ann))
	}
	if st := ann.session.s.State(c.t); st.Phase != coach.PhaseHold || st.Step.Exercise.ID != "mid-back" {
		t.Errorf("she joins at %s of %s, not the class's mid-back hold", st.Phase, st.Step.Exercise.ID)
	}
	for range 400 {
		tick(c, time.Second, lead, ann)
	}
	if sum := ann.session.s.Summary(); !sum.Finished || len(sum.Holds) != 0 {
		t.Errorf("her summary: finished %v, holds %+v; want none (the mid-back began before she sat, the glutes are out)", sum.Finished, sum.Holds)
	}
	if ann.session.class.SatOut() != 2 || !strings.Contains(words(ann), "You sat it out, as your answers ask.") {
		t.Errorf("she sat out %d holds:\n%s", ann.session.class.SatOut(), shown(ann))
	}
	if sum := lead.session.s.Summary(); len(sum.Holds) != 3 {
		t.Errorf("the leader rolled %d holds", len(sum.Holds))
	}
}

// esc skips the questions, not asked again, as alone; alone, the red
// flags then stand before the first session, and in a class, which may
// be under way, they come at once: neither esc nor s skips them there.
// q leaves the class.
func TestClassFirstRunSkipAndQuit(t *testing.T) {
	lead, fs, c := classOf(t, [2]int{80, 24}, profile.Profile{}, profile.Profile{})
	press(fs[0], "esc")
	if o := the[*onboarding](fs[0]); o.step != stepSafety || strings.Contains(helpLine(fs[0]), "esc") || strings.Contains(helpLine(fs[0]), "skip") {
		t.Errorf("after esc, the red flags, with no skip on the help line:\n%s", shown(fs[0]))
	}
	press(fs[0], "esc", "s")
	if fs[0].active != onboardingScreen {
		t.Fatalf("esc or s skipped the red flags in a class:\n%s", shown(fs[0]))
	}
	readSafety(t, fs[0])
	if p := fs[0].opts.Profile; fs[0].active != classScreen || !p.Onboarded || !p.SafetySeen || p.Roller != "" {
		t.Errorf("after esc and the red flags read (%+v):\n%s", p, shown(fs[0]))
	}
	press(fs[1], "q")
	if !fs[1].quitting {
		t.Errorf("q stayed:\n%s", shown(fs[1]))
	}
	press(lead, "enter")
	tick(c, time.Second, lead, fs[0])
	if fs[0].session == nil || strings.Contains(words(fs[0]), content.Unscreened[:30]) {
		t.Errorf("the first get-ready after skipping, as alone:\n%s", shown(fs[0]))
	}
}

// The questions fit a small window under the class line, as alone.
func TestClassFirstRunFitsSmall(t *testing.T) {
	size := [2]int{40, 12}
	_, fs, _ := classOf(t, size, profile.Profile{})
	ann := fs[0]
	for i, k := range []string{"", "enter", "down", "enter", "down", "down", "down", "space", "enter", "down", "down", "space", "enter"} {
		if k != "" {
			press(ann, k)
		}
		checkFits(t, ann, size, "question after key "+string(rune('a'+i)))
		if l := classLine(ann); l != " may start as you answer · 2 here" {
			t.Errorf("the class line at 40 columns: %q", l)
		}
	}
	readSafety(t, ann)
	if ann.active != classScreen {
		t.Errorf("after the questions at 40x12:\n%s", shown(ann))
	}
}
