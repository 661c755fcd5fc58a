package cues

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
)

// Notification is the desktop-notification sequence a terminal takes.
type Notification int

const (
	OSC777 Notification = iota // notify;title;body: urxvt, foot, WezTerm, Ghostty, VTE's Ptyxis
	OSC9                       // iTerm2's: the body alone
	OSC99                      // kitty's own
)

// Terminal is what the cues need to know about the terminal.
type Terminal struct {
	Tmux   bool // inside tmux: notifications are passed through to the terminal outside
	Notify Notification
}

// DetectTerminal reads the terminal from its environment. Only one kind of
// notification is sent: terminals that take several (WezTerm and Ghostty
// take both OSC 777 and OSC 9) would show each. Kitty is known by its own
// variables, which tmux passes on from the terminal it started in; asking
// kitty with an OSC 99 query would need its answer before the first cue,
// and other terminals may print an unknown query.
func DetectTerminal(getenv func(string) string) Terminal {
	t := Terminal{Tmux: getenv("TMUX") != ""}
	switch {
	case getenv("TERM") == "xterm-kitty" || getenv("KITTY_WINDOW_ID") != "":
		t.Notify = OSC99
	case getenv("TERM_PROGRAM") == "iTerm.app" || getenv("LC_TERMINAL") == "iTerm2":
		t.Notify = OSC9
	}
	return t
}

// bellGap separates the rings of a pattern: xterm drops a bell that
// follows another within 200 ms (bellSuppressTime), and other terminals
// run close rings into one sound.
const bellGap = 300 * time.Millisecond

// Coach turns a session's states into cues. The UI gives it every state it
// draws, in order, and sends on what it returns. It is used from the
// program's event loop only.
type Coach struct {
	set     Set
	term    Terminal
	speaker *Speaker // nil unless the voice is on
	focused bool
	prev    coach.State
	seen    bool
}

// New makes a coach for the chosen cues. speaker may be nil when the voice
// is off.
func New(set Set, term Terminal, speaker *Speaker) *Coach {
	return &Coach{set: set, term: term, speaker: speaker, focused: true}
}

// SetFocus records whether the terminal has focus (tea.FocusMsg,
// tea.BlurMsg): notifications show only while it has not, as the screen
// itself says it all otherwise. Until told, the terminal that just started
// the coach is taken as focused.
func (c *Coach) SetFocus(focused bool) { c.focused = focused }

// WantsFocus reports whether the coach needs focus reports: only the
// notifications, which wait for the terminal to be out of sight, do.
func (c *Coach) WantsFocus() bool { return c.set.Notify }

// Write is bytes for the terminal, due After the state that caused them.
type Write struct {
	After time.Duration
	Bytes string
}

// Output is what one state change cues.
type Output struct {
	Events []Event  // the changes cued, after the choices
	Writes []Write  // notifications, then bells, each at its time
	Speech []string // what the voice says, in order
	say    *Speaker
}

// Observe moves the coach on to st, the session's state now; rolled is
// the time rolled so far (coach.Summary's Rolled), which the end's cue
// tells. The first state only sets where the coach starts.
func (c *Coach) Observe(st coach.State, rolled time.Duration) Output {
	prev, seen := c.prev, c.seen
	c.prev, c.seen = st, true
	out := Output{say: c.speaker}
	if !seen {
		return out
	}
	// One change can cue twice (cat-cow starts on a breath in): the bell
	// rings the weightiest pattern once, as two patterns in a row would
	// sound like another.
	bells := 0
	for _, ev := range Between(prev, st) {
		if (ev.Kind == Breath && !c.set.Breath) || (ev.Kind == Countdown && !c.set.Countdown) || (ev.Kind == TenLeft && !c.set.Voice) {
			continue
		}
		if ev.Kind == TenLeft {
			// A word for the ears: no bell or notification for it.
			out.Events = append(out.Events, ev)
			out.Speech = append(out.Speech, say(ev, rolled, spelled))
			continue
		}
		out.Events = append(out.Events, ev)
		bells = max(bells, rings(ev.Kind))
		if c.set.Notify && !c.focused && ev.Kind != Breath && ev.Kind != Countdown {
			out.Writes = append(out.Writes, Write{Bytes: c.notification(say(ev, rolled, digits))})
		}
		if c.set.Voice {
			out.Speech = append(out.Speech, say(ev, rolled, spelled))
		}
	}
	if c.set.Bell {
		for i := range bells {
			out.Writes = append(out.Writes, Write{After: time.Duration(i) * bellGap, Bytes: "\a"})
		}
	}
	return out
}

