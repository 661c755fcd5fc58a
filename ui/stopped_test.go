package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// flaggedDaysAgo is a journal whose history's advice holds a sign to stop
// reported days ago, and nothing today: the question every start asks
// lasts while rules.LastStop finds it.
func flaggedDaysAgo(days int) *journal {
	return &journal{advice: advice.Advice{Stop: &rules.Stop{At: t0.AddDate(0, 0, -days)}}}
}

// todayHome is what home says after a sign to stop today.
var todayHome = "You reported a sign to stop today. " + content.StoppedHome

// flaggedToday is a journal whose history has a session today that
// reported a sign to stop, after rolled of rolling.
func flaggedToday(rolled time.Duration) *journal {
	j := &journal{}
	j.holds = []coach.HoldEvent{{Exercise: "mid-back", Start: t0.Add(-time.Hour), Planned: time.Minute, Rolled: rolled}}
	j.ends = []SessionEnd{{Summary: coach.Summary{Routine: "nightly", Start: t0.Add(-time.Hour), End: t0.Add(-50 * time.Minute), RedFlag: true}}}
	return j
}

// words is the screen's text with its line breaks and padding gone.
func words(m *Model) string { return strings.Join(strings.Fields(shown(m)), " ") }

// On a day a sign to stop was reported, home says so and what to do, with
// no word that pushes for more rolling.
func TestHomeAfterRedFlagToday(t *testing.T) {
	m, _ := newModel(t, Options{Journal: flaggedToday(30 * time.Second)})
	runAll(m, m.Init())
	got := words(m)
	if !strings.Contains(got, todayHome) {
		t.Errorf("home does not point to the red-flag advice:\n%s", shown(m))
	}
	for _, nudge := range []string{"A little more", "today counts", "keep your", "Roll today"} {
		if strings.Contains(got, nudge) {
			t.Errorf("home nudges (%q) on a day a sign to stop was reported:\n%s", nudge, shown(m))
		}
	}
}

// Starting from home on such a day asks first; going back is the default
// and starts nothing, starting anyway starts.
func TestStartFromHomeAfterRedFlagToday(t *testing.T) {
	m, _ := newModel(t, Options{Journal: flaggedToday(0)})
	runAll(m, m.Init())
	keys(m, "enter") // nightly roll
	if m.active != stoppedScreen || m.session != nil {
		t.Fatalf("nightly on a red-flag day: screen %v, session %v", m.active, m.session != nil)
	}
	got := words(m)
	for _, want := range []string{"You reported a sign to stop today. " + content.StoppedAsk, content.StoppedAdvice,
		"▸ " + content.StoppedNo + ", go back home", content.StoppedYes + " nightly", content.Disclaimer} {
		if !strings.Contains(got, want) {
			t.Errorf("the question does not say %q:\n%s", want, shown(m))
		}
	}
	if !strings.Contains(helpLine(m), "enter don't roll") {
		t.Errorf("help %q; want enter not to roll", helpLine(m))
	}
	keys(m, "enter")
	if m.active != homeScreen || m.session != nil {
		t.Fatalf("enter on the default: screen %v, session %v", m.active, m.session != nil)
	}
	keys(m, "enter", "esc")
	if m.active != homeScreen || m.session != nil {
		t.Fatalf("esc: screen %v, session %v", m.active, m.session != nil)
	}
	keys(m, "enter", "down")
	if !strings.Contains(helpLine(m), "enter start") {
		t.Errorf("help %q; want enter to start", helpLine(m))
	}
	keys(m, "enter")
	if m.active != sessionScreen || m.session == nil || m.session.plan.Routine != "nightly" {
		t.Fatalf("start anyway: screen %v", m.active)
	}
}

// Every way into a session asks: routines, where it hurts, choose areas,
// on the day of the sign to stop and days after it, with the words home
// says.
func TestEveryStartAsksAfterRedFlagToday(t *testing.T) {
	for _, tt := range []struct {
		item string
		keys []string
	}{
		{"Routines", []string{"enter"}},
		{"Where does it hurt?", []string{"enter"}},
		{"Choose areas", []string{"space", "enter"}},
	} {
		for when, j := range map[string]func() *journal{"today": func() *journal { return flaggedToday(0) }, "3 days ago": func() *journal { return flaggedDaysAgo(3) }} {
			m, _ := newModel(t, Options{Journal: j()})
			runAll(m, m.Init())
			homeTo(t, m, tt.item)
			keys(m, "enter")
			keys(m, tt.keys...)
			if m.active != stoppedScreen || m.session != nil {
				t.Errorf("%s, %s: screen %v, session %v", tt.item, when, m.active, m.session != nil)
			}
			if got := words(m); !strings.Contains(got, content.StoppedHead) || !strings.Contains(got, content.StoppedAsk) {
				t.Errorf("%s, %s: the question is not the one message:\n%s", tt.item, when, shown(m))
			}
		}
	}
}

