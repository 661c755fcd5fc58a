package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
)

// session is the screen for a running session: get ready, hold, switch
// sides, finisher and summary, following the coach's phase.
type session struct {
	s           engine
	class       *class.Seat // a roll-along class's seat: its clock is the class's; nil alone
	plan        coach.Plan
	keyMap      sessionKeys
	animate     bool
	standalone  bool // started from the command line: leaving ends the program
	confirm     bool // asking whether to quit
	heldByAsk   bool // the clock was paused for the question, to go on after a no
	heldByHelp  bool // the get-ready's clock was paused for the full help, to go on when it closes
	voiced      bool // the voice speaks the cues: the summary ends by itself (endsAt)
	stayed      bool // a key other than a rating was pressed on the summary: it waits for the person
	left        bool // the summary was left
	endWritten  bool // the session's record was handed to the journal
	feelBefore  *int // how the back felt, 0 fine to 10 very sore
	feelAfter   *int
	feelAfterAt time.Time // when the after rating was last typed: the summary ends soon after
	taken       string    // the step up taken on the summary, by its title
	// What the person should know before the first get-ready, said there:
	// a voice that cannot speak, and what sounds instead.
	opening []string
	// What the person's answers change: notes on get-ready and in holds.
	prof  profile.Profile
	notes map[string][]string // exercise ID: reminders for its holds (holdNotes)
	// The summary, which scrolls in a window too short for it.
	summary page
	// A get-ready's steps, which scroll in a window too short for them,
	// and the state they were laid out for.
	steps    page
	stepsFor coach.State
}

func newSession(p coach.Plan, now time.Time, animate, standalone bool) *session {
	return &session{s: coach.New(p, now), plan: p, keyMap: newSessionKeys(), animate: animate, standalone: standalone, summary: newPage(), steps: newPage()}
}

// wake is how long until something on screen next changes: the breath
// shape's next level (about six times a second), the next second of a
// countdown or of the breath count, the next part of the breath, and
// always the exact deadline of the current phase. Nothing moves while
// paused or done: no wake-up then.
func (m *session) wake(now time.Time) (time.Duration, bool) {
	st := m.s.State(now)
	if st.Phase == coach.PhaseDone {
		if at, ok := m.endsAt(); ok {
			return max(at.Sub(now), time.Millisecond), true
		}
		return 0, false
	}
	if st.Paused {
		return 0, false
	}
	due, ok := m.s.NextDeadline()
	if !ok {
		return 0, false
	}
	d := due.Sub(now)
	d = min(d, nextSecond(st.Left))
	if st.Tender {
		d = min(d, nextSecond(st.TenderLeft))
	}
	if st.Phase == coach.PhaseHold || st.Phase == coach.PhaseFinisher {
		// The count's next second, or the next part of the breath (in,
		// hold, out), whichever comes first.
		in := m.plan.Breath.Length(st.Breath.Phase) - st.Breath.Left
		d = min(d, time.Second-in%time.Second, st.Breath.Left)
		if m.animate {
			d = min(d, untilBreathChange(st.Breath, m.plan.Breath))
		}
	}
	return max(d, time.Millisecond), true
}

// nextSecond is how long until a countdown shown in whole seconds changes.
func nextSecond(left time.Duration) time.Duration {
	if r := left % time.Second; r > 0 {
		return r
	}
	return time.Second
}

// tick advances the session on a wake-up.
func (m *session) tick(now time.Time) { m.s.Advance(now) }

