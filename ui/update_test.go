package ui

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
	loop "github.com/backroll/backroll/ui/screen"
)

func TestTooSmall(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly"})
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 39, Height: 20})
	if s := shown(m); !strings.Contains(s, "Make the window larger") || strings.Contains(s, "Mid-back") {
		t.Fatalf("small window shows:\n%s", s)
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if s := shown(m); strings.Contains(s, "larger") {
		t.Fatalf("40x12 should draw the screen:\n%s", s)
	}
}

// Every size from the smallest to a large window fits: no line is wider
// than the window and the screen has exactly its height.
func TestScreensFit(t *testing.T) {
	sizes := [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {200, 60}}
	for _, sz := range sizes {
		for _, keys := range [][]string{nil, {"down", "enter"}, {"down", "down", "enter"}, {"enter"}, {"enter", "space"}} {
			m, _ := newModel(t, Options{})
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(m, keys...)
			checkFits(t, m, sz, fmt.Sprint(keys))
		}
	}
}

func TestHomeNavigation(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter")
	if m.active != hurtScreen {
		t.Fatalf("screen %v, want where-does-it-hurt", m.active)
	}
	press(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc went to %v", m.active)
	}
	press(m, "down", "enter", "enter") // home remembers its cursor
	if m.active != chooseScreen || !strings.Contains(shown(m), "Pick at least one area") {
		t.Fatalf("empty choice started a session:\n%s", shown(m))
	}
}

// Choosing the lower back never rolls it: it starts the neighbours.
func TestLowerBackStartsNeighbours(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter", "down", "down", "enter")
	if m.session == nil {
		t.Fatal("no session started")
	}
	for _, s := range m.session.plan.Steps {
		if s.Exercise.ID == "lower-back" || s.Exercise.ID == "neck" {
			t.Fatalf("plan rolls %s", s.Exercise.ID)
		}
	}
	if m.session.plan.Routine != "lower-back" || len(m.session.plan.Steps) == 0 {
		t.Fatalf("plan %+v", m.session.plan)
	}
}

func TestChooseBuildsSession(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "down", "enter", "down", "down", "space", "right", "right", "enter")
	p := m.session.plan
	if len(p.Steps) != 2 || p.Steps[0].Exercise.ID != "glutes" || p.Steps[0].Hold != 90*time.Second {
		t.Fatalf("plan %+v", p.Steps)
	}
}

// journal is a Journal in memory.
type journal struct {
	holds  []coach.HoldEvent
	ends   []SessionEnd
	fail   error
	stats  streak.Stats
	advice advice.Advice
}

func (j *journal) Start(string, time.Time) string { return "s1" }
func (j *journal) Hold(id string, e coach.HoldEvent) error {
	if j.fail != nil {
		return j.fail
	}
	j.holds = append(j.holds, e)
	return nil
}
func (j *journal) End(id string, e SessionEnd) error        { j.ends = append(j.ends, e); return j.fail }
func (j *journal) Progress(time.Time) (streak.Stats, error) { return j.stats, j.fail }
func (j *journal) Advice(time.Time, profile.Profile) (advice.Advice, error) {
	return j.advice, j.fail
}
func (j *journal) Today(time.Time) (Today, error) {
	var t Today
	for _, h := range j.holds {
		t.Rolled += h.Rolled
	}
	if t.Rolled >= time.Minute {
		t.Done, t.Streak = true, 3
	}
	return t, nil
}

// runAll delivers a command's messages, writes included, as the program would.
func runAll(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runAll(m, c)
		}
	case nil:
	default:
		_, next := m.Update(msg)
		runAll(m, next)
	}
}

// Quitting asks first; what was done is recorded and the outcome is a quit.
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
	_, cmd := m.Update(keyMsg("y"))
	runAll(m, cmd)
	if m.Outcome() != OutcomeQuit || !m.quitting || m.writing != 0 {
		t.Fatalf("outcome %v quitting %v writing %d", m.Outcome(), m.quitting, m.writing)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != 20*time.Second || j.holds[0].Completed {
		t.Fatalf("recorded %+v", j.holds)
	}
	if len(j.ends) != 1 || j.ends[0].Summary.Finished {
		t.Fatalf("session records %+v", j.ends)
	}
}

