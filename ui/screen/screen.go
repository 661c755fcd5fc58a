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
// moves, nothing is drawn; Bubble Tea's loop still wakes once a second.
//
// The terminal is set up here as Bubble Tea's renderer would set it up:
// raw input, the alternate screen, a hidden cursor, bracketed paste and
// unambiguous keys. Commands that hand the terminal to something else
// (tea.Exec, tea.Suspend) are not supported: backroll has no use for them.
package screen

import (
	"bytes"
	"io"
	"runtime"
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

	lines []string // the frame on screen, line by line
	title string
	stale bool // the next frame is drawn in full
}

func newScreen(out io.Writer, env []string, profile colorprofile.Profile, width, height int) *screen {
	s := &screen{out: out, cells: uv.NewScreenBuffer(width, height), stale: true}
	s.scr = uv.NewTerminalRenderer(&s.queue, env)
	s.scr.SetColorProfile(profile)
	s.scr.SetFullscreen(true)
	s.scr.SetRelativeCursor(false)
	s.scr.SetTabStops(-1)
	// Some Windows terminals scroll regions wrongly; Bubble Tea turns the
	// optimisation off there too.
	s.scr.SetScrollOptim(runtime.GOOS != "windows")
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

// ask asks for the terminal's background colour; the answer reaches the
// program as a tea.BackgroundColorMsg. It is asked once the program reads
// input: a Windows console drops what was typed before that.
func (s *screen) ask() error {
	_, err := io.WriteString(s.out, ansi.RequestBackgroundColor)
	return err
}

// close undoes open and leaves the terminal as it was.
func (s *screen) close() error {
	_, err := io.WriteString(s.out, ansi.PopKittyKeyboard(1)+
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
	if v.WindowTitle != s.title {
		s.title = v.WindowTitle
		_, _ = s.scr.WriteString(ansi.SetWindowTitle(s.title))
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
	if s.queue.Len() == 0 {
		return nil
	}
	_, err := s.out.Write(s.queue.Bytes())
	s.queue.Reset()
	return err
}
