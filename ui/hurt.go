package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/content"
)

// hurt asks where it hurts. Choosing is safe: a no-roll zone explains why
// and offers the routine that works its neighbours.
type hurt struct {
	cursor int
	keyMap menuKeys
}

func newHurt() *hurt { return &hurt{keyMap: newMenuKeys()} }

func (h *hurt) region() content.Region { return content.Regions[h.cursor] }

// regionRoutine is the routine offered for region r.
func regionRoutine(r content.Region) content.Routine {
	rt, _ := content.RoutineByID(r.Routine)
	return rt
}

// keys offer enter only where there is something to start: a region
// whose every area the answers leave out says why instead.
func (h *hurt) keys(f frame) help.KeyMap {
	k := h.keyMap
	k.Enter.SetEnabled(!f.book.of(regionRoutine(h.region())).nothingLeft)
	return k
}

func (h *hurt) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	n := len(content.Regions)
	switch {
	case moves(kp, h.keyMap.Move, &h.cursor, n):
	case key.Matches(kp, h.keyMap.Enter) && f.book.of(regionRoutine(h.region())).nothingLeft:
		// Nothing to start: the screen says why already.
	case key.Matches(kp, h.keyMap.Enter):
		return nil, startIt{regionRoutine(h.region())}
	}
	return nil, h.keyMap.leaves(kp)
}

// backRow is one row of the drawing of a back, tagged with the region it
// shows so the chosen one can light up.
type backRow struct {
	fig, label, region string
	short              string // the area in a word or two, for "mid-back: left out"
}

var backDrawing = []backRow{
	{`    .─.    `, ``, ``, ``},
	{`   (   )   `, ``, ``, ``},
	{`    │✕│    `, `neck: never roll`, `neck`, `neck`}, // the ✕ on the neck, not the head
	{` ╭──┴─┴──╮ `, ``, ``, ``},
	{`╱│ ░░░░░ │╲`, `mid-back`, `upper-back`, `mid-back`},
	{`╲│ ░░░░░ │╱`, `lats, sides`, `sides`, `lats`},
	{` │ ▓▓▓▓▓ │ `, `lower back: never roll`, `lower-back`, `lower back`},
	{` ╰┬─────┬╯ `, `glutes`, `hips`, `glutes`},
	{`  │ ░ ░ │  `, `hip flexors (front)`, `hip-front`, `hip flexors`},
}

// drawBack draws the back with the chosen region lit; the regions in
// leftOut, whose every area the screening answers leave out, say so.
func drawBack(s *Styles, chosen string, leftOut map[string]bool) []string {
	out := make([]string, len(backDrawing))
	for i, r := range backDrawing {
		st, label := s.Muted, r.label
		if r.region == "neck" || r.region == "lower-back" {
			st = s.Warning
		} else if leftOut[r.region] {
			st, label = s.Warning, r.short+": left out"
		}
		mark := "   "
		if r.region == chosen && r.region != "" {
			st, mark = s.Selected, " ◂ " // seen without colour too
		}
		line := st.Render(r.fig)
		if label != "" {
			line += mark + st.Render(label)
		}
		out[i] = line
	}
	return out
}

func (h *hurt) view(f frame) string {
	s := f.st
	lines := []string{f.header("where does it hurt?", ""), ""}
	var list []string
	leftOut := map[string]bool{} // regions with nothing left to roll for this person
	nameW := 30
	for _, r := range content.Regions {
		if r.NoRoll == "" && f.book.of(regionRoutine(r)).nothingLeft {
			leftOut[r.ID], nameW = true, 28 // room for the words beside the drawing
		}
	}
	for i, r := range content.Regions {
		mark := s.Good.Render("✓")
		switch {
		case r.NoRoll != "":
			mark = s.Warning.Render("✕")
		case leftOut[r.ID] && 3+nameW+1+ansi.StringWidth("✕ left out") <= f.width:
			mark = s.Warning.Render("✕ left out")
		case leftOut[r.ID]:
			mark = s.Warning.Render("✕ out") // the details below say why
		}
		name := fmt.Sprintf("%-*s", nameW, r.Name)
		row := "   " + s.Text.Render(name) + " " + mark
		if i == h.cursor {
			row = " " + s.Selected.Render("▸ "+name) + " " + mark
		}
		list = append(list, row)
	}
	listBlock := strings.Join(list, "\n")
	top := list
	// The drawing goes beside the list where it fits with the offer under
	// it, a little closer when the list is wider.
	if f.height-headerRows-len(backDrawing)-2 >= 1 {
		back := strings.Join(drawBack(s, h.region().ID, leftOut), "\n")
		for _, gap := range []string{"   ", "  "} {
			if joined := lipgloss.JoinHorizontal(lipgloss.Top, listBlock, gap, back); lipgloss.Width(joined) <= f.width {
				top = strings.Split(joined, "\n")
				break
			}
		}
	}
	lines = append(append(lines, top...), "")

	// Under the list: why, and what to start. The block keeps the height
	// of the longest region's, so the list stays put while the cursor
	// moves; a short window drops the why, then shortens the offer.
	room := f.height - headerRows - len(top) - 1
	rows := 0
	for _, r := range content.Regions {
		rows = max(rows, len(regionDetails(f, r, room)))
	}
	details := regionDetails(f, h.region(), room)
	lines = append(lines, details...)
	for range min(rows, room) - len(details) {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// regionDetails explains a region and offers its routine, in room rows if
// it can.
func regionDetails(f frame, r content.Region, room int) []string {
	s := f.st
	explain := r.Describe
	if z, ok := content.ZoneByID(r.NoRoll); ok {
		explain = z.Why
	}
	textW := min(f.width-2, 76)
	routine := regionRoutine(r)
	planned := f.book.of(routine)
	left := planned.leftOut
	if planned.nothingLeft {
		// Nothing to offer: why, in place of what enter would start.
		why := wrap(s.Warning.Render(f.said(plan.NothingToRoll(left))), textW, 1, 1)
		if len(why) > room {
			why = wrap(s.Warning.Render("✕ left out: "+plan.Reasons(left)), textW, 1, 3)
		}
		return fitSections(room, section{append(wrap(s.Text.Render(explain), textW, 1, 1), ""), 1}, section{why, 0})
	}
	offer := wrap(s.Selected.Render("enter")+"  "+s.Text.Render(fmt.Sprintf("start %q: %s", routine.Name, planned.line)), textW, 1, 8)
	if len(offer) > room {
		offer = []string{" " + s.Selected.Render("enter") + "  " + s.Text.Render(fmt.Sprintf("start %q · %s", routine.Name, minutes(planned.length())))}
	}
	var out []string
	if l := leftOutLine(left); l != "" {
		out = wrap(s.Warning.Render(l), textW, 8, 10)
	}
	return fitSections(room, section{append(wrap(s.Text.Render(explain), textW, 1, 1), ""), 1}, section{offer, 0}, section{out, 2})
}
