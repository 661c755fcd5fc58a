package ui

import (
	"testing"

	"github.com/backroll/backroll/coach/profile"
)

// ctrl+c before a session from the command line has begun ends backroll
// as q does there: no session ran, so the outcome is a quit (exit status
// 1), never the 0 kept for a session that reached its summary.
func TestCtrlCBeforeStartedSessionIsAQuit(t *testing.T) {
	for name, o := range map[string]Options{
		"the question on a red-flag day": {Routine: "nightly", Journal: flaggedToday(0)},
		"the red flags before a first":   {Routine: "nightly", Profile: profile.Profile{Onboarded: true}},
		"waiting for today's figures":    {Routine: "nightly", Journal: flaggedToday(0)},
	} {
		t.Run(name, func(t *testing.T) {
			m, _ := newBareModel(t, o)
			cmd := m.Init()
			if name != "waiting for today's figures" {
				runAll(m, cmd)
				if m.active != stoppedScreen && m.active != redFlagsScreen {
					t.Fatalf("screen %v; want the question or the red flags", m.active)
				}
			}
			keys(m, "ctrl+c")
			if !m.quitting || m.Outcome() != OutcomeQuit || m.session != nil {
				t.Fatalf("quitting %v, outcome %v, session %v", m.quitting, m.Outcome(), m.session != nil)
			}
		})
	}
}

// From home, ctrl+c is an ordinary exit; and on the summary of a session
// from the command line it keeps the finished outcome.
func TestCtrlCElsewhereKeepsItsOutcome(t *testing.T) {
	m, _ := newModel(t, Options{})
	runAll(m, m.Init())
	keys(m, "ctrl+c")
	if !m.quitting || m.Outcome() != OutcomeNone {
		t.Fatalf("from home: quitting %v, outcome %v", m.quitting, m.Outcome())
	}

	m, _ = newModel(t, Options{Routine: "mid-back"})
	runAll(m, m.Init())
	keys(m, "n", "n")
	if !m.session.s.Summary().Finished {
		t.Fatal("the session did not reach its summary")
	}
	keys(m, "ctrl+c")
	if !m.quitting || m.Outcome() != OutcomeFinished {
		t.Fatalf("on the summary: quitting %v, outcome %v", m.quitting, m.Outcome())
	}
}
