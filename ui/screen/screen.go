// Package screen runs a Bubble Tea program full-screen and draws each frame
// the moment the view changes.
//
// Bubble Tea v2's own renderer flushes on a ticker that runs for the whole
// life of the program: an idle screen still wakes the process FPS times a
// second, and a new frame waits up to a tick before it shows. backroll's
// screens change a few times a second at most, at moments the session knows
// exactly (a breath level, a second, a deadline). So the program runs
// without Bubble Tea's renderer, and every update that changes the view is
// drawn at once with the cell renderer Bubble Tea itself uses
// (ultraviolet), which sends only the cells that changed. When nothing
// moves, nothing is drawn and the process sleeps.
//
// The terminal is set up here as Bubble Tea's renderer would set it up:
// raw input, the alternate screen, a hidden cursor, bracketed paste and
// unambiguous keys; frames are wrapped in synchronized output (mode 2026)
// once the terminal says it has it. Run takes its terminal as a Terminal,
// so it can draw on one that is not the process's own.
//
// Of a tea.View, Content, WindowTitle, ProgressBar (OSC 9;4) and
// ReportFocus (tea.FocusMsg, tea.BlurMsg) are honoured. These are not:
// AltScreen (the screen is always the alternate one), Cursor (always
// hidden), BackgroundColor, ForegroundColor, MouseMode and OnMouse,
// KeyboardEnhancements (keys are always disambiguated, and no more),
// DisableBracketedPasteMode and ProgramStatus. Nor are the commands that
// hand the terminal to something else (tea.Exec, tea.Suspend; ctrl+z
// suspends on its own) or write around the view (tea.Println, tea.Raw,
// tea.ClearScreen), nor the ones that query the terminal through Bubble
// Tea (tea.RequestBackgroundColor and the like): Bubble Tea has no input
// here to hear the answers.
package screen