// rings is the bell's pattern: two rings to switch sides and three at the
// end tell those apart from one for everything else.
func rings(k Kind) int {
	switch k {
	case SwitchSides:
		return 2
	case Done:
		return 3
	}
	return 1
}

// notification is msg as the terminal's notification sequence, passed
// through tmux when inside it.
func (c *Coach) notification(msg string) string {
	// Made inert, a text can neither end the sequence early nor start one.
	msg = text.Inert(msg)
	var seq string
	switch c.term.Notify {
	case OSC9:
		seq = ansi.Notify(msg)
	case OSC99:
		seq = ansi.DesktopNotification(msg)
	default:
		seq = ansi.URxvtExt("notify", "backroll", strings.ReplaceAll(msg, ";", ","))
	}
	if c.term.Tmux {
		seq = ansi.TmuxPassthrough(seq)
	}
	return seq
}

// ProgressBar is the session's progress for the tab or taskbar
// (tea.View.ProgressBar), nil when that cue is off or the session is over,
// which clears it. A paused session shows in the paused (warning) state.
func (c *Coach) ProgressBar(st coach.State) *tea.ProgressBar {
	if !c.set.Progress || st.Phase == coach.PhaseDone || st.SessionLength <= 0 {
		return nil
	}
	pct := int((st.SessionLength - st.SessionLeft) * 100 / st.SessionLength)
	state := tea.ProgressBarDefault
	if st.Paused {
		state = tea.ProgressBarWarning
	}
	return tea.NewProgressBar(state, pct)
}

// Cmd sends the output: each write as a TerminalMsg at its time, and the
// speech to the speaker, whose first failure comes back once as a
// NoticeMsg. It is nil when there is nothing to send.
func (o Output) Cmd() tea.Cmd {
	var cmds []tea.Cmd
	// The writes due now go out as one message, in their order: commands
	// of a batch run at once, in any order.
	var now strings.Builder
	for _, w := range o.Writes {
		msg := TerminalMsg{Bytes: w.Bytes}
		if w.After == 0 {
			now.WriteString(w.Bytes)
			continue
		}
		cmds = append(cmds, tea.Tick(w.After, func(time.Time) tea.Msg { return msg }))
	}
	if now.Len() > 0 {
		msg := TerminalMsg{Bytes: now.String()}
		cmds = append(cmds, func() tea.Msg { return msg })
	}
	if len(o.Speech) > 0 && o.say != nil {
		speech, sp := o.Speech, o.say
		cmds = append(cmds, func() tea.Msg {
			for _, text := range speech {
				if note := sp.Say(text); note != "" {
					return NoticeMsg{Text: note}
				}
			}
			return nil
		})
	}
	return tea.Batch(cmds...)
}

// TerminalMsg is bytes to write to the terminal as they are, at once: the
// UI writes them straight out rather than through tea.Raw, whose output
// waits for the program's next flush (up to a second at backroll's frame
// rate) and would run a pattern's rings together.
type TerminalMsg struct{ Bytes string }

// Raw is the bytes: ui/screen writes any message with a Raw method
// straight to the terminal, in order with its frames.
func (t TerminalMsg) Raw() string { return t.Bytes }

// NoticeMsg is a one-time message for the person, such as why the voice
// is silent.
type NoticeMsg struct{ Text string }
