package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// readying is what a get-ready screen shows: the next exercise, or cat-cow.
type readying struct {
	title, position, feel string
	landmarks             string          // where the roller goes and where it stops
	setup, notes          []string        // setup starts from the floor: getting on, then into position
	unscreened            string          // the screening's conditions, never asked
	getOff                []string        // how to come off safely, said before going on
	picture               content.Picture // the position, drawn, with its words
}

// readyFor is what the get-ready of state st shows.
func (m *session) readyFor(st coach.State) readying {
	if st.Phase == coach.PhaseFinisherReady {
		cc := content.CatCow
		pic, _ := content.PictureFor(content.CatCowID, "")
		return readying{title: "Get ready · Cat-cow", position: cc.Position, feel: cc.Feel, setup: cc.Setup, picture: pic}
	}
	ex := st.Step.Exercise
	pic, _ := content.PictureFor(ex.ID, st.Step.Side)
	r := readying{title: "Get ready · " + st.Step.Title(), position: ex.Position, feel: ex.Feel, notes: setupNotes(ex, m.prof),
		picture: pic, landmarks: ex.Landmarks}
	if st.Index == 0 && st.Phase == coach.PhaseReady {
		// What the screening answers changed, said before the first area.
		r.notes = append(slices.Clone(m.plan.Changes), r.notes...)
		if !m.prof.Onboarded {
			// backroll start before the screening was ever asked: kept
			// over everything that can go in a short window.
			r.unscreened = content.Unscreened
		}
	}
	if st.Phase == coach.PhaseSwitch {
		r.title = "Switch sides · " + st.Step.Title()
	}
	for _, step := range slices.Concat(ex.GetOn, ex.Setup) {
		r.setup = append(r.setup, sided(step, st.Step.Side))
	}
	for _, step := range ex.GetOff {
		r.getOff = append(r.getOff, sided(step, st.Step.Side))
	}
	return r
}

// readyParts are the get-ready's head, steps and count, laid out for a
// frame. In a window too short for every step, the steps scroll: they are
// how to get onto the roller safely, so none is cut.
type readyParts struct {
	head, steps, clock []string
	scroll             bool // the steps are more than the room: stepsPage holds them
	room               int  // the rows the steps may take when they scroll
}

func (m *session) readyParts(f frame, st coach.State, r readying) readyParts {
	s := f.st
	label := s.Muted.Render("starting in")
	if st.Paused {
		label = s.Paused.Render("paused")
	}
	room := f.height - headerRows
	p := readyParts{head: wrap(s.Heading.Render(r.title)+s.Muted.Render(" · "+r.position), textWidth(f), 1, 3)}
	for i, step := range r.setup {
		p.steps = append(p.steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	// The label goes over the big digits, level with them, so it reads
	// first.
	digits := countdown(f, st.Left, s.digits, nil)
	plain := ansi.Strip(digits[0])
	p.clock = append([]string{"", strings.Repeat(" ", len(plain)-len(strings.TrimLeft(plain, " "))) + label}, digits...)
	if len(p.head)+1+len(p.steps)+len(p.clock) <= room {
		return p
	}
	// A short window shows the count in words under the title.
	p.clock = nil
	p.head = append(p.head, " "+label+" "+s.Text.Render(clock(st.Left)))
	if len(p.head)+1+len(p.steps) > room {
		p.head = []string{" " + s.Heading.Render(r.title), p.head[len(p.head)-1]}
		p.scroll, p.room = len(p.head)+len(p.steps) > room, max(room-len(p.head), 1)
	}
	return p
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
	// What helps but can go in a short window: how the back feels first
	// (a sore one is told to go gently), the notes for this person, where
	// the roller goes, what it feels like, the pressure, how to come off,
	// and last the position in words.
	var notes, ask, drawn, where, off []string
	for _, n := range r.notes {
		notes = append(notes, wrap(s.Accent.Render("▸ "+n), textWidth(f), 1, 3)...)
	}
	if m.asksFeelBefore(st) {
		ask = wrap(strings.TrimPrefix(feelLine(s, "How does your back feel?", m.feelBefore), " "), textWidth(f), 1, 3)
		if m.feelBefore != nil && *m.feelBefore >= 7 {
			ask = append(ask, wrap(s.Accent.Render("▸ "+content.SoreBefore), textWidth(f), 1, 3)...)
		}
	}
	if r.picture.Words != "" {
		drawn = wrap(s.Muted.Render("Position: ")+s.Text.Render(r.picture.Words), textWidth(f), 1, 1)
	}
	if r.landmarks != "" {
		where = wrap(s.Muted.Render("Where: ")+s.Text.Render(r.landmarks), textWidth(f), 1, 1)
	}
	if len(r.getOff) > 0 {
		off = wrap(s.Muted.Render("To come off: ")+s.Text.Render(strings.Join(r.getOff, " ")), textWidth(f), 1, 1)
	}
	pressure := wrap(s.Muted.Render("Pressure: ")+s.Text.Render(content.PressureGuide), textWidth(f), 1, 1)
	lines := append(append(slices.Clone(head), ""), steps...)
	if len(lines)+len(clockRows) > room {
		lines = append(slices.Clone(head), steps...) // every row for the steps
	}
	var unscreened []string
	if r.unscreened != "" {
		unscreened = wrap(s.Warning.Render("▸ "+r.unscreened), textWidth(f), 1, 3)
	}
	extras := fitSections(room-len(lines)-len(clockRows)-1,
		section{unscreened, 0},
		section{ask, 1},
		section{notes, 2},
		section{where, 3},
		section{wrap(s.Muted.Render("Feels like: ")+s.Text.Render(r.feel), textWidth(f), 1, 1), 4},
		section{pressure, 5},
		section{off, 6},
		section{drawn, 7})
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
