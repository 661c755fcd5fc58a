// The root model (app.go) lays its frame out here, in Update, for View
// to hand over; and says when it next wants waking.

package ui

import (
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/rules"
)

// View hands over the frame Update laid out.
func (m *Model) View() tea.View {
	v := tea.NewView(m.drawn)
	v.AltScreen = true
	v.WindowTitle = "backroll"
	v.ProgressBar = m.bar
	v.ReportFocus = m.opts.Cues != nil && m.opts.Cues.WantsFocus()
	return v
}

// draw lays out the frame for the state the last update left: the active
// screen over one row of help, and the full help over the screen's foot
// when it is open.
func (m *Model) draw() {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		msg := m.styles.Muted.Render("Make the window larger\nfor backroll: at least 40×12.")
		m.drawn = lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg)
		return
	}
	if m.waiting != nil {
		// A start waits a moment for today's figures: no flash of home.
		m.drawn = strings.TrimSuffix(strings.Repeat(strings.Repeat(" ", w)+"\n", h), "\n")
		return
	}
	f := m.screenFrame()
	active := m.screens[m.active]
	if a, ok := active.(fitter); ok {
		a.layout(f)
	}
	// The rows that fit the last frame at this width need no measuring.
	var seen []string
	if last, ok := m.memo["placed"]; ok && last.width == w {
		seen = last.rows
	}
	rows := place(strings.Split(active.view(f), "\n"), w, f.height, seen)
	m.memo["placed"] = memoRows{width: w, rows: slices.Clone(rows)}
	if m.opts.Class != nil {
		rows = append(clip([]string{m.classLine(f)}, w, 1, nil), rows...)
	}
	helpRows := strings.Split(m.helpLine(active.keys(f)), "\n")
	if m.help.ShowAll && len(helpRows) > 1 {
		// The full help opens over the screen's foot, under a rule.
		cover := min(len(helpRows), h-3)
		rows = append(rows[:h-1-cover], f.st.rule.paint(strings.Repeat("─", w)))
		helpRows = helpRows[:cover]
	}
	m.drawn = strings.Join(append(rows, clip(helpRows, w, len(helpRows), nil)...), "\n")
}

// frame is what a screen needs to lay itself out.
type frame struct {
	width, height int // room for the screen, help line excluded
	now           time.Time
	st            *Styles
	today         Today
	advice        advice.Advice
	stop          *rules.Stop // a recent sign to stop: home says what every start asks
	saveErr       error
	book          *book // what each routine is for this person: its plan, length and what is left out
	profileErr    error
	notice        string // a word from the cues, shown once in a session
	memo          memo
	remote        bool // over SSH: the commands a screen names are typed through ssh (said)
}

// screenFrame is the frame the active screen is drawn in: the window
// less the rows of its help, so that keys scroll the page as it is drawn.
func (m *Model) screenFrame() frame {
	f := m.frame()
	if !m.help.ShowAll {
		f.height -= helpHeight(m.screens[m.active].keys(f)) - 1
	}
	return f
}

func (m *Model) frame() frame {
	return frame{width: m.width, height: m.height - 1 - m.classRows(), now: m.now, st: &m.styles, today: m.ledger.today, advice: m.ledger.advice, stop: m.ledger.stop(m.now),
		saveErr: m.ledger.saveErr, book: m.book, profileErr: m.profileErr, notice: m.notice, memo: m.memo, remote: m.opts.Remote}
}

func (m *Model) setStyles(s Styles) {
	m.styles = s
	m.help.Styles = m.styles.Help
	m.help.ShortSeparator = " · "
}

// setTheme builds the styles the theme asks for. Auto follows the
// terminal's answer; until it answers, COLORFGBG; else colours that read
// on either background. A terminal of 16 colours gets colours by number.
func (m *Model) setTheme() {
	sixteen := m.colours == colorprofile.ANSI
	switch m.opts.Theme {
	case "dark":
		m.setStyles(newStyles(true, sixteen))
	case "light":
		m.setStyles(newStyles(false, sixteen))
	case "none":
		m.setStyles(newPlainStyles())
	default:
		if m.background != nil {
			m.setStyles(newStyles(*m.background, sixteen))
		} else if dark, known := backgroundFromEnv(m.opts.Getenv); known {
			m.setStyles(newStyles(dark, sixteen))
		} else {
			m.setStyles(newEitherStyles(sixteen))
		}
	}
}

// NextWake is when the session next changes on screen, for ui/screen's
// one timer (screen.Waker); nothing moves without a session, or while it
// is paused or done.
func (m *Model) NextWake() (time.Time, bool) {
	if m.session == nil {
		return m.classWake(time.Time{}, false)
	}
	// The state drawn last, at the time it was drawn: no second reading
	// of the clock to say when the next change is.
	d, ok := m.session.wake(m.now)
	return m.classWake(m.now.Add(d), ok)
}
