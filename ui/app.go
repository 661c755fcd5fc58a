// Package ui is backroll's full-screen interface: one root model that routes
// messages to plain screen types and draws the frame around them.
package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// Smallest window the layout is drawn for.
const minWidth, minHeight = 40, 12

// Options configure the app.
type Options struct {
	Routine     string        // start straight into this routine; "" opens home
	Plan        coach.Options // hold and breath overrides
	NoAnimation bool          // reduced motion: a still cue instead of moving shapes
	Now         func() time.Time
	Journal     Journal // where holds and sessions are kept; nil keeps nothing
	Profile     profile.Profile
	SaveProfile func(profile.Profile) error // keeps the answers; nil keeps nothing. Run only in commands.
	Setup       bool                        // ask the first-run questions again, then quit (backroll setup)
}

type screenID int

const (
	homeScreen screenID = iota
	hurtScreen
	chooseScreen
	sessionScreen
	progressScreen
	tipsScreen
	redFlagsScreen
	onboardingScreen
)

// Model is the root model.
type Model struct {
	opts          Options
	width, height int
	styles        Styles
	help          help.Model
	screen        screenID
	home          home
	hurt          hurt
	choose        choose
	progress      progress
	session       *session
	tips          tips
	redFlags      redFlags
	onboarding    onboarding
	today         Today
	sessionID     string
	saveErr       error          // the last write that failed: this session is not being saved
	profileErr    error          // the answers could not be saved
	writing       int            // journal writes under way
	unsaved       []func() error // those writes, for Abandon to finish
	quitting      bool
	moving        int               // menu commands under way
	held          []tea.KeyPressMsg // keys typed while they were
	outcome       Outcome
	err           error
	after         func(time.Duration, func(time.Time) tea.Msg) tea.Cmd // tests replace tea.Tick
	helpSig       string
	helpRows      int // the height of the help drawn last: the screens' room is what it leaves
	helpView      string
}

// Outcome is how the program ended, for the exit status.
type Outcome int

const (
	OutcomeNone     Outcome = iota // no session ran, or one quit early was left for home
	OutcomeFinished                // the last session reached its summary
	OutcomeQuit                    // the program ended with a session quit early
)

