package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
	"github.com/charmbracelet/x/ansi"
)

// readying is what a get-ready screen shows: the next exercise, or cat-cow.
type readying struct {
	title, position, feel string
	setup, notes          []string
	picture               content.Picture // the position, drawn, with its words
}

func (m *session) viewReady(f frame, st coach.State) string {
	if st.Phase == coach.PhaseFinisherReady {
		cc := content.CatCow
		pic, _ := content.PictureFor(content.CatCowID, "")
		return m.getReady(f, st, readying{title: "Get ready · Cat-cow", position: cc.Position, feel: cc.Feel, setup: cc.Setup, picture: pic})
	}
	ex := st.Step.Exercise
	pic, _ := content.PictureFor(ex.ID, st.Step.Side)
	r := readying{title: "Get ready · " + st.Step.Title(), position: ex.Position, feel: ex.Feel, notes: setupNotes(ex, m.prof), picture: pic}
	if st.Index == 0 && st.Phase == coach.PhaseReady {
		// What the screening answers changed, said before the first area.
		r.notes = append(slices.Clone(m.plan.Changes), r.notes...)
	}
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
	// What helps but can go in a short window: what it feels like first,
	// then the question, then the notes for this person, then the
	// position in words.
	var drawn []string
	if r.picture.Words != "" {
		drawn = wrap(s.Muted.Render("Position: ")+s.Text.Render(r.picture.Words), textWidth(f), 1, 1)
	}
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
		section{ask, 2},
		section{drawn, 4})
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
