package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// frameMsg wakes the session. gen tags the tick loop: a tick from an older
// loop is dropped, so pausing and resuming never doubles the rate.
type frameMsg struct {
	gen int
	at  time.Time
}

// session is the screen for a running session: get ready, hold, switch
// sides, finisher and summary, following the coach's phase.
type session struct {
	s          *coach.Session
	plan       coach.Plan
	keys       sessionKeys
	animate    bool
	standalone bool // started from the command line: leaving ends the program
	gen        int
	confirm    bool // asking whether to quit
	heldByAsk  bool // the clock was paused for the question, to go on after a no
	endWritten bool // the session's record was handed to the journal
	feelBefore *int // how the back felt, 0 fine to 10 very sore
	feelAfter  *int
	// after schedules a wake-up; tea.Tick, replaced in tests.
	after func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// What the person's answers change: notes on get-ready and in holds.
	prof  profile.Profile
	notes map[string][]string // exercise ID: reminders for its holds (holdNotes)
	// The summary, which scrolls in a window too short for it.
	summary page
}

func newSession(p coach.Plan, now time.Time, animate, standalone bool) *session {
	return &session{s: coach.New(p, now), plan: p, keys: newSessionKeys(), animate: animate, standalone: standalone, after: tea.Tick, summary: newPage()}
}

// schedule starts a new tick loop, ending any other, and asks to be woken
// when something on screen next changes: the breath shape's next level
// (about six times a second), the next second of a countdown or of the
// breath count, and always the exact deadline of the current phase.
// Nothing is scheduled while nothing moves.
func (m *session) schedule(now time.Time) tea.Cmd {
	m.gen++
	d, ok := m.wake(now)
	if !ok {
		return nil
	}
	gen := m.gen
	return m.after(d, func(t time.Time) tea.Msg { return frameMsg{gen: gen, at: t} })
}