// backroll start on such a day asks before anything else; going back
// closes backroll with nothing rolled, and the exit status says no
// session ran to its end.
func TestStartCommandAfterRedFlagToday(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly", Journal: flaggedToday(0)})
	runAll(m, m.Init())
	if m.active != stoppedScreen || m.session != nil {
		t.Fatalf("start on a red-flag day: screen %v, session %v", m.active, m.session != nil)
	}
	if got := words(m); !strings.Contains(got, content.StoppedNo+", close backroll") {
		t.Errorf("no way to close:\n%s", shown(m))
	}
	keys(m, "enter")
	if !m.quitting || m.Outcome() != OutcomeQuit || m.session != nil {
		t.Fatalf("quitting %v, outcome %v, session %v", m.quitting, m.Outcome(), m.session != nil)
	}

	m, _ = newModel(t, Options{Routine: "nightly", Journal: flaggedToday(0)})
	runAll(m, m.Init())
	keys(m, "down", "enter")
	if m.active != sessionScreen {
		t.Fatalf("start anyway from the command: screen %v", m.active)
	}
}

// Days after a sign to stop, while its rest lasts (rules.LastStop), home says the same
// words as the question, and every start still asks: from home, and
// backroll start. One message: nothing on home says to go lighter.
func TestEveryStartAsksDaysAfterARedFlag(t *testing.T) {
	j := flaggedDaysAgo(3)
	j.advice.Lighter = &advice.Caution{RedFlag: j.advice.Stop.At, Note: j.advice.Stop.Home(t0)}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	got := words(m)
	if want := "You reported a sign to stop on Sun 22 Nov. " + content.StoppedHome; !strings.Contains(got, want) || strings.Count(got, content.StoppedHome) != 1 {
		t.Errorf("home three days after a sign to stop does not say, once, %q:\n%s", want, shown(m))
	}
	if strings.Contains(got, "lighter") {
		t.Errorf("home says to go lighter, which the question does not:\n%s", shown(m))
	}
	keys(m, "enter")
	if m.active != stoppedScreen || m.session != nil {
		t.Fatalf("nightly three days after: screen %v, session %v", m.active, m.session != nil)
	}
	if got := words(m); !strings.Contains(got, "on Sun 22 Nov. "+content.StoppedAsk) {
		t.Errorf("the question does not say when:\n%s", shown(m))
	}
	m, _ = newModel(t, Options{Routine: "nightly", Journal: flaggedDaysAgo(13)})
	runAll(m, m.Init())
	if m.active != stoppedScreen || m.session != nil {
		t.Fatalf("start 13 days after: screen %v, session %v", m.active, m.session != nil)
	}
	// With no sign to stop in the advice, nothing asks.
	m, _ = newModel(t, Options{Routine: "nightly", Journal: &journal{}})
	runAll(m, m.Init())
	if m.active != sessionScreen {
		t.Fatalf("start with no sign to stop: screen %v", m.active)
	}
}

// The start waits for the advice as much as for today's figures: the
// sign to stop of three days ago is in the advice alone.
func TestStartCommandWaitsForAdvice(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly", Journal: flaggedDaysAgo(3)})
	cmd := m.Init()
	m.Update(todayMsg{}) // today's figures first: no flag today
	keys(m, "enter")
	if m.session != nil {
		t.Fatal("started before the advice came")
	}
	runAll(m, cmd)
	if m.active != stoppedScreen || m.session != nil {
		t.Fatalf("once the advice came: screen %v, session %v", m.active, m.session != nil)
	}
}

// The start waits for today's figures: until they come, nothing is drawn
// and no key is taken, so the question is never skipped by a fast key.
func TestStartCommandWaitsForToday(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly", Journal: flaggedToday(0)})
	cmd := m.Init()
	keys(m, "n", "enter")
	if m.session != nil || strings.TrimSpace(shown(m)) != "" {
		t.Fatalf("before today's figures: session %v, screen:\n%s", m.session != nil, shown(m))
	}
	runAll(m, cmd)
	if m.active != stoppedScreen {
		t.Fatalf("screen %v once today's figures came", m.active)
	}
}

// After p in a session, home knows at once, even before the journal has
// the record (or with no journal), and the next start asks.
func TestAfterPHomeAsks(t *testing.T) {
	m, c := newModel(t, Options{})
	m.Init()
	keys(m, "enter", "enter")
	wait(m, c, 20*time.Second)
	keys(m, "p", "enter")
	if m.active != homeScreen {
		t.Fatalf("after the summary: screen %v", m.active)
	}
	got := words(m)
	if !strings.Contains(got, todayHome) || strings.Contains(got, "A little more") {
		t.Errorf("home after p:\n%s", shown(m))
	}
	keys(m, "enter")
	if m.active != stoppedScreen {
		t.Fatalf("nightly after p: screen %v", m.active)
	}
}

// The summary after p has no streak to cheer, only the advice to stop.
func TestSummaryAfterPHasNoStreak(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "nightly", Journal: j})
	runAll(m, m.Init())
	keys(m, "enter")
	wait(m, c, 70*time.Second) // a minute rolled: today counts, a 3-day streak
	keys(m, "p")
	got := words(m)
	if strings.Contains(got, "streak") || !strings.Contains(got, "Sharp pain or tingling") {
		t.Errorf("summary after p:\n%s", shown(m))
	}
}