// New builds the root model; an unknown routine or bad option is an error.
func New(o Options) (*Model, error) {
	if o.Now == nil {
		o.Now = time.Now
	}
	m := &Model{opts: o, width: 80, height: 24, help: help.New()}
	m.setStyles(true)
	m.home = newHome()
	m.hurt = newHurt()
	m.choose = newChoose(planOptions(o))
	m.progress = newProgress()
	m.tips = newTips()
	m.redFlags = newRedFlags(nil, false)
	if o.Setup || o.Routine == "" && !o.Profile.Onboarded {
		m.onboarding = newOnboarding(o.Profile, o.Setup)
		m.screen = onboardingScreen
	}
	if o.Routine != "" {
		r, ok := content.RoutineByID(o.Routine)
		if !ok {
			return nil, unknownRoutine(o.Routine)
		}
		if _, err := coach.NewPlan(r, planOptions(o)); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Outcome reports how the program ended, for its exit status.
func (m *Model) Outcome() Outcome { return m.outcome }

// Err is an error that ended the program, if any.
func (m *Model) Err() error { return m.err }

func (m *Model) setStyles(isDark bool) {
	m.styles = newStyles(isDark)
	m.help.Styles = m.styles.Help
	m.help.ShortSeparator = " · "
}

// Init loads today's rolling and, with a routine given, starts it at once.
// The screen asks the terminal for its background as it opens; the colours
// adapt when the answer comes.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.loadToday()}
	if m.opts.Routine != "" {
		r, _ := content.RoutineByID(m.opts.Routine)
		cmds = append(cmds, m.begin(r))
	}
	return tea.Batch(cmds...)
}

// navigation messages, sent by screens
type (
	startMsg struct{ routine content.Routine }
	navMsg   struct{ to screenID }
	quitMsg  struct{}
)

// quitApp asks the root to quit once the journal is written.
func quitApp() tea.Msg { return quitMsg{} }

func startRoutine(r content.Routine) tea.Cmd { return func() tea.Msg { return startMsg{r} } }
func navigate(to screenID) tea.Cmd           { return func() tea.Msg { return navMsg{to} } }

func (m *Model) start(r content.Routine) tea.Cmd {
	p, err := coach.NewPlan(r, planOptions(m.opts))
	if err != nil {
		m.err = err
		return tea.Quit
	}
	m.session = newSession(p, m.opts.Now(), !m.opts.NoAnimation, m.opts.Routine != "")
	if m.opts.Journal != nil {
		m.sessionID = m.opts.Journal.Start(p.Routine, m.opts.Now())
	}
	if m.after != nil {
		m.session.after = m.after
	}
	m.session.prof = m.opts.Profile
	m.session.notes = holdNotes(p, m.opts.Profile)
	m.screen = sessionScreen
	return m.session.schedule(m.opts.Now())
}

// Update routes: global messages first, then the active screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width - 2)
		return m, nil
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
		return m, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			if m.session != nil && !m.session.endWritten {
				if m.session.s.State(m.opts.Now()).Phase != coach.PhaseDone {
					m.session.s.Quit(m.opts.Now())
					m.outcome = OutcomeQuit
				}
				return m, tea.Batch(m.record(), m.recordEnd(), m.quit())
			}
			return m, m.quit()
		}
		if m.quitting {
			return m, nil
		}
		if m.moving > 0 {
			// A screen's answer to an earlier key is still on its way:
			// this key belongs to whatever screen that answer opens.
			m.held = append(m.held, msg)
			return m, nil
		}
		if key.Matches(msg, key.NewBinding(key.WithKeys("?"))) && !m.typing() {
			m.help.ShowAll = !m.help.ShowAll
			return m, nil
		}
		if m.help.ShowAll && msg.String() == "esc" && !m.typing() {
			// The full help is on top of the screen: esc puts it away
			// before it means back.
			m.help.ShowAll = false
			return m, nil
		}
	case settledMsg:
		return m, m.settle(msg)
	case startMsg:
		return m, m.begin(msg.routine)
	case onboardedMsg, safetyReadMsg, profileSavedMsg:
		return m, m.updateProfile(msg)
	case navMsg:
		m.screen = msg.to
		m.help.ShowAll = false
		if msg.to == progressScreen {
			return m, m.loadProgress()
		}
		return m, nil
	case progressMsg:
		m.progress, _ = m.progress.Update(msg, m.frame())
		return m, nil
	case frameMsg:
		// Ticks go to the session that scheduled them, whatever has focus.
		if m.session == nil {
			return m, nil
		}
		cmd := m.session.frame(msg, m.opts.Now())
		return m, tea.Batch(cmd, m.record())
	case sessionEndMsg:
		return m, m.endSession(msg)
	case writtenMsg:
		m.writing--
		if msg.err != nil {
			m.saveErr = msg.err
		}
		if m.quitting && m.writing == 0 {
			return m, tea.Quit
		}
		return m, m.loadToday()
	case todayMsg:
		if msg.err == nil {
			m.today = msg.today
		}
		return m, nil
	case quitMsg:
		return m, m.quit()
	}

	var cmd tea.Cmd
	switch m.screen {
	case homeScreen:
		m.home, cmd = m.home.Update(msg)
	case hurtScreen:
		m.hurt, cmd = m.hurt.Update(msg)
	case chooseScreen:
		m.choose, cmd = m.choose.Update(msg)
	case progressScreen:
		m.progress, cmd = m.progress.Update(msg, m.frame())
	case tipsScreen:
		m.tips, cmd = m.tips.Update(msg, m.frame())
	case redFlagsScreen:
		m.redFlags, cmd = m.redFlags.Update(msg, m.frame())
	case onboardingScreen:
		m.onboarding, cmd = m.onboarding.Update(msg, m.frame())
	case sessionScreen:
		cmd = m.session.Update(msg, m.opts.Now())
		cmd = tea.Batch(cmd, m.record())
	}
	if _, isKey := msg.(tea.KeyPressMsg); isKey && cmd != nil && m.screen != sessionScreen && m.screen != tipsScreen {
		// Menu screens answer keys with quick commands (go there, start
		// that); keys typed meanwhile wait for the answer. The session
		// and the tips list also answer with timers, which must not hold
		// keys up.
		m.moving++
		inner := cmd
		cmd = func() tea.Msg { return settledMsg{inner()} }
	}
	return m, cmd
}

