package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
	loop "github.com/backroll/backroll/ui/screen"
)

// Quitting asks first, then sums up shortly, rating included; what was
// done is recorded and the outcome is a quit.
func TestQuitAsksAndRecords(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, 20*time.Second)
	press(m, "q")
	if m.session.s.State(c.t).Phase != coach.PhaseHold {
		t.Fatal("q quit without asking")
	}
	press(m, "n")
	if m.session.confirm {
		t.Fatal("n did not cancel")
	}
	press(m, "esc")
	press(m, "y")
	// A short summary: what was rolled, the question after, and p; no
	// word on tomorrow, no step up.
	s := shown(m)
	for _, want := range []string{"Session stopped early.", "rolled   0:20", "How does your back feel after rolling?", "p sharp pain"} {
		if !strings.Contains(s, want) {
			t.Fatalf("the summary after quitting lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "Tomorrow") || strings.Contains(s, "Next step") {
		t.Fatalf("the summary after quitting is not short:\n%s", s)
	}
	press(m, "3")
	_, cmd := m.Update(keyMsg("enter"))
	runAll(m, cmd)
	if m.Outcome() != OutcomeQuit || !m.quitting || m.ledger.writing != 0 {
		t.Fatalf("outcome %v quitting %v writing %d", m.Outcome(), m.quitting, m.ledger.writing)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != 20*time.Second || j.holds[0].Completed {
		t.Fatalf("recorded %+v", j.holds)
	}
	if len(j.ends) != 1 || j.ends[0].Summary.Finished || j.ends[0].FeelAfter == nil || *j.ends[0].FeelAfter != 3 {
		t.Fatalf("session records %+v", j.ends)
	}
}

// A finished session is recorded once, and the summary shows the streak.
func TestFinishedSessionRecordsAndShowsStreak(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j})
	runAll(m, m.Init())
	_, cmd := m.Update(keyMsg("enter"))
	runAll(m, cmd)
	c.t = c.t.Add(time.Minute)
	_, cmd = m.Update(loop.WakeMsg{At: c.t})
	runAll(m, cmd)
	_, cmd = m.Update(keyMsg("n")) // skip cat-cow
	runAll(m, cmd)
	if s := shown(m); !strings.Contains(s, "streak   3 days, today included") {
		t.Fatalf("summary:\n%s", s)
	}
	press(m, "3")
	if len(j.holds) != 1 || len(j.ends) != 0 {
		t.Fatalf("holds %d ends %+v: the session is written when the person leaves it", len(j.holds), j.ends)
	}
	_, cmd = m.Update(keyMsg("enter"))
	runAll(m, cmd)
	if len(j.ends) != 1 || !j.ends[0].Summary.Finished || j.ends[0].FeelAfter == nil || *j.ends[0].FeelAfter != 3 {
		t.Fatalf("ends %+v", j.ends)
	}
}

// A digit on the first get-ready rates the back before; the countdown runs
// on; "1" then "0" is 10. Later get-readies do not take ratings.
func TestFeelBefore(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	press(m, "6")
	if s := shown(m); !strings.Contains(s, "6 of 10") {
		t.Fatalf("screen:\n%s", s)
	}
	press(m, "1", "0")
	if got := *m.session.feelBefore; got != 10 {
		t.Fatalf("feel before %d", got)
	}
	wait(m, c, 5*time.Second)
	if m.session.s.State(c.t).Phase != coach.PhaseHold {
		t.Fatal("rating held up the countdown")
	}
	press(m, "n", "4")
	if *m.session.feelBefore != 10 {
		t.Fatal("a later get-ready changed the rating")
	}
	_, cmd := m.Update(keyMsg("ctrl+c"))
	runAll(m, cmd)
	if len(j.ends) != 1 || *j.ends[0].FeelBefore != 10 || j.ends[0].FeelAfter != nil {
		t.Fatalf("ends %+v", j.ends)
	}
}

// When the history cannot be written, the session goes on and says so.
func TestUnsavedSessionSaysSo(t *testing.T) {
	j := &journal{fail: errors.New("read-only file system")}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	_, cmd := m.Update(keyMsg("enter"))
	runAll(m, cmd)
	_, cmd = m.Update(keyMsg("n"))
	runAll(m, cmd)
	c.t = c.t.Add(5 * time.Second)
	_, cmd = m.Update(loop.WakeMsg{At: c.t})
	runAll(m, cmd)
	if st := m.session.s.State(c.t); st.Phase != coach.PhaseHold {
		t.Fatalf("session stopped: %v", st.Phase)
	}
	if s := shown(m); !strings.Contains(s, "not being saved") {
		t.Fatalf("screen:\n%s", s)
	}
}

