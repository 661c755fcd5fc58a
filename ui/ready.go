package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// readying is what a get-ready screen shows: the next exercise, or cat-cow.
type readying struct {
	title, position, feel string
	lead                  string          // in place of the steps, for a switch of sides: the same again on the other
	landmarks             string          // where the roller goes and where it stops
	setup, notes          []string        // setup starts from the floor: getting on, then into position
	unscreened            string          // the screening's conditions, never asked
	getOff                []string        // how to come off safely, said before going on
	picture               content.Picture // the position, drawn, with its words
	roller                bool            // done on the roller: the pressure guide applies
}

// readyFor is what the get-ready of state st shows: first, when the last
// area's two minutes are spent or b passed over one, that it is time to
// move on.
func (m *session) readyFor(st coach.State) readying {
	r := m.readyOf(st)
	var first []string
	if st.MoveOn != nil {
		first = append(first, coach.MoveOn(*st.MoveOn))
	}
	if st.Why != "" {
		first = append(first, st.Why)
	}
	r.notes = append(first, r.notes...)
	return r
}

func (m *session) readyOf(st coach.State) readying {
	if st.Phase == coach.PhaseFinisherReady {
		// Cat-cow is on hands and knees, off the roller: no pressure to judge.
		cc := rules.Finisher(m.prof)
		pic, _ := content.PictureFor(content.CatCowID, "")
		return readying{title: "Get ready · Cat-cow", position: cc.Position, feel: cc.Feel, setup: cc.Setup, picture: pic}
	}
	ex := st.Step.Exercise
	pic, _ := content.PictureFor(ex.ID, st.Step.Side)
	if out := m.sitsOut(st); out != "" {
		// A class about to roll an area this member's answers leave out.
		return readying{title: "Sit this one out · " + st.Step.Title(), position: ex.Position,
			lead: out + " Rest while the class rolls it."}
	}
	if st.Phase == coach.PhaseSwitch {
		// The steps were read for the first side a minute ago: the other
		// side needs only where the roller goes, and the drawing turned.
		pic.Words = ""
		return readying{title: "Switch sides · " + st.Step.Title(), position: ex.Position,
			lead: plan.SwitchSides(st.Step), landmarks: ex.Landmarks, picture: pic}
	}
	r := readying{title: "Get ready · " + st.Step.Title(), position: ex.Position, feel: ex.Feel, notes: plan.SetupNotes(ex, m.prof),
		picture: pic, landmarks: ex.Landmarks, roller: true}
	if st.Index == 0 && st.Phase == coach.PhaseReady {
		// What the command line and the screening answers changed, said
		// before the first area.
		r.notes = slices.Concat(m.opening, m.plan.Changes, r.notes)
		if !m.prof.Onboarded {
			// backroll start before the screening was ever asked: kept
			// over everything that can go in a short window.
			r.unscreened = content.Unscreened
		}
	}
	for _, step := range slices.Concat(ex.GetOn, ex.Setup) {
		r.setup = append(r.setup, sided(step, st.Step.Side))
	}
	for _, step := range ex.GetOff {
		r.getOff = append(r.getOff, sided(step, st.Step.Side))
	}
	return r
}

// readyParts are the get-ready's head, steps, count and the lines around
// them, laid out for a frame. In a window too short for every step, the
// steps scroll: they are how to get onto the roller safely, so none is
// cut, and where the roller goes scrolls with them.
type readyParts struct {
	head, steps, clock []string
	keep               []section // what goes last: the feel asked for, the notes, where the roller goes
	rest               []section // what helps but goes first in a short window
	scroll             bool      // the steps are more than the room: stepsPage holds them
	room               int       // the rows the steps may take when they scroll
}