// The question fits the smallest window whole: the advice shortens, the
// choices stay.
func TestStoppedFitsSmallWindow(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}} {
		m, _ := newModel(t, Options{Journal: flaggedToday(0)})
		runAll(m, m.Init())
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		keys(m, "enter")
		checkFits(t, m, sz, "stopped")
		got := words(m)
		for _, want := range []string{"physical therapist", "emergency", content.StoppedNo, content.StoppedYes} {
			if !strings.Contains(got, want) {
				t.Errorf("%v: the question leaves out %q:\n%s", sz, want, shown(m))
			}
		}
	}
}

func TestGoldenStopped(t *testing.T) {
	for _, tt := range []struct {
		name string
		o    Options
		size [2]int
		keys []string
	}{
		{"home-red-flag-today", Options{Journal: flaggedToday(30 * time.Second)}, [2]int{80, 24}, nil},
		{"home-red-flag-today-40x12", Options{Journal: flaggedToday(30 * time.Second)}, [2]int{40, 12}, nil},
		{"stopped-today", Options{Journal: flaggedToday(0)}, [2]int{80, 24}, []string{"enter"}},
		{"stopped-today-40x12", Options{Journal: flaggedToday(0)}, [2]int{40, 12}, []string{"enter"}},
		{"start-stopped-today", Options{Routine: "nightly", Journal: flaggedToday(0)}, [2]int{80, 24}, nil},
		{"home-red-flag-3-days-ago", Options{Journal: flaggedDaysAgo(3)}, [2]int{80, 24}, nil},
		{"stopped-3-days-ago", Options{Journal: flaggedDaysAgo(3)}, [2]int{80, 24}, []string{"enter"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := newModel(t, tt.o)
			m.Update(tea.WindowSizeMsg{Width: tt.size[0], Height: tt.size[1]})
			runAll(m, m.Init())
			keys(m, tt.keys...)
			checkLinesStandAlone(t, m, tt.name)
			golden.RequireEqual(t, shown(m))
		})
	}
}

// ? opens the question's full help, which names every key that works.
func TestStoppedHelp(t *testing.T) {
	m, _ := newModel(t, Options{Journal: flaggedToday(0)})
	runAll(m, m.Init())
	keys(m, "enter", "?")
	full := shown(m)
	for _, want := range []string{"choose", "go back", "back", "quit"} {
		if !strings.Contains(full, want) {
			t.Errorf("full help leaves out %q:\n%s", want, full)
		}
	}
	keys(m, "esc")
	if m.help.ShowAll || m.active != stoppedScreen {
		t.Errorf("esc closes the help first: help %v, screen %v", m.help.ShowAll, m.active)
	}
}

// endLost is a journal whose session ends never land (a full disk).
type endLost struct{ journal }

func (j *endLost) End(string, SessionEnd) error { return errors.New("no space left on device") }

// A sign to stop pressed in this run is kept though its record failed to
// save, and though today's figures are read again after every write.
func TestAfterPHomeAsksWhenTheRecordIsLost(t *testing.T) {
	j := &endLost{}
	m, c := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	keys(m, "enter", "enter")
	wait(m, c, 20*time.Second)
	keys(m, "p", "enter") // every write and reload delivered
	if m.active != homeScreen {
		t.Fatalf("after the summary: screen %v", m.active)
	}
	if got := words(m); !strings.Contains(got, todayHome) {
		t.Errorf("home after p, its record lost:\n%s", shown(m))
	}
	keys(m, "enter")
	if m.active != stoppedScreen {
		t.Fatalf("nightly after p, its record lost: screen %v", m.active)
	}
}

// Home reads today's figures again each time it is shown: another
// backroll, a merge or a sync may have added to the history meanwhile.
func TestHomeRereadsToday(t *testing.T) {
	j := &journal{}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	if strings.Contains(words(m), "Rolled today") {
		t.Fatalf("home before any rolling:\n%s", shown(m))
	}
	j.holds = append(j.holds, coach.HoldEvent{Exercise: "glutes", Rolled: 20 * time.Second}) // written elsewhere
	keys(m, "t", "esc")
	if !strings.Contains(words(m), "Rolled today: 0:20") {
		t.Errorf("home after another process rolled:\n%s", shown(m))
	}
}

// On the day of a sign to stop the header says the streak rests, as
// status and stats do, even when the day's rolling counts.
func TestHomeRedFlagDayStreakRests(t *testing.T) {
	m, _ := newModel(t, Options{Journal: flaggedToday(2 * time.Minute)})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	runAll(m, m.Init())
	got := words(m)
	if strings.Contains(got, "3-day streak") || !strings.Contains(got, "streak paused") {
		t.Errorf("home's header on a red-flag day that counts should say the streak rests:\n%s", shown(m))
	}
}