// settledMsg carries the answer of a menu screen's command.
type settledMsg struct{ msg tea.Msg }

// settle applies a menu screen's answer, then the keys held meanwhile.
func (m *Model) settle(msg settledMsg) tea.Cmd {
	m.moving--
	var cmds []tea.Cmd
	switch inner := msg.msg.(type) {
	case nil:
	case tea.BatchMsg:
		cmds = append(cmds, tea.Batch(inner...))
	default:
		_, cmd := m.Update(inner)
		cmds = append(cmds, cmd)
	}
	for m.moving == 0 && len(m.held) > 0 {
		k := m.held[0]
		m.held = m.held[1:]
		_, cmd := m.Update(k)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// sessionEndMsg is sent when the person leaves a session's last screen or
// confirms quitting.
type sessionEndMsg struct{ quit bool }

func (m *Model) endSession(msg sessionEndMsg) tea.Cmd {
	if msg.quit || !m.session.s.Summary().Finished {
		m.outcome = OutcomeQuit
	}
	cmd := tea.Batch(m.record(), m.recordEnd())
	if m.opts.Routine != "" {
		return tea.Batch(cmd, m.quit())
	}
	// Back home, a session quit early is behind us: leaving from home is
	// an ordinary exit, whatever came before.
	if m.outcome == OutcomeQuit {
		m.outcome = OutcomeNone
	}
	m.screen = homeScreen
	m.help.ShowAll = false
	return cmd
}

// recordEnd writes the session's own record, once, when the person leaves
// it: after the summary, so the record holds how the back felt afterwards.
func (m *Model) recordEnd() tea.Cmd {
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return nil
	}
	m.session.endWritten = true
	j, id := m.opts.Journal, m.sessionID
	end, ok := m.sessionEnd()
	if !ok {
		return nil
	}
	return m.write(func() error { return j.End(id, end) })
}

// sessionEnd is the session's own record, and whether it is worth one: a
// session with nothing rolled, rated or flagged is no session, and counting
// it would inflate the totals.
func (m *Model) sessionEnd() (SessionEnd, bool) {
	end := SessionEnd{Summary: m.session.s.Summary(), FeelBefore: m.session.feelBefore, FeelAfter: m.session.feelAfter}
	return end, end.Summary.Rolled.Round(time.Second) != 0 || end.Summary.RedFlag || end.FeelBefore != nil || end.FeelAfter != nil
}

// Abandon saves what a session had rolled when the program ended under it
// without a word, its terminal gone say, before the model could save it
// the usual way. Call it once the program has stopped; with everything
// saved already it does nothing.
func (m *Model) Abandon() error {
	var errs []error
	// Writes handed out but not yet done, or under way in a command the
	// program did not wait for.
	for _, run := range m.unsaved {
		errs = append(errs, run())
	}
	m.unsaved = nil
	if m.opts.Journal == nil || m.session == nil || m.session.endWritten {
		return errors.Join(errs...)
	}
	now := m.opts.Now()
	if m.session.s.State(now).Phase != coach.PhaseDone {
		m.session.s.Quit(now)
		m.outcome = OutcomeQuit
	}
	for _, e := range m.session.s.TakeEvents() {
		errs = append(errs, m.opts.Journal.Hold(m.sessionID, e))
	}
	m.session.endWritten = true
	if end, ok := m.sessionEnd(); ok {
		errs = append(errs, m.opts.Journal.End(m.sessionID, end))
	}
	return errors.Join(errs...)
}

// record hands the holds that ended to the journal, off the render path,
// and notes a session that reached its end.
func (m *Model) record() tea.Cmd {
	if m.session == nil {
		return nil
	}
	events := m.session.s.TakeEvents()
	var cmds []tea.Cmd
	if m.opts.Journal == nil {
		for _, e := range events {
			m.today.Rolled += e.Rolled // kept for this run only
		}
	} else {
		j, id := m.opts.Journal, m.sessionID
		for _, e := range events {
			cmds = append(cmds, m.write(func() error { return j.Hold(id, e) }))
		}
	}
	if m.outcome != OutcomeQuit && m.session.s.Summary().Finished {
		m.outcome = OutcomeFinished
	}
	return tea.Batch(cmds...)
}

// View draws the active screen with its help line at the bottom.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "backroll"
	return v
}

