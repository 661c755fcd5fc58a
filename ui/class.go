// A roll-along class (backroll serve's class NAME) is this app on every
// member's screen: a waiting screen until the leader starts, then the
// session's own screens, whose clock is the class's (a coach/class seat),
// each under a line that says whose class it is.

package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// classWait is the screen before the class starts: the leader sees the
// routine and starts it; a follower waits.
type classWait struct {
	seat  *class.Seat
	prof  profile.Profile // the member's answers: whether they have seen the red flags
	start key.Binding
	quit  key.Binding
}

func newClassWait(seat *class.Seat, prof profile.Profile) *classWait {
	return &classWait{seat: seat, prof: prof,
		start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start the class")),
		quit:  key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "leave"))}
}

func (w *classWait) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch {
	case key.Matches(kp, w.start):
		// A follower's enter says who starts; the leader's starts the
		// class: their screen at once, the others' as they hear it.
		if w.seat.Start(f.now) == nil {
			return nil, classStarted{}
		}
	case key.Matches(kp, w.quit):
		return nil, quitApp{}
	}
	return nil, nil
}

func (w *classWait) view(f frame) string {
	s := f.st
	line := w.seat.Line(f.now)
	para := func(t string, drop int) section {
		return section{append([]string{""}, wrap(s.Text.Render(t), textWidth(f), 1, 1)...), drop}
	}
	var secs []section
	if f.stop != nil {
		// As every start asks alone, after a sign to stop (rules.LastStop).
		warn := f.stop.Head(f.now) + ". Don't roll again until a physical therapist has seen it: q leaves the class."
		secs = append(secs, section{append(wrap(s.Warning.Render(warn), textWidth(f), 1, 1), ""), 0})
	}
	if line.Leader {
		p := w.seat.Plan()
		secs = append(secs, section{wrap(s.Heading.Render(p.Name)+s.Muted.Render(" · "+summed(p)), textWidth(f), 1, 3), 0},
			para("Enter starts the class when everyone is here.", 0),
			para("Your space, n, b and + pause it, skip, go back or add 15 s, for everyone.", 3))
	} else {
		secs = append(secs, section{[]string{" " + s.Heading.Render("Waiting for the leader to start")}, 0},
			para(fmt.Sprintf("%d here. The leader pauses and moves the class for everyone.", line.Members), 3))
	}
	secs = append(secs, para("Your k (a tender spot) and p (sharp pain: stop) are yours alone, and you sit out what your answers leave out.", 2))
	if !w.prof.SafetySeen {
		// Never shown the red flags, as a first session alone shows them.
		secs = append(secs, para(f.said(content.RedFlagsBrief), 1))
	}
	return f.header("class", "waiting") + "\n\n" + strings.Join(fitSections(f.height-headerRows, secs...), "\n")
}

func (w *classWait) keys(frame) help.KeyMap {
	start := w.start
	start.SetEnabled(w.seat.Leads())
	return bindings{short: []key.Binding{start, w.quit}}
}

// classBegun starts the class's session on this screen once the leader
// has started it (at once for whoever joins a class under way).
func (m *Model) classBegun() tea.Cmd {
	seat := m.opts.Class
	if seat == nil || m.session != nil || m.active == onboardingScreen || !seat.Line(m.now).Started {
		return nil
	}
	p := seat.Plan()
	m.session = &session{s: seat, class: seat, plan: p, keyMap: newSessionKeys(), animate: !m.opts.NoAnimation,
		standalone: true, summary: newPage(), steps: newPage()}
	m.ledger.start(p.Routine, m.now)
	m.session.prof = m.opts.Profile
	m.session.notes = plan.HoldNotes(p, m.opts.Profile)
	if m.opts.Cues != nil {
		m.session.voiced = m.opts.Cues.Voiced()
	}
	m.screens[sessionScreen] = m.session
	return m.show(sessionScreen)
}

// Changed is closed when the class changes, for ui/screen's Watcher: a
// start, a leader's key, someone joining, leaving or stopping redraws
// every member's screen. It is taken at the start of each update, before
// the class is read.
func (m *Model) Changed() <-chan struct{} { return m.changed }

// classRows is the rows the class line takes: one in a class, none alone.
func (m *Model) classRows() int {
	if m.opts.Class == nil {
		return 0
	}
	return 1
}

