// Package ui is backroll's full-screen interface: one root model that holds
// the screens, routes each message to the one it is for, follows the
// intents they return and draws the frame around them.
package ui

import (
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
	"github.com/backroll/backroll/ui/cues"
	loop "github.com/backroll/backroll/ui/screen"
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
	AskZone     bool                        // the first-run questions ask the time zone (over SSH without a TZ)
	Remote      bool                        // over SSH (backroll serve): the commands a screen names are typed through ssh
	Cues        *cues.Coach                 // cues to follow without looking; nil gives none
	Getenv      func(string) string         // the environment (COLORFGBG); nil is os.Getenv
	Routines    []content.Routine           // the person's own routines, checked and made inert
	// Settings are config.toml's, which the settings screen changes;
	// SaveSettings keeps them (nil keeps nothing). Run only in commands.
	Settings     saved.Settings
	SaveSettings func(saved.Settings) error
	Theme        string // auto (or ""), dark, light or none: the colours
	// Colours is what the terminal shows, when known before the start
	// (Bubble Tea says it again then): 16 colours get their own palettes
	// from the first frame.
	Colours colorprofile.Profile
	// Class is a seat in a roll-along class (backroll serve): the app
	// waits for its leader, runs the class's session, and ends after it.
	Class *class.Seat
}

// Model is the root model.
type Model struct {
	opts          Options
	width, height int
	styles        Styles
	help          help.Model
	screens       [screenCount]screen
	active        screenID
	session       *session         // the session running, which owns its ticks whatever has focus
	book          *book            // what each routine is for this person, for the answers and settings in effect
	first         *coach.Plan      // the command line's routine, planned once in New for start to run
	ledger        ledger           // today's figures, the history's advice and the writes under way
	waiting       *content.Routine // a start waiting for today's figures and advice: a recent sign to stop asks first
	profileErr    error            // the answers could not be saved
	answersSaved  bool             // the answers were saved at least once
	quitting      bool
	outcome       Outcome
	err           error
	helpSig       string
	helpView      string
	notice        string               // a word from the cues, such as why the voice is silent
	background    *bool                // the terminal's answer: a dark background; nil until it answers
	colours       colorprofile.Profile // what the terminal shows: 16 colours get their own palettes
	bar           *tea.ProgressBar     // the session's progress for the tab, when that cue is on
	memo          memo                 // rows kept from one frame to the next
	now           time.Time            // the clock, read once per update: all it does and draws is of one instant
	drawn         string               // the frame, laid out in Update: View only hands it over
	changed       <-chan struct{}      // closed at the class's next change; nil alone
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
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	m := &Model{opts: o, now: o.Now(), width: 80, height: 24, help: help.New(), memo: memo{}, ledger: newLedger(o.Journal), book: newBook(o.Plan, o.Profile)}
	if o.Routine != "" {
		r, ok := o.routine(o.Routine)
		if !ok {
			return nil, unknownRoutine(o.Routine)
		}
		// Planned here, once: a routine with nothing left to roll is an
		// error before the screen opens, and start runs this plan.
		p, err := m.book.build(r)
		if err != nil {
			return nil, err
		}
		m.first = &p
	}
	// Frames are drawn before the terminal says its size (Init's first
	// get-ready among them): the help line is fitted to the size assumed.
	m.help.SetWidth(m.width - 2)
	m.colours = o.Colours
	m.setTheme()
	// The first run asks the questions, the screening among them, before
	// home. backroll start is asked for a session now: its first run shows
	// the red flags once, with the screening's conditions and the way to
	// answer them (backroll setup), rather than four questions in front of
	// the session.
	switch {
	case o.Class != nil && !o.Profile.Onboarded:
		// A new key's first connection is to a class: the questions
		// first, as alone, the screening deciding what they sit out.
		m.active = onboardingScreen
	case o.Class != nil:
		m.active = classScreen
	case o.Setup || (!o.Profile.Onboarded && o.Routine == ""):
		m.active = onboardingScreen
	}
	m.built(m.active)
	m.draw()
	return m, nil
}

// routine is the routine with id: a built-in one, else one of the
// person's own.
func (o Options) routine(id string) (content.Routine, bool) {
	if r, ok := content.RoutineByID(id); ok {
		return r, true
	}
	for _, r := range o.Routines {
		if r.ID == id {
			return r, true
		}
	}
	return content.Routine{}, false
}

// Outcome reports how the program ended, for its exit status.
func (m *Model) Outcome() Outcome { return m.outcome }

// AnswersSaved reports whether the person's answers were saved in this
// run, for backroll setup to say so once the screen is gone.
func (m *Model) AnswersSaved() bool { return m.answersSaved }

// AnswersErr is why the last save of the answers failed, if it did, for
// backroll setup to say so once the screen is gone.
func (m *Model) AnswersErr() error { return m.profileErr }

// Err is an error that ended the program, if any.
func (m *Model) Err() error { return m.err }

// Init loads today's rolling and, with a routine given, starts it at once.
// The screen asks the terminal for its background as it opens; the colours
// adapt when the answer comes.
func (m *Model) Init() tea.Cmd {
	m.now = m.opts.Now()
	cmds := []tea.Cmd{m.loadToday()}
	if m.opts.Routine != "" {
		r, _ := m.opts.routine(m.opts.Routine)
		cmds = append(cmds, m.begin(r))
	}
	if m.opts.Class != nil {
		m.changed = m.opts.Class.Changed()
		cmds = append(cmds, m.classBegun())
	}
	m.draw()
	return tea.Batch(cmds...)
}