// A finished session is recorded once, and the summary shows the streak.
func TestFinishedSessionRecordsAndShowsStreak(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Routine: "mid-back", Journal: j})
	runAll(m, m.Init())
	_, cmd := m.Update(keyMsg("space"))
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
	_, cmd := m.Update(keyMsg("space"))
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
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: time.Second}})
	m.Init()
	press(m, "space")
	wait(m, c, time.Second)
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

// The model says when it next wants waking, for ui/screen's one timer: a
// second from now in a get-ready, at the breath's next level on a hold,
// and never while paused.
func TestNextWake(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	if at, ok := m.NextWake(); !ok || at.Sub(c.t) != time.Second {
		t.Fatalf("get-ready wakes at %v, %v; want in a second", at.Sub(c.t), ok)
	}
	press(m, "space") // the hold starts
	if at, ok := m.NextWake(); !ok || at.Sub(c.t) <= 0 || at.Sub(c.t) > 500*time.Millisecond {
		t.Fatalf("hold wakes in %v, %v; want within half a second, for the breath", at.Sub(c.t), ok)
	}
	press(m, "space") // paused
	if _, ok := m.NextWake(); ok {
		t.Fatal("a paused session asks to be woken")
	}
}

func TestWake(t *testing.T) {
	p := func(o coach.Options) coach.Plan {
		m, _ := newModel(t, Options{Routine: "nightly", Plan: o})
		m.Init()
		return m.session.plan
	}(coach.Options{})
	tests := []struct {
		name    string
		animate bool
		setup   func(s *session, now time.Time) time.Time
		want    time.Duration
		ok      bool
	}{
		{"get-ready wakes each second", true, func(s *session, now time.Time) time.Time { return now.Add(300 * time.Millisecond) }, 700 * time.Millisecond, true},
		{"hold wakes for the breath's next level", true, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(2 * time.Second)
		}, 54067010, true}, // level 12.5 of 24 is reached 2.053 s into the in-breath
		{"still hold wakes on seconds", false, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(1300 * time.Millisecond)
		}, 700 * time.Millisecond, true},
		{"the deadline wins", false, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(time.Minute - 10*time.Millisecond)
		}, 10 * time.Millisecond, true},
		{"paused sleeps", true, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			s.s.TogglePause(now)
			return now.Add(time.Second)
		}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(p, t0, tt.animate, true)
			now := tt.setup(s, t0)
			d, ok := s.wake(now)
			if ok != tt.ok || d != tt.want {
				t.Fatalf("wake = %v, %v; want %v, %v", d, ok, tt.want, tt.ok)
			}
		})
	}
}

// The whole program, through a real tea.Program: home to a finished
// session and back home.
func TestProgram(t *testing.T) {
	m, err := New(Options{Plan: coach.Options{Hold: time.Second}, Profile: regular})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Nightly roll")) })
	tm.Send(keyMsg("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Get ready")) })
	for range 3 {
		tm.Send(keyMsg("space"))
		tm.Send(keyMsg("n"))
	}
	tm.Send(keyMsg("n"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Session complete")) })
	tm.Send(keyMsg("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Rolled today")) })
	tm.Send(keyMsg("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.Outcome() != OutcomeFinished || fm.active != homeScreen {
		t.Fatalf("outcome %v screen %v", fm.Outcome(), fm.active)
	}
}

// The breath shape is redrawn exactly when its level changes: never
// later (a stutter), and no frame is spent on an unchanged shape.
func TestUntilBreathChange(t *testing.T) {
	br := coach.DefaultBreath
	level := func(d time.Duration) int {
		return int(coach.BreathAt(d, br).Fill*breathH*8 + 0.5)
	}
	for at := time.Duration(0); at < br.Cycle(); at += 7 * time.Millisecond {
		b := coach.BreathAt(at, br)
		d := untilBreathChange(b, br)
		if d > b.Left || d <= 0 {
			t.Fatalf("at %v: wait %v beyond the half-breath (%v left)", at, d, b.Left)
		}
		if d == b.Left {
			continue // the half ends first
		}
		if level(at+d) == level(at) {
			t.Fatalf("at %v: woke after %v but the level is still %d", at, d, level(at))
		}
		if d > 2*time.Millisecond && level(at+d-2*time.Millisecond) != level(at) {
			t.Fatalf("at %v: level changed before the wake-up at %v", at, d)
		}
	}
}