func TestFinishedOutcome(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MinHold}})
	m.Init()
	press(m, "enter")
	wait(m, c, coach.MinHold)
	press(m, "n")
	if !strings.Contains(shown(m), "Session complete") {
		t.Fatalf("screen:\n%s", shown(m))
	}
	press(m, "enter")
	if m.Outcome() != OutcomeFinished {
		t.Fatalf("outcome %v", m.Outcome())
	}
}

// The help line shows only keys that work now.
func TestHelpFollowsState(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	last := func() string { s := shown(m); return s[strings.LastIndex(s, "\n")+1:] }
	if h := last(); !strings.Contains(h, "start now") || strings.Contains(h, "tender") {
		t.Fatalf("get-ready help: %q", h)
	}
	wait(m, c, 5*time.Second)
	if h := last(); !strings.Contains(h, "tender spot") || !strings.Contains(h, "pause") {
		t.Fatalf("hold help: %q", h)
	}
	press(m, "space")
	if h := last(); !strings.Contains(h, "resume") || strings.Contains(h, "tender") {
		t.Fatalf("paused help: %q", h)
	}
}

// The clock stops while "Stop this session?" is up: time spent deciding is
// not time rolling. No goes on where it was; a session paused before the
// question stays paused.
func TestQuitQuestionStopsTheClock(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, 10*time.Second)
	left := m.session.s.State(c.t).Left
	press(m, "q")
	c.t = c.t.Add(4 * time.Second)
	press(m, "n")
	if got := m.session.s.State(c.t).Left; got != left {
		t.Errorf("after 4 s on the question, %v left; want %v as before it", got, left)
	}
	if m.session.s.State(c.t).Paused {
		t.Error("the hold stayed paused after no")
	}
	press(m, "space", "q")
	c.t = c.t.Add(4 * time.Second)
	press(m, "n")
	if !m.session.s.State(c.t).Paused {
		t.Error("a hold paused before the question went on after no")
	}
}

// A back rated 7 or more after rolling gets advice for next time in place
// of the usual goodbye; a lower rating keeps it.
func TestVerySoreAfterGetsAdvice(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MinHold}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	m.Init()
	press(m, "enter")
	wait(m, c, coach.MinHold)
	press(m, "n")
	press(m, "3")
	if s := shown(m); !strings.Contains(s, "3 of 10") || !strings.Contains(s, "See you then") || strings.Contains(s, "Next time: Very sore") {
		t.Fatalf("after 3 of 10:\n%s", s)
	}
	press(m, "1", "0")
	s := shown(m)
	if !strings.Contains(s, "10 of 10") || !strings.Contains(s, "Next time: Very sore") || strings.Contains(s, "See you then") {
		t.Fatalf("after 10 of 10:\n%s", s)
	}
	if !strings.Contains(strings.Join(strings.Fields(s), " "), "lasts for days deserves a physical therapist") {
		t.Fatalf("no word of a physical therapist for lasting pain:\n%s", s)
	}
}

// A session left at its first get-ready, with nothing rolled, rated or
// flagged, leaves no session record to inflate the totals; one with a
// rating does.
func TestEmptySessionIsNotRecorded(t *testing.T) {
	j := &journal{}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	keys(m, "enter", "q", "y")
	if m.active != homeScreen || len(j.ends) != 0 {
		t.Fatalf("screen %v; session records %+v; want none", m.active, j.ends)
	}
	keys(m, "enter", "4", "q", "y")
	if len(j.ends) != 1 || j.ends[0].FeelBefore == nil || *j.ends[0].FeelBefore != 4 {
		t.Fatalf("session records %+v; want the rated one", j.ends)
	}
}

// + stops at the longest hold there is, and the help line stops offering it.
func TestAddStopsAtMaxHold(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MaxHold - 10*time.Second}})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	if !strings.Contains(shown(m), "+ 15 s") {
		t.Fatalf("no + on the hold:\n%s", shown(m))
	}
	press(m, "+", "+")
	if st := m.session.s.State(c.t); st.Length != coach.MaxHold {
		t.Fatalf("hold length %v after two +; want %v", st.Length, coach.MaxHold)
	}
	if strings.Contains(shown(m), "+ 15 s") {
		t.Fatalf("+ still offered at the longest hold:\n%s", shown(m))
	}
}

// Paused, the big clock dims, so a person on the floor sees it stopped.
func TestPausedDigitsDim(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	digitsRow := func() string {
		for _, l := range strings.Split(m.View().Content, "\n") {
			if strings.Contains(l, "████") {
				return l[:strings.Index(l, "█")]
			}
		}
		t.Fatalf("no digits:\n%s", shown(m))
		return ""
	}
	running := digitsRow()
	press(m, "space")
	if paused := digitsRow(); paused == running || !strings.Contains(shown(m), "paused") {
		t.Fatalf("the digits look the same paused (%q) as running (%q)", paused, running)
	}
}