func (m *session) readyParts(f frame, st coach.State, r readying) readyParts {
	s := f.st
	label := s.Muted.Render("starting in")
	if st.Paused {
		label = s.Paused.Render("paused")
	}
	room := f.height - headerRows
	p := readyParts{head: wrap(s.Heading.Render(r.title)+s.Muted.Render(" · "+r.position), textWidth(f), 1, 3)}
	if r.lead != "" {
		p.steps = wrapEven(s.Text, r.lead, textWidth(f), 1, 1)
	}
	for i, step := range r.setup {
		p.steps = append(p.steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	p.keep, p.rest = m.readyExtras(f, st, r)
	must := rowsOf(p.keep)
	if must > 0 {
		must++ // the blank above them
	}
	keep := rowsOf(p.keep)
	// The big count and the drawing beside it take the room only when
	// the pressure to aim for and how to come off still fit: a short
	// window loses the drawing, not them.
	for _, sec := range p.rest {
		if sec.drop <= comeOffDrop {
			keep += len(sec.lines)
		}
	}
	if keep > 0 {
		keep++ // the blank above them
	}
	// The label goes over the big digits, level with them, so it reads
	// first. They take the room only when where the roller goes still
	// fits: the blank under the title goes first.
	digits := countdown(f, st.Left, s.digits, nil)
	plain := ansi.Strip(digits[0])
	p.clock = append([]string{"", strings.Repeat(" ", len(plain)-len(strings.TrimLeft(plain, " "))) + label}, digits...)
	if len(p.head)+len(p.steps)+keep+len(p.clock) <= room {
		return p
	}
	// A short window shows the count in words under the title.
	p.clock = nil
	p.head = append(p.head, " "+label+" "+s.Text.Render(clock(st.Left)))
	// The steps scroll only when they and what must stay cannot share
	// the window; the rest then goes as its order says (viewReady), the
	// blank under the title first.
	if len(p.head)+len(p.steps)+must > room {
		p.head = []string{" " + s.Heading.Render(r.title), p.head[len(p.head)-1]}
		for _, sec := range p.keep {
			if len(sec.lines) > 0 && len(p.steps) > 0 && p.steps[len(p.steps)-1] != "" {
				p.steps = append(p.steps, "")
			}
			p.steps = append(p.steps, sec.lines...)
		}
		p.keep, p.rest = nil, nil
		p.scroll, p.room = len(p.head)+len(p.steps) > room, max(room-len(p.head), 1)
	}
	return p
}

// readyExtras are the lines of a get-ready beyond its steps: what must
// stay (that the screening was never asked, how the back feels, the notes
// for this person and where the roller goes) and what can go in a short window, least needed
// last: the position in words, what it feels like, how to come off, the
// pressure.
func (m *session) readyExtras(f frame, st coach.State, r readying) (keep, rest []section) {
	s, w := f.st, textWidth(f)
	var notes, ask []string
	for _, n := range r.notes {
		notes = append(notes, wrap(s.Accent.Render("▸ "+n), w, 1, 3)...)
	}
	if m.asksFeelBefore(st) {
		ask = wrap(strings.TrimPrefix(feelLine(s, "How does your back feel?", m.feelBefore), " "), w, 1, 3)
		if m.feelBefore != nil && *m.feelBefore >= 7 {
			ask = append(ask, wrap(s.Accent.Render("▸ "+content.SoreBefore), w, 1, 3)...)
		}
	}
	labelled := func(label, text string) []string {
		if text == "" {
			return nil
		}
		return wrap(s.Muted.Render(label+": ")+s.Text.Render(text), w, 1, 1)
	}
	var unscreened []string
	if r.unscreened != "" {
		unscreened = wrap(s.Warning.Render("▸ "+r.unscreened), w, 1, 3)
	}
	keep = []section{{unscreened, 0}, {ask, 1}, {notes, 2}, {labelled("Where", r.landmarks), 3}}
	pressure := ""
	if r.roller {
		pressure = content.PressureGuide
	}
	// What it feels like goes before the pressure and the way off: they
	// keep the person safe on the roller.
	rest = []section{
		{labelled("Feels like", r.feel), comeOffDrop},
		{labelled("Pressure", pressure), 4},
		{labelled("To come off", strings.Join(r.getOff, " ")), 5},
		{labelled("Position", r.picture.Words), 7},
	}
	return keep, rest
}

// comeOffDrop is the last place in a get-ready's order of leaving that
// stays over the big count: what it feels like, then how to come off and
// the pressure, go only after the count and the drawing.
const comeOffDrop = 6

// rowsOf counts the lines of sections.
func rowsOf(secs []section) int {
	n := 0
	for _, sec := range secs {
		n += len(sec.lines)
	}
	return n
}

// layoutReady fits the steps of a get-ready that scrolls to the frame.
func (m *session) layoutReady(f frame, st coach.State) {
	if p := m.readyParts(f, st, m.readyFor(st)); p.scroll {
		if st.Phase != m.stepsFor.Phase || st.Index != m.stepsFor.Index {
			m.steps.top() // a new get-ready reads from its first step
			m.stepsFor = st
		}
		m.steps.fit(p.steps, f.width, p.room)
	}
}

func (m *session) viewReady(f frame, st coach.State) string {
	s := f.st
	r := m.readyFor(st)
	p := m.readyParts(f, st, r)
	room := f.height - headerRows
	head, steps, clockRows := p.head, p.steps, p.clock
	if p.scroll {
		lines := append(slices.Clone(head), m.steps.lines()...)
		right := m.where(st)
		if more := m.steps.more(f); more != "" {
			right = more + " · " + right
		}
		return f.header(m.plan.Name, right) + "\n\n" + strings.Join(lines, "\n")
	}
	if len(clockRows) > 0 && len(r.picture.Lines) > 0 {
		// The position, drawn beside the count where there is room.
		clockW := 0
		for _, l := range clockRows {
			clockW = max(clockW, ansi.StringWidth(l))
		}
		if pic := r.picture.Lines; clockW+6+len(pic[0]) <= f.width {
			clockRows = beside(clockRows, clockW, paintRows(s.figure, pic), 0, 6)
		}
	}
	lines := append(append(slices.Clone(head), ""), steps...)
	keep := rowsOf(p.keep)
	for _, sec := range p.rest {
		if sec.drop < comeOffDrop { // the pressure and the way off
			keep += len(sec.lines)
		}
	}
	if keep > 0 {
		keep++
	}
	if len(lines)+keep+len(clockRows) > room {
		lines = append(slices.Clone(head), steps...) // every row for the steps
	}
	extras := fitSections(room-len(lines)-len(clockRows)-1, slices.Concat(p.keep, p.rest)...)
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
