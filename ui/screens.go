package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// A screen is one page of the app. The root hands it the messages meant for
// it with the frame it may draw in; it answers with a command to run and,
// when it wants to go somewhere, an intent the root follows in the same
// update, so no key is ever typed into a screen that is going away.
type screen interface {
	// update applies msg; it is the only method that changes the screen.
	update(msg tea.Msg, f frame) (tea.Cmd, intent)
	// view draws the screen into f. It changes nothing.
	view(f frame) string
	// keys are the keys that work now, for the help line.
	keys(f frame) help.KeyMap
}

// typist is a screen that can take text: while it does, ? and esc are its
// own keys, not the root's.
type typist interface{ typing() bool }

// opener is a screen with something to do each time it is shown, such as
// loading figures.
type opener interface{ open() tea.Cmd }

// fitter is a screen whose layout depends on the room it has, such as a
// page that scrolls: the root fits it to the frame before each draw, in
// Update, so that view and keys only read.
type fitter interface{ layout(f frame) }

// screenID names a screen.
type screenID int

const (
	homeScreen screenID = iota
	hurtScreen
	chooseScreen
	progressScreen
	tipsScreen
	redFlagsScreen
	onboardingScreen
	routinesScreen
	settingsScreen
	sessionScreen
	stoppedScreen // before a session, on a day a sign to stop was reported
	classScreen   // a roll-along class before it starts
	screenCount
)

// screenMakers lists every screen, one line each, with how the root builds
// it. A session is built when one starts, and the question before one on a
// day a sign to stop was reported when a start asks; before that there is
// none.
var screenMakers = [screenCount]func(m *Model) screen{
	homeScreen:       func(*Model) screen { return newHome() },
	hurtScreen:       func(*Model) screen { return newHurt() },
	chooseScreen:     func(m *Model) screen { return newChoose(m.book) },
	progressScreen:   func(m *Model) screen { return newProgress(m.opts.Journal, m.opts.Now) },
	tipsScreen:       func(*Model) screen { return newTips() },
	redFlagsScreen:   func(*Model) screen { return newRedFlags(nil, false) },
	onboardingScreen: func(m *Model) screen { return m.newOnboarding() },
	routinesScreen:   func(m *Model) screen { return newRoutines(m.opts.Routines) },
	settingsScreen:   func(m *Model) screen { return newSettingsScreen(m.opts.Settings) },
	sessionScreen:    func(*Model) screen { return nil },
	stoppedScreen:    func(*Model) screen { return nil },
	classScreen:      func(m *Model) screen { return newClassWait(m.opts.Class, m.opts.Profile) },
}

// An intent is where a screen asks to go; nil stays put. The set is
// closed: only the types below (and settingsSaved, beside the settings
// screen) are intents, and the root's follow handles each of them.
type intent interface{ isIntent() }

type (
	goTo         struct{ to screenID }             // show another screen
	startIt      struct{ routine content.Routine } // start a session of routine
	quitApp      struct{}                          // leave backroll once saved
	endSession   struct{ quit bool }               // leave the session: quit says it was cut short
	onboarded    struct{ prof profile.Profile }    // the first-run questions are answered
	safetyRead   struct{ routine content.Routine } // the red flags were read before a first session
	startAnyway  struct{ routine content.Routine } // start, though a sign to stop was reported today
	acceptStep   struct{ step advice.Step }        // take the step up the summary offers
	rated        struct{ n int }                   // how the back feels after, typed on the summary: said back
	classStarted struct{}                          // the leader started the class: its session begins here
)

func (goTo) isIntent()          {}
func (startIt) isIntent()       {}
func (quitApp) isIntent()       {}
func (endSession) isIntent()    {}
func (onboarded) isIntent()     {}
func (safetyRead) isIntent()    {}
func (startAnyway) isIntent()   {}
func (acceptStep) isIntent()    {}
func (rated) isIntent()         {}
func (classStarted) isIntent()  {}
func (settingsSaved) isIntent() {}
