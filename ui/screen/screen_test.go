package screen

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
)

// terminal is a screen drawing into a terminal emulator, with a count of what
// it wrote.
type terminal struct {
	t   *testing.T
	s   *screen
	emu *vt.Emulator
	out bytes.Buffer
}

func newTerm(t *testing.T, w, h int) *terminal {
	t.Helper()
	tm := &terminal{t: t, emu: vt.NewEmulator(w, h)}
	// The emulator answers the background query and blocks until the
	// answer is read. (Closing it races with this read, so it is left to
	// the end of the test binary.)
	go func() { _, _ = io.Copy(io.Discard, tm.emu) }()
	tm.s = newScreen(&tm.out, []string{"TERM=xterm-256color"}, colorprofile.TrueColor, w, h)
	if err := tm.s.open(); err != nil {
		t.Fatal(err)
	}
	tm.sync()
	return tm
}

// sync feeds what the screen wrote to the emulator and returns its size.
func (tm *terminal) sync() int {
	n := tm.out.Len()
	if _, err := tm.emu.WriteString(tm.out.String()); err != nil {
		tm.t.Fatal(err)
	}
	tm.out.Reset()
	return n
}

func (tm *terminal) draw(content string) int {
	tm.t.Helper()
	if err := tm.s.draw(tea.View{Content: content}); err != nil {
		tm.t.Fatal(err)
	}
	return tm.sync()
}

// fresh is what a terminal shows after content is drawn on it once.
func fresh(t *testing.T, w, h int, content string) string {
	t.Helper()
	tm := newTerm(t, w, h)
	tm.draw(content)
	return tm.emu.Render()
}

var (
	warm = lipgloss.NewStyle().Foreground(lipgloss.Color("#e8a33d")).Bold(true)
	calm = lipgloss.NewStyle().Foreground(lipgloss.Color("#6fb3b8")).Background(lipgloss.Color("#1d2b2c"))
)

// frames is a short session's worth of screens: a breath that grows line by
// line, a countdown, lines that get shorter, fewer lines, wide characters.
var frames = []string{
	warm.Render("backroll") + " · nightly\n\n" + calm.Render("╭────╮") + "\n" + calm.Render("│    │") + "\n" + calm.Render("╰────╯") + "\n 0:59 left",
	warm.Render("backroll") + " · nightly\n\n" + calm.Render("╭────╮") + "\n" + calm.Render("│▄▄▄▄│") + "\n" + calm.Render("╰────╯") + "\n 0:59 left",
	warm.Render("backroll") + " · nightly\n\n" + calm.Render("╭────╮") + "\n" + calm.Render("│████│") + "\n" + calm.Render("╰────╯") + "\n 0:58 left",
	warm.Render("backroll") + " · nightly\n\n" + calm.Render("╭────╮") + "\n" + calm.Render("│████│") + "\n" + calm.Render("╰────╯") + "\n 0:58",
	warm.Render("Switch sides") + "\n\n 右 → left glute",
	"",
	warm.Render("Well done.") + "\n 4:15 rolled today\n" + strings.Repeat("─", 30),
}

// TestDrawShowsEachFrame checks that drawing only the lines that changed
// leaves the terminal showing exactly what drawing each frame afresh does.
func TestDrawShowsEachFrame(t *testing.T) {
	const w, h = 30, 8
	tm := newTerm(t, w, h)
	for i, f := range frames {
		tm.draw(f)
		if got, want := tm.emu.Render(), fresh(t, w, h, f); got != want {
			t.Errorf("frame %d shows\n%s\nwant\n%s", i, got, want)
		}
	}
}

// TestDrawSendsOnlyChanges: a frame that changes one line sends a small
// part of what the whole screen costs, and an unchanged one sends nothing.
func TestDrawSendsOnlyChanges(t *testing.T) {
	tm := newTerm(t, 30, 8)
	full := tm.draw(frames[0])
	step := tm.draw(frames[1])
	if step == 0 || step*3 > full {
		t.Errorf("a one-line change sent %d bytes; the whole frame took %d", step, full)
	}
	if n := tm.draw(frames[1]); n != 0 {
		t.Errorf("an unchanged frame sent %d bytes", n)
	}
}

// TestResizeRedraws: after a resize the whole frame is drawn again, since
// the terminal may have moved or wiped what was there, and a line cut off at
// the old width may now fit.
func TestResizeRedraws(t *testing.T) {
	wide := frames[2] + "\n" + calm.Render(strings.Repeat("~", 38))
	tm := newTerm(t, 30, 8)
	tm.draw(wide)
	tm.emu.Resize(40, 10)
	tm.emu.WriteString("\x1b[2J") // a terminal that clears on resize
	tm.s.resize(40, 10)
	tm.draw(wide)
	if got, want := tm.emu.Render(), fresh(t, 40, 10, wide); got != want {
		t.Errorf("after a resize the screen shows\n%s\nwant\n%s", got, want)
	}
}