// Update routes: global messages first, then the screen a message is for.
// Whatever changed, the frame is laid out again before View is asked. The
// clock is read once, here: the engine, the cues and the frame all see the
// same instant, so what is drawn is the state the key changed.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.now = m.opts.Now()
	if m.opts.Class != nil {
		m.changed = m.opts.Class.Changed() // before the class is read
	}
	cmd := m.route(msg)
	cmd = tea.Batch(cmd, m.cue())
	m.draw()
	return m, cmd
}

// cue hands the session's state after this update to the cues, which
// answer with the bells, notifications and words for what changed.
func (m *Model) cue() tea.Cmd {
	c := m.opts.Cues
	if c == nil || m.session == nil {
		m.bar = nil
		return nil
	}
	st := m.session.s.State(m.now)
	if m.active == sessionScreen {
		m.bar = c.ProgressBar(st)
	} else {
		m.bar = nil // the session is over and left
	}
	return c.Observe(st, m.session.s.Summary()).Cmd()
}

func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width - 2)
		return nil
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		m.background = &dark
		m.setTheme()
		return nil
	case tea.ColorProfileMsg:
		m.colours = msg.Profile
		m.setTheme()
		return nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m.interrupt()
		}
		if m.quitting || m.waiting != nil {
			return nil // nothing to type into until the session's screen is up
		}
		typing := false
		if t, ok := m.screens[m.active].(typist); ok {
			typing = t.typing()
		}
		switch {
		case msg.String() == "?" && !typing:
			m.showHelp(!m.help.ShowAll)
			return nil
		case msg.String() == "esc" && m.help.ShowAll && !typing:
			// The full help is on top of the screen: esc puts it away
			// before it means back.
			m.showHelp(false)
			return nil
		}
	case loop.WakeMsg:
		// Wake-ups go to the session, whatever has focus.
		if m.session == nil {
			return m.classBegun()
		}
		m.session.tick(m.now)
		if m.active == sessionScreen && m.session.endsNow(m.now) {
			return tea.Batch(m.record(), m.follow(endSession{}))
		}
		return m.record()
	case progressMsg:
		cmd, _ := m.built(progressScreen).update(msg, m.frame())
		return cmd
	case writtenMsg:
		m.ledger.landed(msg.err)
		if m.quitting && m.ledger.writing == 0 {
			return tea.Quit
		}
		return m.loadToday()
	case settingsSavedMsg:
		m.ledger.landed(nil) // the settings screen says how it went
		cmd, _ := m.built(settingsScreen).update(msg, m.frame())
		if m.quitting && m.ledger.writing == 0 {
			return tea.Quit
		}
		return cmd
	case profileSavedMsg:
		m.ledger.landed(nil) // said on home, as profileErr
		m.profileErr = msg.err
		m.answersSaved = m.answersSaved || msg.err == nil
		if m.quitting && m.ledger.writing == 0 {
			return tea.Quit
		}
		return nil
	case todayMsg:
		m.ledger.gotToday(msg)
		return m.resume()
	case adviceMsg:
		m.ledger.gotAdvice(msg)
		return m.resume()
	case tea.FocusMsg:
		if m.opts.Cues != nil {
			m.opts.Cues.SetFocus(true)
		}
		return nil
	case tea.BlurMsg:
		if m.opts.Cues != nil {
			m.opts.Cues.SetFocus(false)
		}
		return nil
	case tea.SuspendMsg:
		// ctrl+z: time away from the terminal is not time rolling.
		if m.session == nil {
			return nil
		}
		return m.session.hold(m.now)
	case cues.NoticeMsg:
		m.notice = msg.Text
		return nil
	}
	cmd, want := m.screens[m.active].update(msg, m.screenFrame())
	if m.active == sessionScreen {
		cmd = tea.Batch(cmd, m.record())
	}
	return tea.Batch(cmd, m.follow(want))
}

// showHelp opens or closes the full help; a get-ready's clock waits while
// it is open.
func (m *Model) showHelp(open bool) {
	m.help.ShowAll = open
	if m.active == sessionScreen && m.session != nil {
		m.session.helpShown(open, m.now)
	}
}

// interrupt is ctrl+c, from the person or from a signal: a session in
// progress is saved as cut short, then the program ends.
func (m *Model) interrupt() tea.Cmd {
	if m.session != nil && !m.session.endWritten {
		if m.session.s.State(m.now).Phase != coach.PhaseDone {
			m.session.s.Quit(m.now)
			m.outcome = OutcomeQuit
		}
		return tea.Batch(m.record(), m.recordEnd(), m.quit())
	}
	if m.opts.Routine != "" && m.session == nil {
		// backroll start left before its session began (on the red
		// flags, or the question on a day a sign to stop was reported):
		// as with q there, no session ran, and the exit status says so.
		m.outcome = OutcomeQuit
	}
	return m.quit()
}

// built is screen id, built the first time it is needed: a screen that is
// never opened costs nothing (the tips' list is the largest), and the peak
// memory of a session is the measure that was over its target.
func (m *Model) built(id screenID) screen {
	if m.screens[id] == nil && screenMakers[id] != nil {
		m.screens[id] = screenMakers[id](m)
	}
	return m.screens[id]
}
