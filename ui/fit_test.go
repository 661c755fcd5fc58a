package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	uv "github.com/charmbracelet/ultraviolet"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
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
		for _, keys := range [][]string{nil, {"down", "enter"}, {"down", "down", "enter"}, {"enter"}, {"enter", "enter"}} {
			m, _ := newModel(t, Options{})
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(m, keys...)
			checkFits(t, m, sz, fmt.Sprint(keys))
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
	// 80x34 has room for the big count (80x24 has not: TestGetReadyKeepsPressure).
	m, _ := newModel(t, Options{Routine: "nightly"})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 34})
	runAll(m, m.Init())
	lines := strings.Split(shown(m), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "starting in" {
			if i+1 == len(lines) || !strings.Contains(lines[i+1], "████") {
				t.Fatalf("80x34: the label is not over the digits:\n%s", shown(m))
			}
			return
		}
	}
	t.Fatalf("80x34: no label over the digits:\n%s", shown(m))
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
		m, c := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: coach.MinHold}})
		runAll(m, m.Init())
		press(m, "enter")
		wait(m, c, coach.MinHold)
		at("cat-cow get ready", m)
		press(m, "enter")
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

// rowOf is the screen row that holds text, or -1.
func rowOf(m *Model, text string) int {
	for i, l := range strings.Split(shown(m), "\n") {
		if strings.Contains(l, text) {
			return i
		}
	}
	return -1
}