// classLine is the line over every screen of a class: whose class, who
// leads, how many are here; for the leader, how many stopped (never who);
// and for a few seconds, why a key did nothing.
func (m *Model) classLine(f frame) string {
	line := m.opts.Class.Line(m.now)
	who := "you follow"
	switch {
	case line.Leader:
		who = "you lead"
	case line.Me:
		who = "you stopped"
	case line.Out:
		who = "you left" // on their summary: they follow no more
	case m.active == onboardingScreen:
		who = answering(line.Started)
	}
	// Styled anew only when what it says changes: styling it every frame
	// was 8% of a class session's CPU on the server (BenchmarkClass, perf).
	key := who + "\x00" + line.Why + "\x00" + strconv.Itoa(line.Members) + "\x00" + strconv.Itoa(line.Stopped)
	return f.memo.line("class line", key, f, func() string { return styleClassLine(f.st, f.width, line, who) })
}

// styleClassLine lays out the class line for a window width cells wide.
func styleClassLine(s *Styles, width int, line class.Line, who string) string {
	head := s.Accent.Render("Class "+line.Name) + s.Muted.Render(" · "+who)
	here := s.Muted.Render(fmt.Sprintf(" · %d here", line.Members))
	if line.Leader && line.Stopped > 0 {
		here += s.Warning.Render(fmt.Sprintf(" · %d stopped", line.Stopped))
	}
	if line.Why == "" {
		// A narrow window loses the name before the count of those
		// stopped, which is cut to "1 …" when the line runs over.
		short := s.Accent.Render(line.Name) + s.Muted.Render(" · "+who) + here
		for _, l := range []string{head + here, short} {
			if lipgloss.Width(l) < width {
				return " " + l
			}
		}
		return " " + s.Muted.Render(who) + here
	}
	// Why a key did nothing goes in whole: what else the line says gives
	// way to it, its end first.
	why := s.Accent.Render(" · " + line.Why)
	for _, l := range []string{head + here, head, s.Accent.Render("Class " + line.Name)} {
		if lipgloss.Width(l+why) < width {
			return " " + l + why
		}
	}
	return " " + s.Accent.Render(line.Why)
}

// helpKeys are the session's keys as the help line shows them: a
// follower's leave out the leader's (pressed all the same, they say why).
func (m *session) helpKeys() sessionKeys {
	k := m.keyMap
	if m.class != nil && !m.class.Leads() {
		for _, b := range []*key.Binding{&k.Pause, &k.Start, &k.Next, &k.Back, &k.Add} {
			b.SetEnabled(false)
		}
	}
	return k
}

// sitsOut is why this member sits the area of st out, when their answers
// leave it out of a class that rolls it; "" when they roll it.
func (m *session) sitsOut(st coach.State) string {
	if m.class == nil || st.Step.Exercise.ID == "" {
		return ""
	}
	if out, why := m.class.SitsOut(st.Step.Exercise); out {
		return why
	}
	return ""
}

// breathLabel is the words under the breath; a follower's pause is the
// leader's to end, not theirs.
func (m *session) breathLabel(s *Styles, st coach.State) string {
	if st.Paused && m.class != nil && !m.class.Leads() {
		return s.Paused.Render("paused by the leader")
	}
	return breathLabel(s, st)
}

// classWake is the wake-up at, or sooner when the class line's reason is
// to go first: a paused class or the waiting screen draws nothing else.
func (m *Model) classWake(at time.Time, ok bool) (time.Time, bool) {
	if m.opts.Class == nil {
		return at, ok
	}
	if end, shows := m.opts.Class.NoteEnds(); shows && (!ok || end.Before(at)) {
		return end, true
	}
	return at, ok
}

// classHead is the summary's first line for a class that ran to its end
// without a sign to stop: what a follower skipped, the leader skipped,
// and what their answers left out, they sat out. Else it is head.
func (m *session) classHead(sum coach.Summary, head string) string {
	switch {
	case m.class == nil || !sum.Finished || sum.RedFlag:
		return head
	case sum.Rolled.Round(time.Second) == 0 && m.class.SatOut() > 0:
		return "The class is over. You sat it out, as your answers ask."
	case sum.Rolled.Round(time.Second) == 0:
		return "The class is over, with every area skipped."
	case plan.MostlySkipped(sum, m.plan) && !m.class.Leads():
		return "The class is over, shorter than planned."
	case plan.MostlySkipped(sum, m.plan):
		return head
	}
	return "The class is over. Well done."
}