// update handles keys at the frame's time.
func (m *session) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	now := f.now
	m.s.Advance(now)
	st := m.s.State(now)
	k := m.keyMap
	if m.confirm {
		switch {
		case key.Matches(kp, k.Stop):
			// Pain is never a question, not even this one.
			m.confirm, m.heldByAsk = false, false
			m.s.SetRedFlag(true)
			m.s.Quit(now)
			return nil, nil
		case key.Matches(kp, k.Yes):
			m.confirm, m.heldByAsk = false, false
			m.s.Quit(now)
			if m.s.Summary().Rolled.Round(time.Second) == 0 {
				return nil, endSession{quit: true} // nothing rolled: nothing to sum up or rate
			}
			// A short summary: what was rolled, how the back feels, p.
			return nil, nil
		case key.Matches(kp, k.No):
			m.confirm = false
			if m.heldByAsk {
				m.heldByAsk = false
				m.s.TogglePause(now)
				return nil, nil
			}
		}
		return nil, nil
	}
	if st.Phase == coach.PhaseDone {
		if key.Matches(kp, k.Feel) && m.ratesAfter() {
			m.feelAfter = coach.Rate(m.feelAfter, int(kp.String()[0]-'0'))
			m.feelAfterAt = now
			return nil, rated{*m.feelAfter}
		}
		m.stayed = true
		switch {
		case key.Matches(kp, k.Pain):
			m.s.SetRedFlag(true)
		case key.Matches(kp, k.Undo) && m.s.Summary().RedFlag:
			m.s.SetRedFlag(false)
		case key.Matches(kp, k.Accept) && m.offer(f) != nil:
			step := *m.offer(f)
			m.taken = step.Title
			return nil, acceptStep{step}
		case key.Matches(kp, k.Home):
			m.left = true
			return nil, endSession{}
		default:
			m.layoutSummary(f)
			m.summary.update(kp)
		}
		return nil, nil
	}
	if m.asksFeelBefore(st) && key.Matches(kp, k.Feel) {
		m.feelBefore = coach.Rate(m.feelBefore, int(kp.String()[0]-'0'))
		return nil, nil
	}
	if readyPhase(st.Phase) && key.Matches(kp, scrollBinding) && !key.Matches(kp, k.Pause) {
		m.layoutReady(f, st)
		m.steps.update(kp)
		return nil, nil
	}
	switch {
	case key.Matches(kp, k.Quit):
		// Time spent deciding is not time rolling: the clock stops while
		// the question is up.
		m.confirm = true
		m.heldByAsk = !st.Paused && m.class == nil // a class runs on for the others
		if m.heldByAsk {
			m.s.TogglePause(now)
		}
		return nil, nil
	case key.Matches(kp, k.Stop):
		// Pain is a reason to stop now, not a question: the summary says
		// what to do next, and what was rolled is kept.
		m.s.SetRedFlag(true)
		m.s.Quit(now)
	case key.Matches(kp, k.Start) && readyPhase(st.Phase):
		// Enter starts now, paused or not: space pauses, as on the hold.
		if st.Paused {
			m.s.TogglePause(now)
		}
		m.heldByHelp = false
		m.s.StartNow(now)
	case key.Matches(kp, k.Pause) && m.heldByHelp:
		// Paused by the help, paused now by the person: it stays so when
		// the help closes.
		m.heldByHelp = false
	case key.Matches(kp, k.Pause):
		m.s.TogglePause(now)
	case key.Matches(kp, k.Next):
		m.s.Next(now)
	case key.Matches(kp, k.Back):
		m.s.Back(now)
	case key.Matches(kp, k.Add):
		m.s.AddTime(now) // what it could not add, and why, is in the State
	case key.Matches(kp, k.Tender) && st.Tender:
		m.s.LeaveTender(now)
	case key.Matches(kp, k.Tender):
		m.s.Tender(now)
	default:
		return nil, nil
	}
	return nil, nil
}

// hold pauses a session that is running, as when the terminal is
// suspended: its clock waits for the person to come back.
func (m *session) hold(now time.Time) tea.Cmd {
	m.s.Advance(now)
	if st := m.s.State(now); st.Phase == coach.PhaseDone || st.Paused {
		return nil
	}
	m.s.TogglePause(now)
	return nil
}

// asksFeelBefore is true on the first get-ready, where a digit rates how
// the back feels before rolling. It never blocks: the countdown runs on.
func (m *session) asksFeelBefore(st coach.State) bool {
	return st.Phase == coach.PhaseReady && st.Index == 0
}

// helpShown is told when the full help opens or closes: it stops a
// get-ready's clock while it is read, and starts it again when put away.
func (m *session) helpShown(open bool, now time.Time) {
	m.s.Advance(now)
	st := m.s.State(now)
	switch {
	case m.class != nil:
		// A class's get-ready runs on for the others.
	case open && readyPhase(st.Phase) && !st.Paused:
		m.s.TogglePause(now)
		m.heldByHelp = true
	case !open && m.heldByHelp:
		m.heldByHelp = false
		if st.Paused && st.Phase != coach.PhaseDone {
			m.s.TogglePause(now)
		}
	}
}

// readyPhase reports whether ph counts down to something: enter starts it, and space pauses it.
func readyPhase(ph coach.Phase) bool {
	return ph == coach.PhaseReady || ph == coach.PhaseSwitch || ph == coach.PhaseFinisherReady
}