func (m *Model) render() string {
	w, h := m.width, m.height
	if w < minWidth || h < minHeight {
		msg := m.styles.Muted.Render("Make the window larger\nfor backroll: at least 40×12.")
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg)
	}
	// The help's height decides the screen's room, and on a page that
	// scrolls the room decides the keys: lay out with the help height of
	// the last frame, and once more if the help came out another height.
	helpLine := m.helpLine(m.keys())
	if rows := lipgloss.Height(helpLine); rows != m.helpRows {
		m.helpRows = rows
		helpLine = m.helpLine(m.keys())
		m.helpRows = lipgloss.Height(helpLine)
	}
	help := clip(strings.Split(helpLine, "\n"), w, m.helpRows) // left, as the keys are read
	return strings.Join(place(strings.Split(m.body(), "\n"), w, h-m.helpRows), "\n") + "\n" + strings.Join(help, "\n")
}

// body is the active screen, drawn for the frame.
func (m *Model) body() string {
	f := m.frame()
	switch m.screen {
	case homeScreen:
		return m.home.View(f, m.today, m.saveErr)
	case hurtScreen:
		return m.hurt.View(f)
	case chooseScreen:
		return m.choose.View(f)
	case progressScreen:
		return m.progress.View(f)
	case tipsScreen:
		return m.tips.View(f)
	case redFlagsScreen:
		return m.redFlags.View(f)
	case onboardingScreen:
		return m.onboarding.View(f)
	case sessionScreen:
		return m.session.View(f, m.opts.Now())
	}
	return ""
}

// keys are the keys that work on the active screen now.
func (m *Model) keys() help.KeyMap {
	f := m.frame()
	switch m.screen {
	case homeScreen:
		return m.home.helpKeys()
	case hurtScreen:
		return m.hurt.keys
	case chooseScreen:
		return m.choose.keys
	case progressScreen:
		return m.progress.helpKeys(f)
	case tipsScreen:
		return m.tips.helpKeys(f)
	case redFlagsScreen:
		return m.redFlags.helpKeys(f)
	case onboardingScreen:
		return m.onboarding.helpKeys(f)
	case sessionScreen:
		return m.session.helpKeys(f, m.opts.Now())
	}
	return bindings{}
}

// helpLine draws the help for keys, reusing the last one while the keys,
// their state and the width stay the same: it is drawn on every frame.
func (m *Model) helpLine(keys help.KeyMap) string {
	if m.help.ShowAll {
		keys = openHelp{keys}
	}
	var sig strings.Builder
	fmt.Fprintf(&sig, "%d %v %v|", m.width, m.help.ShowAll, m.styles.isDark)
	for _, b := range keys.ShortHelp() {
		fmt.Fprintf(&sig, "%s %s %v|", b.Help().Key, b.Help().Desc, b.Enabled())
	}
	if m.help.ShowAll {
		for _, col := range keys.FullHelp() {
			for _, b := range col {
				fmt.Fprintf(&sig, "%s %v|", b.Help().Desc, b.Enabled())
			}
		}
	}
	if sig.String() != m.helpSig {
		m.helpSig = sig.String()
		if !m.help.ShowAll {
			keys = fitHelp(m.help, keys)
		}
		if m.help.ShowAll {
			// Full help too wide for the window stacks its last columns
			// under each other rather than cut them off, "? less" with them.
			whole := m.help
			whole.SetWidth(0)
			cols := keys.FullHelp()
			for len(cols) > 1 && lipgloss.Width(whole.View(stacked{keys, cols})) > m.help.Width() {
				cols = append(cols[:len(cols)-2:len(cols)-2], append(slices.Clone(cols[len(cols)-2]), cols[len(cols)-1]...))
			}
			keys = stacked{keys, cols}
		}
		m.helpView = strings.Join(indent(strings.Split(m.help.View(keys), "\n"), 1), "\n")
	}
	return m.helpView
}