// TestOpenClose: the screen is an alternate one with the cursor hidden, and
// closing it gives back the terminal as it was: keys, paste mode, cursor,
// main screen and window title, the keyboard mode before leaving the
// alternate screen it was set on.
func TestOpenClose(t *testing.T) {
	tm := newTerm(t, 30, 8)
	if !tm.emu.IsAltScreen() {
		t.Error("open did not switch to the alternate screen")
	}
	if err := tm.s.draw(tea.View{Content: "hi", WindowTitle: "backroll"}); err != nil {
		t.Fatal(err)
	}
	tm.out.Reset()
	if err := tm.s.close(); err != nil {
		t.Fatal(err)
	}
	out := tm.out.String()
	tm.sync()
	if tm.emu.IsAltScreen() {
		t.Error("close left the alternate screen on")
	}
	last := -1
	for _, seq := range []string{"\x1b[<1u", "\x1b[>4m", "\x1b[?2004l", "\x1b[?25h", "\x1b[?1049l", "\x1b[23;2t"} {
		i := strings.Index(out, seq)
		if i < 0 || i < last {
			t.Errorf("close sent %q out of order, or not at all: %q", seq, out)
		}
		last = i
	}
}

type stub struct{ content string }

func (s stub) Init() tea.Cmd                       { return nil }
func (s stub) Update(tea.Msg) (tea.Model, tea.Cmd) { return s, nil }
func (s stub) View() tea.View                      { return tea.View{Content: s.content} }

// TestLiveWaitsForSize: before the model knows its window nothing is drawn,
// as its view would be laid out for the wrong size.
func TestLiveWaitsForSize(t *testing.T) {
	tm := newTerm(t, 30, 8)
	l := &live{Model: stub{"hello"}, s: tm.s}
	l.Update(tea.ColorProfileMsg{})
	if n := tm.sync(); n != 0 {
		t.Errorf("drew %d bytes before the window size was known", n)
	}
	l.Update(tea.WindowSizeMsg{Width: 30, Height: 8})
	tm.sync()
	if !strings.Contains(tm.emu.String(), "hello") {
		t.Errorf("after the size, the screen shows %q", tm.emu.String())
	}
	if v := l.View(); v.Content != "" {
		t.Errorf("live's own view is %q; Bubble Tea has no use for it", v.Content)
	}
}

// asking returns cmd from every update.
type asking struct {
	stub
	cmd tea.Cmd
}

func (a asking) Update(tea.Msg) (tea.Model, tea.Cmd) { return a, a.cmd }

type broken struct{}

func (broken) Write([]byte) (int, error) { return 0, errors.New("terminal gone") }

// TestLiveStopsWhenTheTerminalIsGone: a failed write ends the program with
// the error, rather than drawing into nothing for the rest of a session.
func TestLiveStopsWhenTheTerminalIsGone(t *testing.T) {
	saved := false
	save := func() tea.Msg { saved = true; return nil }
	l := &live{Model: asking{stub{"hello"}, save}, s: newScreen(broken{}, nil, colorprofile.TrueColor, 30, 8)}
	_, cmd := l.Update(tea.WindowSizeMsg{Width: 30, Height: 8})
	if cmd == nil {
		t.Fatal("no command after a failed write; want the model's, then tea.Quit")
	}
	// tea.Sequence's message is Bubble Tea's own; run its commands in order
	// as Bubble Tea does.
	var msgs []tea.Msg
	seq := reflect.ValueOf(cmd())
	if seq.Kind() != reflect.Slice {
		t.Fatalf("the command after a failed write gives %T; want a sequence", seq.Interface())
	}
	for i := range seq.Len() {
		msgs = append(msgs, seq.Index(i).Interface().(tea.Cmd)())
	}
	if !saved {
		t.Error("the model's command was dropped when the write failed")
	}
	if _, ok := msgs[len(msgs)-1].(tea.QuitMsg); !ok {
		t.Errorf("the last command after a failed write gives %T; want tea.QuitMsg", msgs[len(msgs)-1])
	}
	if l.err == nil || !strings.Contains(l.err.Error(), "terminal gone") {
		t.Errorf("error is %v; want the write's error", l.err)
	}
}

type panicky struct{ stub }

func (panicky) Update(tea.Msg) (tea.Model, tea.Cmd) { panic("index out of range") }

// TestLivePanic: a panic in the model quits the program with an error that
// names it, instead of a stack trace printed on a screen about to vanish.
func TestLivePanic(t *testing.T) {
	tm := newTerm(t, 30, 8)
	l := &live{Model: panicky{}, s: tm.s}
	m, cmd := l.Update(tea.WindowSizeMsg{Width: 30, Height: 8})
	if m != l || cmd == nil {
		t.Fatalf("after a panic Update returned %v, %v; want live itself and tea.Quit", m, cmd)
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("command after a panic gives %T; want tea.QuitMsg", cmd())
	}
	if !errors.Is(l.err, tea.ErrProgramPanic) || !strings.Contains(l.err.Error(), "index out of range") {
		t.Errorf("error after a panic: %v", l.err)
	}
}