// surelyFits may send a line to be measured that fits, but must never pass
// one that does not.
func TestSurelyFitsNeverLies(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	wait(m, c, 5*time.Second)
	lines := strings.Split(m.drawn, "\n")
	lines = append(lines, "🔥🔥🔥", "ab\x1b]8;;x\x1b\\c", "────", "✓ ▸ ●")
	for _, l := range lines {
		w := ansi.StringWidth(l)
		for width := max(w-3, 0); width <= w+1; width++ {
			if surelyFits(l, width) && w > width {
				t.Errorf("%q (%d wide) said to fit in %d", l, w, width)
			}
		}
	}
}

// Keys typed ahead, as when a person types quickly or pastes keys, go to
// the screen the earlier ones open, with no command run in between: a
// screen moves in the update of the key that moves it.
func TestTypeAhead(t *testing.T) {
	m, _ := newModel(t, Options{})
	for _, k := range []string{"down", "enter", "down", "down"} {
		m.Update(keyMsg(k))
	}
	if m.active != hurtScreen || the[*hurt](m).region().ID != "lower-back" {
		t.Fatalf("screen %v, region %s: keys typed ahead went astray", m.active, the[*hurt](m).region().ID)
	}
}

// checkFits fails when the screen is not exactly the window's height or
// has a line wider than the window, or when a line does not stand alone.
func checkFits(t *testing.T, m *Model, sz [2]int, what string) {
	t.Helper()
	checkLinesStandAlone(t, m, what)
	checkNothingCut(t, m, what)
	lines := strings.Split(shown(m), "\n")
	if len(lines) != sz[1] {
		t.Errorf("%v %s: %d lines", sz, what, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > sz[0] {
			t.Errorf("%v %s: line %d is %d wide: %q", sz, what, i, w, l)
		}
	}
}

// checkNothingCut fails when the screen drew more lines than its room, which
// the frame then cuts off at the bottom unseen.
func checkNothingCut(t *testing.T, m *Model, what string) {
	t.Helper()
	f := m.frame()
	body, room := strings.Split(m.screens[m.active].view(f), "\n"), f.height
	if len(body) > room {
		t.Errorf("%s at %dx%d: %d lines for %d rows; cut off:\n%s", what, m.width, m.height, len(body), room,
			ansi.Strip(strings.Join(body[room:], "\n")))
	}
	// Below the header, place centres the screen in a wide window: a line
	// too long for the margin it gets would lose its end.
	margin := max((m.width-90)/2, 0)
	for _, l := range body[min(2, len(body)):] {
		if w := ansi.StringWidth(l); l != "" && margin+w > m.width {
			t.Errorf("%s at %dx%d: a line %d wide after a margin of %d loses its end: %q", what, m.width, m.height, w, margin, ansi.Strip(l))
		}
	}
}

// checkLinesStandAlone fails when a line of the screen draws differently on
// its own than within the whole frame, say a style left open across a line
// break: ui/screen redraws only the lines that change, one by one.
func checkLinesStandAlone(t *testing.T, m *Model, what string) {
	t.Helper()
	content, w, h := m.View().Content, m.width, m.height
	whole := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(content).Draw(whole, whole.Bounds())
	alone := uv.NewScreenBuffer(w, h)
	for y, line := range strings.Split(content, "\n") {
		uv.NewStyledString(line).Draw(alone, uv.Rect(0, y, w, 1))
	}
	for y := range h {
		for x := range w {
			if a, b := whole.CellAt(x, y), alone.CellAt(x, y); !a.Equal(b) {
				t.Errorf("%s at %dx%d: the cell at %d,%d is %q %+v in the frame, %q %+v in its line alone",
					what, w, h, x, y, a.Content, a.Style, b.Content, b.Style)
				return
			}
		}
	}
}

// TestWrapKeepsHyphenatedNames: "Mid-" at the end of one line and "back" at
// the start of the next reads badly; names move to the next line whole.
func TestWrapKeepsHyphenatedNames(t *testing.T) {
	areas := "Left glute, Right glute, Left hip flexor, Right hip flexor, Mid-back, Left lat, Right lat, cat-cow"
	for width := 20; width <= 80; width++ {
		lines := wrap(areas, width, 1, 10)
		for i, l := range lines {
			if strings.HasSuffix(l, "-") || strings.Contains(l, nonBreakingHyphen) {
				t.Fatalf("at width %d line %d is %q", width, i, l)
			}
			if w := ansi.StringWidth(l); w > width {
				t.Fatalf("at width %d line %d is %d wide: %q", width, i, w, l)
			}
		}
		if got := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); got != areas {
			t.Fatalf("at width %d the words are %q", width, got)
		}
	}
}