// fitHelp keeps "? more" and "q quit" on a help line too narrow for every
// key, dropping keys from the end of the rest instead: what is dropped is
// still a ? away, but the way out must never be.
func fitHelp(h help.Model, keys help.KeyMap) help.KeyMap {
	room := h.Width()
	h.SetWidth(0) // measure lines whole; help cuts them at its width
	short := keys.ShortHelp()
	if room <= 0 || ansi.StringWidth(h.ShortHelpView(short)) <= room {
		return keys
	}
	var kept, always []key.Binding
	for _, b := range short {
		if k := b.Help().Key; k == "?" || k == "q" {
			always = append(always, b)
		}
	}
	for _, b := range short {
		if k := b.Help().Key; k == "?" || k == "q" {
			continue
		}
		if ansi.StringWidth(h.ShortHelpView(append(slices.Clone(kept), append([]key.Binding{b}, always...)...))) > room {
			break
		}
		kept = append(kept, b)
	}
	return fitted{keys, append(kept, always...)}
}

// fitted is a screen's keys with a shorter help line.
type fitted struct {
	help.KeyMap
	short []key.Binding
}

func (f fitted) ShortHelp() []key.Binding { return f.short }

// stacked is a key map whose full help has fewer, longer columns.
type stacked struct {
	help.KeyMap
	cols [][]key.Binding
}

func (s stacked) FullHelp() [][]key.Binding { return s.cols }

// openHelp is a screen's keys while its full help shows, where ? hides it.
type openHelp struct{ help.KeyMap }

func (o openHelp) FullHelp() [][]key.Binding {
	cols := o.KeyMap.FullHelp()
	out := make([][]key.Binding, len(cols))
	for i, col := range cols {
		out[i] = slices.Clone(col)
		for j, b := range out[i] {
			if b.Help().Key == "?" {
				out[i][j].SetHelp("?", "less")
			}
		}
	}
	return out
}

// place fits a screen into the window: the two header lines stay on top,
// the rest is centred in the room a large window gives, and cut to fit a
// small one.
func place(lines []string, width, height int) []string {
	if len(lines) > 2 {
		head, body := lines[:2], lines[2:]
		left := strings.Repeat(" ", max((width-90)/2, 0))
		top := max((height-len(lines))/3, 0)
		out := append([]string{}, head...)
		for range top {
			out = append(out, "")
		}
		for _, l := range body {
			if l != "" {
				l = left + l
			}
			out = append(out, l)
		}
		lines = out
	}
	return clip(lines, width, height)
}

// clip makes lines exactly height rows that each fit in width.
func clip(lines []string, width, height int) []string {
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		if !surelyFits(l, width) {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return lines
}

// narrow holds the symbols backroll draws with: punctuation, arrows, box
// drawing, blocks, simple shapes and check marks, all one cell wide.
func narrow(r rune) bool {
	return r >= 0x2010 && r <= 0x21ff || r >= 0x2500 && r <= 0x25fc || r == 0x2713 || r == 0x2715
}

// surelyFits is a quick bound on a styled line's width: printable runes
// outside escape sequences, counting any rune past U+1100 as two cells.
// Measuring graphemes exactly was a third of a hold frame's cost.
func surelyFits(s string, width int) bool {
	cells := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			for i += 2; i < len(s) && (s[i] < 0x40 || s[i] > 0x7e); i++ {
			}
			continue
		case c == 0x1b:
			return false // another kind of sequence: measure it properly
		case c < 0x80:
			cells++
		case c >= 0xc0:
			r, _ := utf8.DecodeRuneInString(s[i:])
			cells++
			if r >= 0x1100 && !narrow(r) {
				cells++
			}
		}
		if cells > width {
			return false
		}
	}
	return true
}

// frame is what a screen needs to lay itself out.
type frame struct {
	width, height int // room for the screen, help line excluded
	st            Styles
	today         Today
	saveErr       error
	plan          coach.Options // what routines are made with, for their lengths
	profileErr    error
}

func (m *Model) frame() frame {
	return frame{width: m.width, height: m.height - max(m.helpRows, 1), st: m.styles, today: m.today, saveErr: m.saveErr, plan: planOptions(m.opts), profileErr: m.profileErr}
}

// header is the first two lines of every screen: where you are, and a rule.
func (f frame) header(where, right string) string {
	left := " " + f.st.Title.Render("backroll") + f.st.Header.Render(" · "+where)
	if right != "" {
		right = f.st.Header.Render(right + " ")
		gap := f.width - lipgloss.Width(left) - lipgloss.Width(right)
		if gap >= 2 { // one space would run the two together
			left += strings.Repeat(" ", gap) + right
		}
	}
	return left + "\n" + f.st.rule.paint(strings.Repeat("─", f.width))
}