// TestLiveAsksForTheBackground: the questions (the background colour,
// synchronized output) go out when the program starts reading input, so
// the answers are not thrown away.
func TestLiveAsksForTheBackground(t *testing.T) {
	tm := newTerm(t, 30, 8)
	tm.sync()
	(&live{Model: stub{}, s: tm.s}).Init()
	if got := tm.out.String(); got != "\x1b]11;?\a\x1b[?2026$p" {
		t.Errorf("Init sent %q; want the background colour and synchronized output queries", got)
	}
}

func TestFallbackSize(t *testing.T) {
	if w, h := fallbackSize(0, 0, nil); w != 80 || h != 24 {
		t.Errorf("a terminal with no size is taken as %dx%d; want 80x24", w, h)
	}
	// The terminal's own environment counts, never the process's: an
	// SSH session's terminal is not the server's.
	t.Setenv("COLUMNS", "99")
	if w, h := fallbackSize(0, 0, []string{"COLUMNS=132", "LINES=x"}); w != 132 || h != 24 {
		t.Errorf("with COLUMNS=132 and a bad LINES, %dx%d; want 132x24", w, h)
	}
	if w, _ := fallbackSize(0, 0, nil); w != 80 {
		t.Errorf("the process's COLUMNS=99 gave a session's terminal %d columns; want 80", w)
	}
	if w, h := fallbackSize(100, 30, nil); w != 100 || h != 30 {
		t.Errorf("a reported 100x30 became %dx%d", w, h)
	}
}

// TestSynchronizedOutput: once the terminal says it has mode 2026, each
// frame comes wrapped in it, and a frame with nothing new sends nothing.
func TestSynchronizedOutput(t *testing.T) {
	tm := newTerm(t, 30, 8)
	l := &live{Model: stub{"hello"}, s: tm.s}
	l.Update(tea.WindowSizeMsg{Width: 30, Height: 8})
	if out := tm.out.String(); strings.Contains(out, "\x1b[?2026") {
		t.Errorf("a frame before the answer was synchronized: %q", out)
	}
	tm.sync()
	l.Update(tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeReset})
	if n := tm.sync(); n != 0 {
		t.Errorf("an unchanged frame sent %d bytes", n)
	}
	l.Model = stub{"hello again"}
	l.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	out := tm.out.String()
	if !strings.HasPrefix(out, "\x1b[?2026h") || !strings.HasSuffix(out, "\x1b[?2026l") || !strings.Contains(out, "again") {
		t.Errorf("a frame after the answer sent %q; want it between ?2026h and ?2026l", out)
	}
}

// TestNoSynchronizedOutput: a terminal that does not know the mode keeps
// plain frames.
func TestNoSynchronizedOutput(t *testing.T) {
	tm := newTerm(t, 30, 8)
	l := &live{Model: stub{"hello"}, s: tm.s}
	l.Update(tea.ModeReportMsg{Mode: ansi.ModeSynchronizedOutput, Value: ansi.ModeNotRecognized})
	l.Update(tea.WindowSizeMsg{Width: 30, Height: 8})
	if out := tm.out.String(); strings.Contains(out, "\x1b[?2026") || !strings.Contains(out, "hello") {
		t.Errorf("the frame was %q; want it plain", out)
	}
}

// TestProgressBarAndFocus: the view's progress bar and focus reports are
// sent when they change, and undone on close.
func TestProgressBarAndFocus(t *testing.T) {
	tm := newTerm(t, 30, 8)
	tm.sync()
	bar := tea.View{Content: "hi", ProgressBar: tea.NewProgressBar(tea.ProgressBarDefault, 40), ReportFocus: true}
	for _, step := range []struct {
		v    tea.View
		want []string
	}{
		{bar, []string{"\x1b]9;4;1;40\a", "\x1b[?1004h"}},
		{bar, nil},
		{tea.View{Content: "hi", ProgressBar: tea.NewProgressBar(tea.ProgressBarDefault, 41), ReportFocus: true}, []string{"\x1b]9;4;1;41\a"}},
		{tea.View{Content: "hi", ProgressBar: tea.NewProgressBar(tea.ProgressBarNone, 0)}, []string{"\x1b]9;4;0\a", "\x1b[?1004l"}},
		{tea.View{Content: "hi"}, nil},
		{bar, []string{"\x1b]9;4;1;40\a", "\x1b[?1004h"}},
	} {
		if err := tm.s.draw(step.v); err != nil {
			t.Fatal(err)
		}
		out := tm.out.String()
		tm.out.Reset()
		for _, seq := range step.want {
			if !strings.Contains(out, seq) {
				t.Errorf("drawing %+v sent %q; want %q in it", step.v.ProgressBar, out, seq)
			}
		}
		if step.want == nil && out != "" {
			t.Errorf("drawing the same view again sent %q", out)
		}
	}
	if err := tm.s.close(); err != nil {
		t.Fatal(err)
	}
	if out := tm.out.String(); !strings.HasPrefix(out, "\x1b]9;4;0\a\x1b[?1004l") {
		t.Errorf("close sent %q; want the progress bar cleared and focus reports off first", out)
	}
}