// The hold's cue and its reminder never say the same thing at once, for
// every area and every quarter minute of a long hold, whatever the roller.
func TestCueAndNoteDiffer(t *testing.T) {
	for _, prof := range []profile.Profile{{}, {Roller: "peanut", FirstTime: true}, {Roller: "trigger-point"}} {
		for _, r := range content.Routines {
			p, err := coach.NewPlan(r, coach.Options{Hold: coach.MaxHold})
			if err != nil {
				t.Fatal(err)
			}
			notes := plan.HoldNotes(p, prof)
			for _, step := range p.Steps {
				for at := time.Duration(0); at < coach.MaxHold; at += 15 * time.Second {
					st := coach.State{Length: coach.MaxHold, Left: coach.MaxHold - at}
					cue := cueAt(step.Exercise, st, false)
					if note := noteAt(notes[step.Exercise.ID], st, cue); sameTopic(cue, note) {
						t.Errorf("%s at %v (%+v): %q under %q", step.Exercise.ID, at, prof, note, cue)
					}
				}
			}
		}
	}
}

// Skipping every area reaches the summary without a "well done".
func TestAllSkippedIsNotPraised(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "mid-back"})
	runAll(m, m.Init())
	press(m, "n", "n")
	if s := shown(m); !strings.Contains(s, "every area skipped") || strings.Contains(s, "Well done") {
		t.Fatalf("summary after skipping everything:\n%s", s)
	}
}

// k marks a tender spot and, pressed again, leaves it when it eases.
func TestTenderSpotCanBeLeft(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	press(m, "k")
	if !m.session.s.State(c.t).Tender || !strings.Contains(helpLine(m), "k spot eased") {
		t.Fatalf("after k: %q", helpLine(m))
	}
	wait(m, c, 3*time.Second)
	press(m, "k")
	if st := m.session.s.State(c.t); st.Tender || !strings.Contains(helpLine(m), "k tender spot") {
		t.Fatalf("after k again: tender %v, help %q", st.Tender, helpLine(m))
	}
}

// When the program ends under a session without a word (its terminal
// closed before the model heard of it), Abandon saves the hold so far and
// the session, once; after a save the usual way it adds nothing.
func TestAbandonSavesOnce(t *testing.T) {
	// rolling is ten seconds into the first hold of a session.
	rolling := func() (*Model, *journal) {
		j := &journal{}
		m, c := newModel(t, Options{Routine: "nightly", Journal: j})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		wait(m, c, 10*time.Second)
		return m, j
	}
	m, j := rolling()
	if err := m.Abandon(); err != nil {
		t.Fatal(err)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != 10*time.Second || j.holds[0].Completed || len(j.ends) != 1 || m.Outcome() != OutcomeQuit {
		t.Fatalf("after Abandon: holds %+v, ends %d, outcome %v", j.holds, len(j.ends), m.Outcome())
	}
	if err := m.Abandon(); err != nil || len(j.holds) != 1 || len(j.ends) != 1 {
		t.Fatalf("a second Abandon wrote again: %v, %d holds, %d ends", err, len(j.holds), len(j.ends))
	}

	m, j = rolling()
	_, cmd := m.Update(keyMsg("ctrl+c"))
	runAll(m, cmd)
	if err := m.Abandon(); err != nil || len(j.holds) != 1 || len(j.ends) != 1 {
		t.Fatalf("Abandon after ctrl+c saved: %v, %d holds, %d ends", err, len(j.holds), len(j.ends))
	}

	// ctrl+c handed the writes out, but the program ended before it ran
	// them: Abandon runs them, once.
	m, j = rolling()
	m.Update(keyMsg("ctrl+c"))
	if len(j.holds) != 0 {
		t.Fatal("the writes ran before their commands did")
	}
	if err := m.Abandon(); err != nil || len(j.holds) != 1 || len(j.ends) != 1 {
		t.Fatalf("Abandon after an unrun ctrl+c: %v, %d holds, %d ends", err, len(j.holds), len(j.ends))
	}
}

// A back already sore before the session gets a word to go gently, and a
// session that rolled nothing no next-day soreness note.
func TestSoreBeforeAndNothingRolled(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "mid-back", Profile: profile.Profile{FirstTime: true, Onboarded: true, SafetySeen: true}})
	runAll(m, m.Init())
	press(m, "8")
	if s := strings.Join(strings.Fields(shown(m)), " "); !strings.Contains(s, "Sore already? Go gently today") {
		t.Fatalf("get ready after 8 of 10:\n%s", shown(m))
	}
	press(m, "n", "n")
	if s := shown(m); strings.Contains(s, "bruised") {
		t.Fatalf("nothing rolled, yet:\n%s", s)
	}
}