// A countdown rounds up (it reads 0:00 only when over); a total rolled
// rounds to the nearest second, as the history stores it.
func TestClockAndRolled(t *testing.T) {
	for _, tc := range []struct {
		d             time.Duration
		clock, rolled string
	}{
		{2400 * time.Millisecond, "0:03", "0:02"},
		{2600 * time.Millisecond, "0:03", "0:03"},
		{60 * time.Second, "1:00", "1:00"},
		{0, "0:00", "0:00"},
	} {
		if got := clock(tc.d); got != tc.clock {
			t.Errorf("clock(%v) = %s; want %s", tc.d, got, tc.clock)
		}
		if got := coach.Clock(tc.d); got != tc.rolled {
			t.Errorf("coach.Clock(%v) = %s; want %s", tc.d, got, tc.rolled)
		}
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

// The full help says ? closes it, and esc closes it before meaning back.
func TestFullHelpCloses(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "enter", "?")
	if scr := shown(m); !regexp.MustCompile(`\?\s+less`).MatchString(scr) || regexp.MustCompile(`\?\s+more`).MatchString(scr) {
		t.Errorf("the open full help does not say ? less:\n%s", scr)
	}
	press(m, "esc")
	if m.help.ShowAll || m.active != hurtScreen {
		t.Fatalf("esc with the full help open: help shown %v, screen %v; want it closed on the same screen", m.help.ShowAll, m.active)
	}
	press(m, "esc")
	if m.active != homeScreen {
		t.Errorf("a second esc went to %v; want home", m.active)
	}
}

// In a narrow window the help line drops keys from its end, but never
// "? more" or "q quit".
func TestHelpKeepsTheWayOut(t *testing.T) {
	for _, w := range []int{40, 50, 60, 70, 80, 120} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 20})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second) // on the hold, the longest help line
		line := helpLine(m)
		if !strings.Contains(line, "? more") || !strings.Contains(line, "q quit") {
			t.Errorf("at %d wide the help line is %q", w, line)
		}
		if strings.Contains(line, "…") {
			t.Errorf("at %d wide the help line is cut: %q", w, line)
		}
		if w >= 80 && !strings.Contains(line, "k tender spot") {
			t.Errorf("at %d wide the help line drops keys it has room for: %q", w, line)
		}
	}
}

// A window too short for the breath box under the digits shows the words
// alone rather than a box cut in half, and on a tender spot those words
// say what the big clock is counting.
func TestShortHoldKeepsTheBreathWords(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	wait(m, c, time.Second)
	s := shown(m)
	if !strings.Contains(s, "breathe in · 2") || strings.Contains(s, "╭") {
		t.Fatalf("40x12 hold:\n%s", s)
	}
	press(m, "k")
	if s := shown(m); !strings.Contains(s, "tender spot · in ") {
		t.Fatalf("40x12 tender spot:\n%s", s)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := shown(m); !strings.Contains(s, "╭") {
		t.Fatalf("80x24 hold has no breath box:\n%s", s)
	}
}

// Moving through "Where does it hurt?" never moves the list: only the
// explanation under it changes.
func TestHurtListStaysPut(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		m, _ := newModel(t, Options{})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		press(m, "down", "enter")
		row := func() int { return rowOf(m, "upper / mid back") }
		first := row()
		for range content.Regions {
			press(m, "down")
			if r := row(); r != first {
				t.Fatalf("%dx%d: the list moved from row %d to %d:\n%s", sz[0], sz[1], first, r, shown(m))
			}
		}
	}
}

// A back rated 7 or more after rolling gets advice for next time in place
// of the usual goodbye; a lower rating keeps it.
func TestVerySoreAfterGetsAdvice(t *testing.T) {
	m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: time.Second}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	m.Init()
	press(m, "space")
	wait(m, c, time.Second)
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