import (
	"bytes"
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// screen draws views on an alternate screen. It is used from the program's
// event loop only, so it needs no lock.
type screen struct {
	out   io.Writer
	queue bytes.Buffer // what the cell renderer writes; one Write per frame
	cells uv.ScreenBuffer
	scr   *uv.TerminalRenderer

	lines  []string // the frame on screen, line by line
	title  string
	bar    *tea.ProgressBar // the progress bar shown; nil for none
	focus  bool             // focus events are reported
	stale  bool             // the next frame is drawn in full
	synced bool             // the terminal has synchronized output
}

func newScreen(out io.Writer, env []string, profile colorprofile.Profile, width, height int) *screen {
	s := &screen{out: out, cells: uv.NewScreenBuffer(width, height), stale: true}
	s.scr = uv.NewTerminalRenderer(&s.queue, env)
	// Cells are measured as lipgloss lays them out, by grapheme, rather
	// than by ultraviolet's default wcwidth, whose first look-up of a rune
	// past U+0300 (a box line, a dot) fills a 2.2 MiB table: 15% of the
	// program's peak memory. The two agree on every rune backroll shows.
	s.cells.Method = ansi.GraphemeWidth
	s.scr.SetWidthMethod(ansi.GraphemeWidth)
	s.scr.SetColorProfile(profile)
	s.scr.SetFullscreen(true)
	s.scr.SetRelativeCursor(false)
	s.scr.SetTabStops(-1)
	// The screen never scrolls, and looking for scrolled lines hashes
	// every line of every frame: 19% of the CPU of a hold in a profile.
	s.scr.SetScrollOptim(false)
	s.scr.Resize(width, height)
	return s
}

// open switches to the alternate screen, hides the cursor, turns on
// bracketed paste and asks for keys that cannot be mistaken for one another
// (Esc then a letter is not Alt and the letter), as Bubble Tea does. The
// window title is saved, to be put back on close.
func (s *screen) open() error {
	_, err := io.WriteString(s.out, ansi.XTWINOPS(22, 2)+
		ansi.SetModeAltScreenSaveCursor+
		ansi.ResetModeTextCursorEnable+
		ansi.SetModeBracketedPaste+
		ansi.SetModifyOtherKeys2+
		ansi.PushKittyKeyboard(ansi.KittyDisambiguateEscapeCodes))
	s.scr.Erase()
	return err
}

// ask asks for the terminal's background colour and whether it has
// synchronized output; the answers reach the program as a
// tea.BackgroundColorMsg and a tea.ModeReportMsg, if they come at all. They
// are asked once the program reads input: a Windows console drops what was
// typed before that.
func (s *screen) ask() error {
	_, err := io.WriteString(s.out, ansi.RequestBackgroundColor+ansi.RequestModeSynchronizedOutput)
	return err
}

// close undoes open and what the views turned on, and leaves the terminal as
// it was.
func (s *screen) close() error {
	var undo string
	if s.bar != nil {
		undo += ansi.ResetProgressBar
	}
	if s.focus {
		undo += ansi.ResetModeFocusEvent
	}
	_, err := io.WriteString(s.out, undo+ansi.PopKittyKeyboard(1)+
		ansi.ResetModifyOtherKeys+
		ansi.ResetModeBracketedPaste+
		ansi.SetModeTextCursorEnable+
		ansi.ResetModeAltScreenSaveCursor+
		ansi.XTWINOPS(23, 2))
	return err
}

// resize makes the next frame a full redraw at the new size: terminals
// reflow or scroll what was on screen in their own ways.
func (s *screen) resize(width, height int) {
	s.cells.Resize(width, height)
	s.scr.Resize(width, height)
	s.scr.Erase()
	s.stale = true
}

// draw sends what changed since the last frame, if anything did.
func (s *screen) draw(v tea.View) error {
	if s.synced {
		s.queue.WriteString(ansi.SetModeSynchronizedOutput)
	}
	start := s.queue.Len()
	if v.WindowTitle != s.title {
		s.title = v.WindowTitle
		_, _ = s.scr.WriteString(ansi.SetWindowTitle(s.title))
	}
	if !sameBar(v.ProgressBar, s.bar) {
		s.bar = nil
		seq := ansi.ResetProgressBar
		if b := v.ProgressBar; b != nil && b.State != tea.ProgressBarNone {
			s.bar = &tea.ProgressBar{State: b.State, Value: b.Value}
			seq = progressBar(*b)
		}
		_, _ = s.scr.WriteString(seq)
	}
	if v.ReportFocus != s.focus {
		s.focus = v.ReportFocus
		seq := ansi.ResetModeFocusEvent
		if s.focus {
			seq = ansi.SetModeFocusEvent
		}
		_, _ = s.scr.WriteString(seq)
	}
	// Only the lines that changed are parsed and compared cell by cell: a
	// breath step changes two or three of them. A line stands alone, as
	// lipgloss closes its styles at the end of every line.
	lines := strings.Split(v.Content, "\n")
	width := s.cells.Width()
	for y := range s.cells.Height() {
		var line string
		if y < len(lines) {
			line = lines[y]
		}
		if !s.stale && y < len(s.lines) && line == s.lines[y] {
			continue
		}
		uv.NewStyledString(line).Draw(s.cells, uv.Rect(0, y, width, 1))
	}
	s.lines, s.stale = lines, false
	s.scr.Render(s.cells.RenderBuffer)
	if err := s.scr.Flush(); err != nil {
		return err
	}
	if s.queue.Len() == start {
		s.queue.Reset()
		return nil
	}
	if s.synced {
		s.queue.WriteString(ansi.ResetModeSynchronizedOutput)
	}
	_, err := s.out.Write(s.queue.Bytes())
	s.queue.Reset()
	return err
}

// sameBar says whether a view's progress bar is the one shown; a bar in
// state None is no bar.
func sameBar(b, shown *tea.ProgressBar) bool {
	if b != nil && b.State == tea.ProgressBarNone {
		b = nil
	}
	if b == nil || shown == nil {
		return b == shown
	}
	return *b == *shown
}

// progressBar is the sequence that shows b (OSC 9;4).
func progressBar(b tea.ProgressBar) string {
	switch b.State {
	case tea.ProgressBarError:
		return ansi.SetErrorProgressBar(b.Value)
	case tea.ProgressBarIndeterminate:
		return ansi.SetIndeterminateProgressBar
	case tea.ProgressBarWarning:
		return ansi.SetWarningProgressBar(b.Value)
	}
	return ansi.SetProgressBar(b.Value)
}