// keys lists the keys that work now, and only those.
func (m *session) keys(f frame) help.KeyMap {
	k := m.helpKeys()
	if m.confirm {
		return bindings{short: []key.Binding{k.Yes, k.No, k.Stop}}
	}
	st := m.s.State(f.now)
	switch st.Phase {
	case coach.PhaseDone:
		done := k.Home
		if m.standalone {
			done.SetHelp("enter", "close")
		}
		pain, feel := k.Pain, k.Feel
		if m.s.Summary().RedFlag {
			pain = k.Undo
		}
		feel.SetEnabled(m.ratesAfter())
		accept := k.Accept
		accept.SetEnabled(m.offer(f) != nil)
		scroll := m.summary.scrollKey()
		return bindings{short: []key.Binding{scroll, done, accept, feel, pain},
			full: [][]key.Binding{m.summary.fullKeys(), {done, accept}, {feel, pain}}}
	case coach.PhaseReady, coach.PhaseSwitch, coach.PhaseFinisherReady:
		start, pause := k.Start, m.pauseKey(st)
		skip := k.Next
		skip.SetHelp("n", "skip")
		feel := k.Feel
		feel.SetEnabled(m.asksFeelBefore(st))
		scrolls := m.readyParts(f, st, m.readyFor(st)).scroll
		scroll := m.steps.fullKeys() // the steps' page, while it is the one shown
		for i := range scroll {
			scroll[i].SetEnabled(scroll[i].Enabled() && scrolls)
		}
		s := []key.Binding{scroll[0], start, pause, skip, k.Back, feel, k.Stop, k.Help, k.Quit}
		b := bindings{short: s, full: [][]key.Binding{append(scroll, start, pause, skip, k.Back), {feel, k.Stop}, {k.Help, k.Quit}}, bells: true}
		if lineWidth([]key.Binding{start, pause, k.Stop, k.Help, k.Quit}) > helpRoom(f) {
			// Too narrow for enter and space beside p, ? and the way out
			// (40 columns): they get a row of their own, since a first
			// get-ready waits for enter.
			return twoRows{b, []key.Binding{start, pause, scroll[0], skip}, []key.Binding{k.Stop, k.Help, k.Quit}}
		}
		return b
	case coach.PhaseFinisher:
		skip := k.Next
		skip.SetHelp("n", "skip")
		s := []key.Binding{m.pauseKey(st), skip, k.Back, k.Stop, k.Help, k.Quit}
		full := [][]key.Binding{{m.pauseKey(st), skip, k.Back}, {k.Stop}, {k.Help, k.Quit}}
		if lineWidth(s) > helpRoom(f) {
			return twoRows{bindings{short: s, full: full, bells: true}, s[:3], s[3:]}
		}
		return bindings{short: s, full: full, bells: true}
	}
	tender := k.Tender
	tender.SetEnabled(!st.Paused && !m.plan.NoTender && (st.Tender || st.Left >= time.Second) && m.sitsOut(st) == "")
	if st.Tender {
		tender.SetHelp("k", "spot eased")
	}
	add := k.Add
	add.SetEnabled(add.Enabled() && st.Room > 0) // pressed all the same, + says why it adds nothing
	// Back is in the full help: on the floor, the short line keeps the
	// keys for this hold.
	s := []key.Binding{m.pauseKey(st), k.Next, add, tender, k.Stop, k.Help, k.Quit}
	full := [][]key.Binding{{m.pauseKey(st), k.Next, k.Back}, {add, tender, k.Stop}, {k.Help, k.Quit}}
	if lineWidth(s) > helpRoom(f) {
		// Too narrow for every key (40 columns): two rows, pause and next
		// kept with p, ? and the way out.
		return twoRows{bindings{short: s, full: full, bells: true}, s[:4], s[4:]}
	}
	return bindings{short: s, full: full, bells: true}
}

func (m *session) pauseKey(st coach.State) key.Binding {
	p := m.helpKeys().Pause
	if st.Paused && !m.heldByHelp {
		p.SetHelp("space", "resume")
	}
	return p
}

// view draws the screen for the current phase.
func (m *session) view(f frame) string {
	st := m.s.State(f.now)
	var body string
	switch st.Phase {
	case coach.PhaseReady, coach.PhaseSwitch, coach.PhaseFinisherReady:
		body = m.viewReady(f, st)
	case coach.PhaseHold:
		body = m.viewHold(f, st)
	case coach.PhaseFinisher:
		body = m.viewFinisher(f, st)
	default:
		body = m.viewSummary(f)
	}
	if m.confirm {
		body = m.viewConfirm(f, st)
	}
	return body
}

func (m *session) where(st coach.State) string {
	if st.Phase == coach.PhaseFinisher || st.Phase == coach.PhaseFinisherReady {
		return "cat-cow"
	}
	if st.Phase == coach.PhaseDone {
		return ""
	}
	return fmt.Sprintf("%d of %d · %s", st.Index+1, st.Steps, st.Step.Title())
}

func (m *session) viewConfirm(f frame, st coach.State) string {
	s := f.st
	lines := []string{f.header(m.plan.Name, m.where(st)), "", ""}
	ask, kept := "Stop this session?", "What you have rolled so far is kept."
	if m.class != nil {
		ask, kept = "Leave the class?", kept+" The class goes on for the others."
	}
	lines = append(lines, " "+s.Heading.Render(ask), "")
	lines = append(lines, wrap(s.Text.Render(kept), textWidth(f), 1, 1)...)
	return strings.Join(lines, "\n")
}