func (m *session) wake(now time.Time) (time.Duration, bool) {
	st := m.s.State(now)
	if st.Phase == coach.PhaseDone || st.Paused {
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
		half := m.plan.Breath.In
		if !st.Breath.Inhale {
			half = m.plan.Breath.Out
		}
		in := half - st.Breath.Left
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

func (m *session) frame(msg frameMsg, now time.Time) tea.Cmd {
	if msg.gen != m.gen {
		return nil
	}
	m.s.Advance(now)
	return m.schedule(now)
}

// Update handles keys. now is the injected clock.
func (m *session) Update(msg tea.Msg, now time.Time) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	m.s.Advance(now)
	st := m.s.State(now)
	k := m.keys
	if m.confirm {
		switch {
		case key.Matches(kp, k.Yes):
			m.s.Quit(now)
			return func() tea.Msg { return sessionEndMsg{quit: true} }
		case key.Matches(kp, k.No):
			m.confirm = false
			if m.heldByAsk {
				m.heldByAsk = false
				m.s.TogglePause(now)
				return m.schedule(now)
			}
		}
		return nil
	}
	if st.Phase == coach.PhaseDone {
		switch {
		case key.Matches(kp, k.Feel) && m.ratesAfter():
			m.feelAfter = rate(m.feelAfter, kp.String())
		case key.Matches(kp, k.Pain):
			m.s.SetRedFlag(!m.s.Summary().RedFlag)
		case key.Matches(kp, k.Home) || key.Matches(kp, k.Quit):
			return func() tea.Msg { return sessionEndMsg{} }
		default:
			m.summary.update(kp)
		}
		return nil
	}
	if m.asksFeelBefore(st) && key.Matches(kp, k.Feel) {
		m.feelBefore = rate(m.feelBefore, kp.String())
		return nil
	}
	switch {
	case key.Matches(kp, k.Quit):
		// Time spent deciding is not time rolling: the clock stops while
		// the question is up.
		m.confirm = true
		m.heldByAsk = !st.Paused
		if m.heldByAsk {
			m.s.TogglePause(now)
		}
		return nil
	case key.Matches(kp, k.Stop):
		// Pain is a reason to stop now, not a question: the summary says
		// what to do next, and what was rolled is kept.
		m.s.SetRedFlag(true)
		m.s.Quit(now)
	case key.Matches(kp, k.Pause) && readyPhase(st.Phase) && !st.Paused:
		m.s.StartNow(now)
	case key.Matches(kp, k.Pause):
		m.s.TogglePause(now)
	case key.Matches(kp, k.Next):
		m.s.Next(now)
	case key.Matches(kp, k.Back):
		m.s.Back(now)
	case key.Matches(kp, k.Add):
		m.s.AddTime(now)
	case key.Matches(kp, k.Tender) && st.Tender:
		m.s.LeaveTender(now)
	case key.Matches(kp, k.Tender):
		m.s.Tender(now)
	default:
		return nil
	}
	return m.schedule(now)
}

// asksFeelBefore is true on the first get-ready, where a digit rates how
// the back feels before rolling. It never blocks: the countdown runs on.
func (m *session) asksFeelBefore(st coach.State) bool {
	return st.Phase == coach.PhaseReady && st.Index == 0
}

// rate applies a typed digit to a 0-10 rating: "1" then "0" makes 10.
func rate(cur *int, digit string) *int {
	n := int(digit[0] - '0')
	if cur != nil && *cur == 1 && n == 0 {
		n = 10
	}
	return &n
}

// readyPhase reports whether ph counts down to something: space starts it.
func readyPhase(ph coach.Phase) bool {
	return ph == coach.PhaseReady || ph == coach.PhaseSwitch || ph == coach.PhaseFinisherReady
}

// helpKeys lists the keys that work now, and only those.
func (m *session) helpKeys(f frame, now time.Time) bindings {
	k := m.keys
	if m.confirm {
		return bindings{short: []key.Binding{k.Yes, k.No}}
	}
	st := m.s.State(now)
	switch st.Phase {
	case coach.PhaseDone:
		done := k.Home
		if m.standalone {
			done.SetHelp("enter", "close")
		}
		pain, feel := k.Pain, k.Feel
		if m.s.Summary().RedFlag {
			pain.SetHelp("p", "undo")
		}
		feel.SetEnabled(m.ratesAfter())
		m.layoutSummary(f)
		scroll := m.summary.scrollKey()
		return bindings{short: []key.Binding{scroll, done, feel, pain}}
	case coach.PhaseReady, coach.PhaseSwitch, coach.PhaseFinisherReady:
		start := k.Start
		if st.Paused {
			start.SetHelp("space", "resume")
		}
		skip := k.Next
		skip.SetHelp("n", "skip")
		feel := k.Feel
		feel.SetEnabled(m.asksFeelBefore(st))
		s := []key.Binding{start, skip, k.Back, feel, k.Help, k.Quit}
		return bindings{short: s, full: [][]key.Binding{{start, skip, k.Back}, {feel, k.Stop}, {k.Help, k.Quit}}}
	case coach.PhaseFinisher:
		skip := k.Next
		skip.SetHelp("n", "skip")
		s := []key.Binding{m.pauseKey(st), skip, k.Back, k.Help, k.Quit}
		return bindings{short: s, full: [][]key.Binding{{m.pauseKey(st), skip, k.Back}, {k.Stop}, {k.Help, k.Quit}}}
	}
	tender := k.Tender
	tender.SetEnabled(!st.Paused && (st.Tender || !st.MoveOn))
	if st.Tender {
		tender.SetHelp("k", "spot eased")
	}
	add := k.Add
	add.SetEnabled(st.Length < coach.MaxHold)
	s := []key.Binding{m.pauseKey(st), k.Next, k.Back, add, tender, k.Help, k.Quit}
	return bindings{short: s, full: [][]key.Binding{{m.pauseKey(st), k.Next, k.Back}, {add, tender, k.Stop}, {k.Help, k.Quit}}}
}

func (m *session) pauseKey(st coach.State) key.Binding {
	p := m.keys.Pause
	if st.Paused {
		p.SetHelp("space", "resume")
	}
	return p
}

// View draws the screen for the current phase.
func (m *session) View(f frame, now time.Time) string {
	st := m.s.State(now)
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

// countdown draws big digits beside a panel (the breath), or stacks them
// when the window is narrow. It joins plain-width pieces by hand: it runs
// on every frame, and measuring styled text is the costly part of a frame.
func countdown(f frame, d time.Duration, style ink, panel []string) []string {
	scale := scaleFor(f)
	digits := bigDigits(clock(d), scale)
	digitsW := len([]rune(digits[0]))
	panelW := breathW*scale + 2
	gap := min(max(f.width-digitsW-panelW-12, 4), 24)
	if digitsW+panelW+gap+8 > f.width {
		out := indent(digits, 2)
		for i := range out {
			out[i] = style.paint(out[i])
		}
		// Under the digits a short window has room for the panel's last
		// line (the words), not the shape: half a box looks broken.
		if f.height < 20 && len(panel) > 0 {
			panel = panel[len(panel)-1:]
		}
		return append(out, indent(panel, 2)...)
	}
	// The panel sits level with the middle of the digits.
	top := max((len(digits)-len(panel)+1)/2, 0)
	rows := max(len(digits), top+len(panel))
	out := make([]string, 0, rows)
	for i := range rows {
		line := "        "
		row := ""
		if i < len(digits) {
			row = digits[i]
			line += style.paint(row)
		}
		if p := i - top; p >= 0 && p < len(panel) && panel[p] != "" {
			line += strings.Repeat(" ", digitsW-len([]rune(row))+gap) + center(panel[p], panelW)
		}
		out = append(out, line)
	}
	return out
}

// center pads s to sit in the middle of w cells.
func center(s string, w int) string {
	if s == "" {
		return ""
	}
	return strings.Repeat(" ", max((w-lipgloss.Width(s))/2, 0)) + s
}

func indent(lines []string, n int) []string {
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// readying is what a get-ready screen shows: the next exercise, or cat-cow.
type readying struct {
	title, position, feel string
	setup, notes          []string
}

func (m *session) viewReady(f frame, st coach.State) string {
	if st.Phase == coach.PhaseFinisherReady {
		cc := content.CatCow
		return m.getReady(f, st, readying{title: "Get ready · Cat-cow", position: cc.Position, feel: cc.Feel, setup: cc.Setup})
	}
	ex := st.Step.Exercise
	r := readying{title: "Get ready · " + st.Step.Title(), position: ex.Position, feel: ex.Feel, notes: setupNotes(ex, m.prof)}
	if st.Phase == coach.PhaseSwitch {
		r.title = "Switch sides · " + st.Step.Title()
	}
	for _, step := range ex.Setup {
		r.setup = append(r.setup, sided(step, st.Step.Side))
	}
	return m.getReady(f, st, r)
}

func (m *session) getReady(f frame, st coach.State, r readying) string {
	s := f.st
	title := r.title
	label := s.Muted.Render("starting in")
	if st.Paused {
		label = s.Paused.Render("paused")
	}
	room := f.height - headerRows
	head := wrap(s.Heading.Render(title)+s.Muted.Render(" · "+r.position), textWidth(f), 1, 3)
	steps := make([]string, 0, 2*len(r.setup))
	for i, step := range r.setup {
		steps = append(steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	// The label goes over the big digits, level with them, so it reads
	// first.
	digits := countdown(f, st.Left, s.digits, nil)
	plain := ansi.Strip(digits[0])
	clockRows := append([]string{"", strings.Repeat(" ", len(plain)-len(strings.TrimLeft(plain, " "))) + label}, digits...)
	if len(head)+1+len(steps)+len(clockRows) > room {
		// A short window shows the count in words under the title, and
		// the steps on a line each if they must: they are how to lie down.
		clockRows = nil
		head = append(head, " "+label+" "+s.Text.Render(clock(st.Left)))
		if len(head)+1+len(steps) > room {
			head = []string{" " + s.Heading.Render(title), head[len(head)-1]}
			steps = steps[:0]
			for i, step := range r.setup {
				steps = append(steps, "    "+ansi.Truncate(fmt.Sprintf("%d. %s", i+1, step), textWidth(f)-3, "…"))
			}
		}
	}
	// What helps but can go in a short window: what it feels like first,
	// then the question, then the notes for this person.
	var notes []string
	for _, n := range r.notes {
		notes = append(notes, wrap(s.Accent.Render("▸ "+n), textWidth(f), 1, 3)...)
	}
	var ask []string
	if m.asksFeelBefore(st) {
		ask = wrap(strings.TrimPrefix(feelLine(s, "How does your back feel?", m.feelBefore), " "), textWidth(f), 1, 3)
		if m.feelBefore != nil && *m.feelBefore >= 7 {
			ask = append(ask, wrap(s.Accent.Render("▸ "+content.SoreBefore), textWidth(f), 1, 3)...)
		}
	}
	lines := append(append(head, ""), steps...)
	if len(lines)+len(clockRows) > room {
		lines = append(head, steps...) // every row for the steps
	}
	extras := fitSections(room-len(lines)-len(clockRows)-1,
		section{notes, 1},
		section{wrap(s.Muted.Render("Feels like: ")+s.Text.Render(r.feel), textWidth(f), 1, 1), 3},
		section{ask, 2})
	if len(extras) > 0 {
		lines = append(append(lines, ""), extras...)
	}
	lines = append(lines, clockRows...)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(lines, "\n")
}

// sided names the side in text written for "this side".
func sided(s, side string) string {
	if side == "" {
		return s
	}
	return strings.ReplaceAll(s, "this side", "your "+side+" side")
}

func (m *session) viewHold(f frame, st coach.State) string {
	s := f.st
	ex := st.Step.Exercise
	left := st.Left
	if st.Tender {
		left = st.TenderLeft
	}
	digits := s.digits
	if st.Paused {
		digits = s.held
	}
	room := f.height - headerRows
	clockRows := countdown(f, left, digits, m.breathPanel(f, st))
	if len(clockRows)+2 > room {
		// Too short for big digits and the area's name: the time in
		// words, then the breath.
		clockRows = []string{" " + digits.paint(clock(left)+" left") + s.Muted.Render(" · ") + breathLabel(s, st)}
	}
	cue := cueAt(ex, st)
	var note []string
	switch {
	case st.Tender:
		// On the spot the cue is to stay, whatever the area's cue says.
		cue = content.TenderCue
		note = wrap(s.Accent.Render(fmt.Sprintf("● Tender spot: stay on it and breathe. The area waits at %s.", clock(st.Left))), textWidth(f), 1, 3)
	case st.MoveOn:
		note = line(s.Accent, "▸ Two minutes on tender spots here: time to move on.", textWidth(f), 3)
	default:
		note = line(s.Muted, "▸ "+noteAt(m.notes[ex.ID], st, cue), textWidth(f), 3)
	}
	barW := max(min(f.width-28, 40), 10)
	var unsaved []string
	if f.saveErr != nil {
		unsaved = []string{"", " " + s.Warning.Render("This session is not being saved; it runs all the same.")}
	}
	body := fitSections(room,
		section{clockRows, 0},
		section{[]string{""}, 7},
		section{[]string{" " + s.Heading.Render(st.Step.Title()) + s.Muted.Render(" · "+ex.Position)}, 1},
		section{line(s.Text, cue, textWidth(f), 1), 3},
		section{note, 4},
		section{[]string{"",
			" " + s.Muted.Render("this area  ") + bar(s, barW, st.Length-st.Left, st.Length) + " " + s.Muted.Render(clock(st.Left)+" left"),
			" " + s.Muted.Render("session    ") + bar(s, barW, st.SessionLength-st.SessionLeft, st.SessionLength) + " " + s.Muted.Render(clock(st.SessionLeft)+" left"),
		}, 5},
		section{[]string{"", " " + s.Muted.Render("next  ") + s.Text.Render(nextName(m.plan, st))}, 6},
		section{unsaved, 2},
	)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(body, "\n")
}

// line is text in style st on one line up to width, wrapped with later
// lines indented by rest when it is longer; measuring first keeps a frame
// cheap.
func line(st lipgloss.Style, text string, width, rest int) []string {
	if utf8.RuneCountInString(text) <= width {
		return []string{" " + st.Render(text)}
	}
	return wrap(st.Render(text), width, 1, rest)
}

// noteAt rotates through an exercise's reminders with the cues, one every
// 15 seconds of the hold, passing over one on the same topic as the cue on
// screen: the two lines never say the same thing twice.
func noteAt(notes []string, st coach.State, cue string) string {
	elapsed := st.Length - st.Left
	i := int(elapsed / (15 * time.Second))
	for k := range notes {
		if n := notes[(i+k)%len(notes)]; !sameTopic(n, cue) {
			return n
		}
	}
	return notes[i%len(notes)]
}

// topics are what a cue or a reminder can be about, as words they hold.
var topics = []string{"neck", "breath", "spot", "slow", "fast", "bone", "lower back", "head"}

// sameTopic reports whether a and b are about the same thing.
func sameTopic(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	for _, t := range topics {
		if strings.Contains(a, t) && strings.Contains(b, t) {
			return true
		}
	}
	return false
}

// cueAt rotates slowly through the exercise's cues: one every 15 seconds of
// the hold, so the words change rarely.
func cueAt(ex content.Exercise, st coach.State) string {
	elapsed := st.Length - st.Left
	return ex.Cues[int(elapsed/(15*time.Second))%len(ex.Cues)]
}

func nextName(p coach.Plan, st coach.State) string {
	switch {
	case st.Next != nil && st.Next.Exercise.ID == st.Step.Exercise.ID:
		return "switch sides: " + st.Next.Title()
	case st.Next != nil:
		return st.Next.Title()
	case p.Finisher:
		return "cat-cow, to finish"
	}
	return "the end: well done"
}

// bar is a plain progress bar: whole cells, so it changes rarely.
func bar(s Styles, w int, done, total time.Duration) string {
	n := 0
	if total > 0 {
		n = int(int64(w) * int64(done) / int64(total))
	}
	n = min(max(n, 0), w)
	return s.barFull.paint(strings.Repeat("█", n)) + s.barEmpty.paint(strings.Repeat("░", w-n))
}

// breathLabel is the words under the breath: in or out, and the count.
func breathLabel(s Styles, st coach.State) string {
	if st.Paused {
		return s.Paused.Render("paused · space to go on")
	}
	word := "out"
	if st.Breath.Inhale {
		word = "in"
	}
	// On a tender spot the big clock counts the spot, not the area: the
	// label says so where a small window still shows it.
	if st.Tender {
		return s.Accent.Render("tender spot") + s.Text.Render(fmt.Sprintf(" · %s %d", word, st.Breath.Count))
	}
	return s.Text.Render(fmt.Sprintf("breathe %s · %d", word, st.Breath.Count))
}

func (m *session) breathPanel(f frame, st coach.State) []string {
	label := breathLabel(f.st, st)
	if !m.animate {
		return []string{label}
	}
	return append(breathShape(f.st, st.Breath.Fill, scaleFor(f)), label)
}

func (m *session) viewFinisher(f frame, st coach.State) string {
	s := f.st
	cc := content.CatCow
	pose, cue := "Cat", cc.Cat
	if st.Breath.Inhale {
		pose, cue = "Cow", cc.Cow
	}
	var steps []string
	for i, step := range cc.Setup {
		steps = append(steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	// A short window keeps the words for this breath and lets the figure,
	// the setup and the spacing go.
	body := fitSections(f.height-headerRows,
		section{[]string{" " + s.Heading.Render("Cat-cow") + s.Muted.Render(fmt.Sprintf(" · %d of %d", st.Rep, st.Reps))}, 0},
		section{append([]string{""}, indent(catCow(st.Breath, !m.animate), 10)...), 2},
		section{[]string{""}, 4},
		section{[]string{"          " + breathLabel(s, st)}, 0},
		section{[]string{""}, 4},
		section{wrap(s.Heading.Render(pose)+s.Muted.Render(" · ")+s.Text.Render(cue), textWidth(f), 1, 3), 0},
		section{append([]string{""}, steps...), 3},
	)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(body, "\n")
}

func (m *session) viewSummary(f frame) string {
	m.layoutSummary(f)
	right := "done"
	if more := m.summary.more(f); more != "" {
		right = more + " · " + right
	}
	return f.header(m.plan.Name, right) + "\n\n" + strings.Join(m.summary.lines(), "\n")
}

// ratesAfter reports whether digits rate the back on the summary: not
// after sharp pain, unless a rating was given before.
func (m *session) ratesAfter() bool { return !m.s.Summary().RedFlag || m.feelAfter != nil }

// layoutSummary fits the summary's lines to the frame.
func (m *session) layoutSummary(f frame) {
	m.summary.fit(m.summaryLines(f), f.width, f.height-headerRows)
}

func (m *session) summaryLines(f frame) []string {
	s := f.st
	sum := m.s.Summary()
	var lines []string
	head := "Session complete. Well done."
	switch {
	case sum.Finished && sum.Rolled.Round(time.Second) == 0 && !sum.RedFlag:
		head = "Session complete, with every area skipped." // nothing to praise
	case sum.Finished && sum.RedFlag:
		head = "Session complete." // no cheer above the advice to stop
	case !sum.Finished && sum.RedFlag:
		head = "Session stopped."
	case !sum.Finished:
		head = "Session stopped early. What you did still counts."
	}
	lines = append(lines, " "+s.Heading.Render(head), "")
	lines = append(lines, " "+s.Muted.Render("rolled   ")+s.Text.Render(rolled(sum.Rolled)))
	if t := f.today; t.Streak > 0 {
		streak := fmt.Sprintf("%d %s", t.Streak, plural(t.Streak, "day"))
		if t.Done {
			streak += ", today included"
		}
		lines = append(lines, " "+s.Muted.Render("streak   ")+s.Good.Render(streak))
	}
	areas := summaryAreas(sum.Holds)
	lines = append(lines, wrap(s.Muted.Render("areas    ")+s.Text.Render(areas), textWidth(f), 1, 10)...)
	// After sharp pain the question reads as a shrug; a rating given is kept.
	if m.ratesAfter() {
		lines = append(lines, "")
		lines = append(lines, wrap(strings.TrimPrefix(feelLine(s, "How does your back feel after rolling?", m.feelAfter), " "), textWidth(f), 1, 1)...)
	}
	if m.feelBefore != nil && m.feelAfter != nil {
		lines = append(lines, " "+s.Muted.Render(fmt.Sprintf("before %d, after %d", *m.feelBefore, *m.feelAfter)))
	}
	lines = append(lines, "")
	if sum.RedFlag {
		// Sharp pain or tingling: the advice to stop replaces the next-day note.
		lines = append(lines, " "+s.Paused.Render("✕ Sharp pain or tingling"))
		lines = append(lines, wrap(s.Text.Render(content.RedFlagAfter), textWidth(f), 1, 1)...)
		lines = append(lines, "")
		lines = append(lines, wrap(s.Muted.Render(content.Disclaimer), textWidth(f), 1, 1)...)
	} else {
		head, note := "Tomorrow: ", content.SeeYou
		switch {
		case m.feelAfter != nil && *m.feelAfter >= 7:
			head, note = "Next time: ", content.VerySore
		case sum.Rolled.Round(time.Second) == 0:
			// Nothing rolled: nothing to feel tomorrow.
		case m.prof.FirstTime:
			note = content.Tomorrow
		}
		lines = append(lines, wrap(s.Heading.Render(head)+s.Text.Render(note), textWidth(f), 1, 1)...)
		lines = append(lines, "")
		lines = append(lines, wrap(s.Warning.Render(content.RedFlagLine), textWidth(f), 1, 1)...)
	}
	if f.saveErr != nil {
		lines = append(lines, "")
		lines = append(lines, wrap(s.Warning.Render("This session could not be saved: "+f.saveErr.Error()), textWidth(f), 1, 1)...)
	}
	return lines
}

// feelLine invites an optional 0-10 rating, or thanks for it.
func feelLine(s Styles, ask string, v *int) string {
	if v != nil {
		return " " + s.Muted.Render(ask+" ") + s.Good.Render(fmt.Sprintf("%d of 10", *v)) + s.Muted.Render(" · noted")
	}
	return " " + s.Muted.Render(ask+" Type 0 (fine) to 10 (very sore).")
}

// summaryAreas names each area rolled, once, in order.
func summaryAreas(holds []coach.HoldEvent) string {
	var names []string
	seen := map[string]bool{}
	for _, h := range holds {
		ex, ok := content.ExerciseByID(h.Exercise)
		if !ok {
			continue
		}
		if h.Rolled.Round(time.Second) == 0 {
			continue // skipped, or left at once: nothing was rolled there
		}
		name := coach.Step{Exercise: ex, Side: h.Side}.Title()
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return "none yet"
	}
	return strings.Join(names, ", ")
}

func (m *session) viewConfirm(f frame, st coach.State) string {
	s := f.st
	lines := []string{f.header(m.plan.Name, m.where(st)), "", ""}
	lines = append(lines, " "+s.Heading.Render("Stop this session?"), "")
	lines = append(lines, " "+s.Text.Render("What you have rolled so far is kept."))
	return strings.Join(lines, "\n")
}

// wrap breaks text to width, indenting the first line by first and the rest
// by rest spaces. Lines break between words, never at the hyphen of a name
// like mid-back or cat-cow.
func wrap(text string, width, first, rest int) []string {
	w := max(width-max(first, rest), 10)
	text = strings.ReplaceAll(text, "-", nonBreakingHyphen)
	wrapped := lipgloss.NewStyle().Width(w).Render(text)
	lines := strings.Split(wrapped, "\n")
	for i := range lines {
		n := rest
		if i == 0 {
			n = first
		}
		lines[i] = strings.Repeat(" ", n) + strings.ReplaceAll(strings.TrimRight(lines[i], " "), nonBreakingHyphen, "-")
	}
	return lines
}

// nonBreakingHyphen stands in for "-" while text is wrapped: the wrapper
// always breaks after a plain hyphen. It is as wide, and never shown.
const nonBreakingHyphen = "\u2011"