// Half a minute rolled is not yet a day that counts: home says so, without
// the tick it shows once today counts.
func TestHomeShortRollIsNotDone(t *testing.T) {
	j := &journal{}
	m, c := newModel(t, Options{Journal: j, Plan: coach.Options{Hold: 30 * time.Second}})
	runAll(m, m.Init())
	keys(m, "enter") // nightly roll
	wait(m, c, 5*time.Second)
	wait(m, c, 30*time.Second)
	_, cmd := m.Update(keyMsg("q"))
	runAll(m, cmd)
	_, cmd = m.Update(keyMsg("y"))
	runAll(m, cmd)
	s := shown(m)
	if m.active != homeScreen || !strings.Contains(s, "Rolled today: 0:30") || strings.Contains(s, "✓") ||
		!strings.Contains(s, "today counts for your streak") {
		t.Fatalf("home after 30 s rolled:\n%s", s)
	}
	// Leaving from home is an ordinary exit, though that session was quit.
	keys(m, "q")
	if !m.quitting || m.Outcome() == OutcomeQuit {
		t.Fatalf("quitting home after a session quit early: quitting %v, outcome %v", m.quitting, m.Outcome())
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

// Get ready keeps the setup steps in any window: one too short for the big
// digits shows the count in words under the title, and the notes that can
// go, go.
func TestGetReadyShortWindow(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {60, 20}} {
		m, _ := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		runAll(m, m.Init())
		s := shown(m)
		if !strings.Contains(s, "starting in 0:05") || !strings.Contains(s, "1. Sit on the floor") || strings.Contains(s, "████") {
			t.Errorf("%dx%d get ready:\n%s", sz[0], sz[1], s)
		}
		checkFits(t, m, sz, "get ready")
	}
	m, _ := newModel(t, Options{Routine: "nightly"})
	runAll(m, m.Init())
	lines := strings.Split(shown(m), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "starting in" {
			if i+1 == len(lines) || !strings.Contains(lines[i+1], "████") {
				t.Fatalf("80x24: the label is not over the digits:\n%s", shown(m))
			}
			return
		}
	}
	t.Fatalf("80x24: no label over the digits:\n%s", shown(m))
}

// Home's help says what enter does on the item under the cursor.
func TestHomeEnterSaysWhat(t *testing.T) {
	m, _ := newModel(t, Options{})
	for _, want := range []string{"enter start", "enter open", "enter open", "enter open", "enter open", "enter open", "enter open", "enter open"} {
		if h := helpLine(m); !strings.Contains(h, want) {
			t.Fatalf("cursor on %q: help %q, want %q", the[*home](m).items[the[*home](m).cursor].label, h, want)
		}
		keys(m, "down")
	}
}

// Full help in a narrow window stacks its columns rather than cut off the
// last, which holds the ways out.
func TestNarrowFullHelpKeepsTheWayOut(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	press(m, "?")
	s := shown(m)
	if !strings.Contains(s, "? less") || !strings.Contains(s, "q quit") || strings.Contains(s, "…") {
		t.Fatalf("40x12 full help:\n%s", s)
	}
	checkFits(t, m, [2]int{40, 12}, "full help")
}

// Short windows leave out whole sections, least needed first, and keep the
// rest in order; a section left out comes back where it still fits, and
// what must stay, stays, even if it does not fit.
func TestFitSections(t *testing.T) {
	secs := func() []section {
		return []section{
			{[]string{"clock"}, 0},
			{[]string{"", "title"}, 1},
			{[]string{"cue"}, 2},
			{[]string{"", "bars", "bars"}, 2},
			{[]string{"", "next"}, 3},
		}
	}
	for room, want := range map[int]string{
		9: "clock,,title,cue,,bars,bars,,next",
		8: "clock,,title,cue,,bars,bars",
		5: "clock,,title,cue",
		3: "clock,,title",
		2: "clock,cue",
		4: "clock,,title,cue",
		1: "clock",
		0: "clock",
	} {
		if got := strings.Join(fitSections(room, secs()...), ","); got != want {
			t.Errorf("room %d: %q, want %q", room, got, want)
		}
	}
}

// The session's later screens and progress fit every window too, with
// nothing cut off the bottom.
func TestLaterScreensFit(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		at := func(name string, m *Model) {
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFits(t, m, sz, name)
		}
		// A page's viewport would clip a line too wide for it unseen.
		within := func(name string, lines []string) {
			for _, l := range lines {
				if w := ansi.StringWidth(l); w >= sz[0] {
					t.Errorf("%s at %dx%d: a line %d wide on the page: %q", name, sz[0], sz[1], w, ansi.Strip(l))
				}
			}
		}
		m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: time.Second}})
		runAll(m, m.Init())
		press(m, "space")
		wait(m, c, time.Second)
		at("cat-cow get ready", m)
		press(m, "space")
		at("finisher", m)
		press(m, "q")
		at("quit question", m)
		press(m, "n", "n")
		press(m, "7")
		at("summary", m)
		within("summary", m.session.summaryLines(m.frame()))
		press(m, "p")
		at("summary after p", m)
		within("summary after p", m.session.summaryLines(m.frame()))

		j := &journal{stats: sampleStats(t0)}
		m, _ = newModel(t, Options{Journal: j})
		runAll(m, m.Init())
		homeTo(t, m, "Progress")
		keys(m, "enter")
		at("progress", m)
		within("progress", the[*progress](m).lines(m.frame()))
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
			notes := holdNotes(p, prof)
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

