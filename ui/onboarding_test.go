package ui

import (
	"errors"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// newcomer is the profile profile.Load gives someone never asked: taken as
// new to rolling until they say otherwise.
var newcomer = profile.Profile{FirstTime: true}

// Every step of the first run can be skipped; the person is never asked
// again, and the red flags they skipped come before their first session.
func TestOnboardingSkipSteps(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	if m.active != onboardingScreen {
		t.Fatalf("first run opened %v", m.active)
	}
	for _, want := range []onboardingStep{stepFirstTime, stepScreening, stepSafety} {
		keys(m, "s")
		if the[*onboarding](m).step != want {
			t.Fatalf("step %v, want %v", the[*onboarding](m).step, want)
		}
	}
	keys(m, "s")
	if m.active != homeScreen {
		t.Fatalf("after the last step: %v", m.active)
	}
	// Skipped is not "I have rolled before": a new face starts gently.
	if got := s.last(t); got != (profile.Profile{FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	if m.active != redFlagsScreen || m.session != nil {
		t.Fatalf("the first session started without the red flags: %v", m.active)
	}
	keys(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc from the red flags went to %v", m.active)
	}
	keys(m, "r")
	if strings.Contains(helpLine(m), "I have read this") {
		t.Fatal("the red flags from home still hold a session")
	}
	keys(m, "esc", "enter")
	readRedFlags(t, m)
	if m.active != sessionScreen || !s.last(t).SafetySeen {
		t.Fatalf("after reading: %v, saved %+v", m.active, s.last(t))
	}
	keys(m, "q", "y", "r")
	if m.active != redFlagsScreen || strings.Contains(helpLine(m), "I have read this") {
		t.Fatalf("the red flags from home after the first session:\n%s", shown(m))
	}
}

func TestOnboardingSkipAll(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	keys(m, "down", "enter", "esc")
	if m.active != homeScreen {
		t.Fatalf("esc went to %v", m.active)
	}
	if got := s.last(t); got != (profile.Profile{Roller: "standard", FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v; the answer given before esc counts, the one skipped starts gently", got)
	}

	// Setup again keeps the earlier answers that esc skips.
	before := profile.Profile{Roller: "peanut", Onboarded: true, SafetySeen: true}
	m, _ = newBareModel(t, Options{Profile: before, SaveProfile: s.save, Setup: true})
	keys(m, "esc")
	if got := s.last(t); got != before {
		t.Fatalf("setup then esc saved %+v; want %+v kept", got, before)
	}
}

// The answers are saved and change the coaching: 45 s holds for a
// first-timer, the peanut's note first on the mid-back.
func TestOnboardingAnswers(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "down", "down", "down", "enter", "enter", "enter")
	readSafety(t, m)
	want := profile.Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}
	if got := s.last(t); got != want || m.opts.Profile != want || m.ledger.writing != 0 {
		t.Fatalf("saved %+v, profile %+v, writing %d", got, m.opts.Profile, m.ledger.writing)
	}
	// Three 45 s holds and a minute of cat-cow, each after 10 s to get
	// ready: 3:55, not the usual 4:20.
	if !strings.Contains(shown(m), "mid-back, glutes, cat-cow · 3:55") {
		t.Fatalf("home:\n%s", shown(m))
	}
	keys(m, "down", "down", "enter")
	if !strings.Contains(shown(m), "0:45") {
		t.Fatalf("choose areas does not start first-timers at 45 s:\n%s", shown(m))
	}
	keys(m, "esc", "up", "up", "enter")
	for _, st := range m.session.plan.Steps {
		if st.Hold != plan.FirstTimeHold {
			t.Fatalf("hold %v, want %v", st.Hold, plan.FirstTimeHold)
		}
	}
	// Time to read the steps and get down onto the roller.
	if r := m.session.plan.Ready; r != plan.FirstTimeReady {
		t.Fatalf("get-ready %v, want %v", r, plan.FirstTimeReady)
	}
	if n := m.session.notes["mid-back"]; !strings.Contains(n[0], "groove") || n[1] != content.FirstTimeNote {
		t.Fatalf("mid-back notes %q", n)
	}
}

// backroll setup asks again, starting from the answers given, and ends
// the program once they are saved.
func TestSetup(t *testing.T) {
	s := &saver{}
	was := profile.Profile{Roller: "soft", Onboarded: true, SafetySeen: true}
	m, _ := newModel(t, Options{Setup: true, Profile: was, SaveProfile: s.save})
	if m.active != onboardingScreen || the[*onboarding](m).cursor != 0 || !strings.Contains(shown(m), "backroll · setup") {
		t.Fatalf("screen %v cursor %d:\n%s", m.active, the[*onboarding](m).cursor, shown(m))
	}
	keys(m, "enter")
	if the[*onboarding](m).cursor != 1 {
		t.Fatal("someone who has rolled before is not asked as a first-timer")
	}
	keys(m, "enter", "enter")
	readSafety(t, m)
	if !m.quitting || s.last(t) != was {
		t.Fatalf("quitting %v, saved %+v", m.quitting, s.last(t))
	}
}

// A save that fails is said on home; the answers still apply.
func TestProfileNotSaved(t *testing.T) {
	s := &saver{fail: errors.New("config.toml: permission denied")}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "esc")
	if !strings.Contains(shown(m), "Your answers were not saved: config.toml: permission denied") || !m.opts.Profile.Onboarded {
		t.Fatalf("home:\n%s", shown(m))
	}
}

// backroll setup ends without a home to say a failed save on: the model
// keeps why, for the command line to say once the screen is gone (a full
// disk left config.toml as it was and said nothing).
func TestSetupNotSaved(t *testing.T) {
	s := &saver{fail: errors.New("no space left on device")}
	was := profile.Profile{Roller: "soft", Onboarded: true, SafetySeen: true}
	m, _ := newModel(t, Options{Setup: true, Profile: was, SaveProfile: s.save})
	keys(m, "down", "enter", "esc")
	if err := m.AnswersErr(); err == nil || err.Error() != "no space left on device" || m.AnswersSaved() {
		t.Fatalf("quitting %v, AnswersErr %v, AnswersSaved %v", m.quitting, err, m.AnswersSaved())
	}
}

// Someone who read the red flags before a session from the command line
// is not shown them again as the first run's last question; setup, asked
// for, still goes through all four.
func TestOnboardingSkipsSafetyAlreadyRead(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: profile.Profile{FirstTime: true, SafetySeen: true}})
	if !strings.Contains(shown(m), "1 of 3") || !strings.Contains(shown(m), "Three quick questions") {
		t.Fatalf("first run after reading the red flags:\n%s", shown(m))
	}
	keys(m, "enter", "enter", "enter")
	if m.active != homeScreen || !s.last(t).SafetySeen {
		t.Fatalf("after three answers: screen %v, saved %+v", m.active, s.last(t))
	}
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Setup: true, Profile: profile.Profile{Onboarded: true, SafetySeen: true}})
	keys(m, "enter", "enter", "enter")
	if the[*onboarding](m).step != stepSafety || !strings.Contains(shown(m), "4 of 4") {
		t.Fatalf("setup skipped the red flags:\n%s", shown(m))
	}
}

// readSafety reads the first run's red flags to their end, enter by
// enter, and says it has: enter reads on until all was shown.
func readSafety(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.quitting || m.active != onboardingScreen || the[*onboarding](m).step != stepSafety {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
}

// readRedFlags reads the red flags before a first session to their end,
// enter by enter, which then starts the session.
func readRedFlags(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.active != redFlagsScreen {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
}
