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

// Observe moves the coach on to st, the session's state now; sum is the
// session so far (coach.Summary), whose time rolled the end's cue tells
// and which says whether the end asks how the back feels. The first state
// cues the session's first get-ready.
func (c *Coach) Observe(st coach.State, sum coach.Summary) Output {
	prev, seen := c.prev, c.seen
	c.prev, c.seen = st, true
	out := Output{say: c.speaker}
	events := Start(st)
	if seen {
		events = Between(prev, st)
	}
	// One moment can cue several events (a hold ends, the next get-ready
	// starts): the bell rings the weightiest pattern once, as two
	// patterns in a row would sound like another.
	bell := len(Bells)
	for _, ev := range events {
		if !c.wants(ev.Kind) {
			continue
		}
		if ev.Kind == Done {
			ev.Ask = sum.Finished && !sum.RedFlag
		}
		out.Events = append(out.Events, ev)
		if c.set.Voice && c.voiced() {
			out.Speech = append(out.Speech, say(ev, sum.Rolled, spelled))
		}
		if ev.Kind == TenLeft || ev.Kind == ComeOff {
			continue // words for the ears, heard with the moment's other cue
		}
		if c.bells() && (ev.Kind != Breath || c.set.Breath || !c.voiced()) {
			bell = min(bell, weight(ev.Kind))
		}
		if c.set.Notify && (!c.focused || c.set.NotifyAlways) && ev.Kind != Breath && ev.Kind != Countdown {
			out.Writes = append(out.Writes, Write{Bytes: c.notification(say(ev, sum.Rolled, digits))})
		}
	}
	if bell < len(Bells) {
		for _, at := range Bells[bell].Rings() {
			out.Writes = append(out.Writes, Write{After: at, Bytes: "\a"})
		}
	}
	return out
}

// wants reports whether an event of kind k is cued at all with the cues
// chosen. Cat-cow's breaths are paced aloud whenever the voice is on (by
// the bell when it cannot speak); the breath cue adds them to the bell.
func (c *Coach) wants(k Kind) bool {
	switch k {
	case Breath:
		return c.set.Breath || c.set.Voice
	case Countdown:
		return c.set.Countdown
	case TenLeft, ComeOff:
		return c.set.Voice && c.voiced()
	}
	return true
}

// voiced reports whether the voice can speak: chosen cues with no speech
// command fall back to the bell. With no speaker at all, what the voice
// would say is only listed in the Output.
func (c *Coach) voiced() bool { return c.speaker == nil || c.speaker.Works() }

// Voiced reports whether the voice was chosen and can speak.
func (c *Coach) Voiced() bool { return c.set.Voice && c.voiced() }

// bells reports whether the bell rings: chosen, or standing in for a
// voice that cannot speak.
func (c *Coach) bells() bool { return c.set.Bell || (c.set.Voice && !c.voiced()) }

// Fallback is what the person should know before the session starts
// about the cues chosen: why the voice is silent and that the bell rings
// in its place; "" when all is well.
func (c *Coach) Fallback() string {
	if !c.set.Voice || c.voiced() {
		return ""
	}
	return c.speaker.note + " The bell rings in their place."
}

// Answered is the cue for a rating typed on the summary: the voice says
// it back, so that it is heard taken.
func (c *Coach) Answered(n int) Output {
	out := Output{say: c.speaker}
	if c.set.Voice && c.voiced() {
		out.Speech = []string{sentence(number(n, spelled)) + ": noted."}
	}
	return out
}

// notification is msg as the terminal's notification sequence.
func (c *Coach) notification(msg string) string { return NotifySequence(c.term, msg) }

// NotifySequence is msg as term's desktop-notification sequence, passed
// through tmux when inside it.
func NotifySequence(term Terminal, msg string) string {
	// Made inert, a text can neither end the sequence early nor start one.
	msg = text.Inert(msg)
	var seq string
	switch term.Notify {
	case OSC9:
		seq = ansi.Notify(msg)
	case OSC99:
		seq = ansi.DesktopNotification(msg)
	default:
		seq = ansi.URxvtExt("notify", "backroll", strings.ReplaceAll(msg, ";", ","))
	}
	if term.Tmux {
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
		cmds = append([]tea.Cmd{func() tea.Msg { return msg }}, cmds...)
	}
	if len(o.Speech) > 0 && o.say != nil {
		// One utterance for the moment: queued as several, the last could
		// wait behind the others past the time a cue is still true.
		text, sp := strings.Join(o.Speech, " "), o.say
		cmds = append(cmds, func() tea.Msg {
			if note := sp.Say(text); note != "" {
				return NoticeMsg{Text: note}
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