// A large window draws the breath at twice the size, beside digits twice
// the size; an ordinary one at the usual size.
func TestBreathScalesWithTheWindow(t *testing.T) {
	for _, tc := range []struct {
		w, h, inner int
	}{{80, 24, breathW}, {200, 60, 3 * breathW}} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: tc.w, Height: tc.h})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		if top := "╭" + strings.Repeat("─", tc.inner) + "╮"; !strings.Contains(shown(m), top) {
			t.Errorf("%dx%d: no breath box %d wide:\n%s", tc.w, tc.h, tc.inner, shown(m))
		}
	}
}

// The larger breath box changes exactly when the usual one does, so a large
// window costs no more frames.
func TestLargeBreathKeepsTheFrames(t *testing.T) {
	s := newStyles(true)
	for fill := 0.0; fill <= 1; fill += 0.001 {
		next := min(fill+0.001, 1)
		small := slices.Equal(breathShape(s, fill, 1), breathShape(s, next, 1))
		large := slices.Equal(breathShape(s, fill, 2), breathShape(s, next, 2))
		if small != large {
			t.Fatalf("from fill %.3f to %.3f the usual box changed %v, the large one %v", fill, next, !small, !large)
		}
	}
}

// A wide window only twelve rows high has no room for the back drawing
// beside "Where does it hurt?": the list and the offer under it come first.
func TestHurtWideAndShort(t *testing.T) {
	for _, w := range []int{80, 200} {
		m, _ := newModel(t, Options{})
		m.Update(tea.WindowSizeMsg{Width: w, Height: 12})
		press(m, "down", "enter")
		checkFits(t, m, [2]int{w, 12}, "where does it hurt")
		if s := shown(m); !strings.Contains(s, `start "upper back"`) {
			t.Errorf("%dx12: no offer:\n%s", w, s)
		}
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

// Full help's rows line up under each other at the left in a wide window:
// only the screen above is centred.
func TestFullHelpStaysLeft(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second)
	press(m, "?")
	lines := strings.Split(shown(m), "\n")
	rows := strings.Count(m.helpView, "\n") + 1
	for _, l := range lines[len(lines)-rows:] {
		if l != "" && !strings.HasPrefix(l, " ") || strings.HasPrefix(l, "   ") {
			t.Fatalf("full help row %q is not at the left:\n%s", l, strings.Join(lines[len(lines)-rows:], "\n"))
		}
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

// An ink paints exactly what its style renders, on both backgrounds.
func TestInkMatchesItsStyle(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := newStyles(dark)
		for name, pair := range map[string]struct {
			k  ink
			st lipgloss.Style
		}{"digits": {s.digits, s.Digits}, "held": {s.held, s.Held}, "bar": {s.barFull, s.BarFull},
			"empty": {s.barEmpty, s.BarEmpty}, "rule": {s.rule, s.Rule}} {
			for _, text := range []string{"████", "░░ ░", "─"} {
				if got, want := pair.k.paint(text), pair.st.Render(text); got != want {
					t.Errorf("%s (dark %v) paints %q as %q; its style renders %q", name, dark, text, got, want)
				}
			}
		}
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

// In Choose areas the time keys change the time only; space alone picks,
// so space after ← or → never unpicks an area.
func TestChooseTimeDoesNotPick(t *testing.T) {
	m, _ := newModel(t, Options{})
	press(m, "down", "down", "enter", "right")
	if the[*choose](m).picked[0] || the[*choose](m).holds[0] != time.Minute+holdStep {
		t.Fatalf("after →: picked %v, hold %v", the[*choose](m).picked[0], the[*choose](m).holds[0])
	}
	press(m, "space")
	if !the[*choose](m).picked[0] {
		t.Fatal("space after → did not pick the area")
	}
}

// rowOf is the screen row that holds text, or -1.
func rowOf(m *Model, text string) int {
	for i, l := range strings.Split(shown(m), "\n") {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}
