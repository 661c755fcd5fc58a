package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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

func (h *hurt) keys(frame) help.KeyMap { return h.keyMap }

func (h *hurt) update(msg tea.Msg, _ frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	n := len(content.Regions)
	switch {
	case moves(kp, h.keyMap.Move, &h.cursor, n):
	case key.Matches(kp, h.keyMap.Enter):
		r, _ := content.RoutineByID(h.region().Routine)
		return nil, startIt{r}
	}
	return nil, h.keyMap.leaves(kp)
}

// backRow is one row of the drawing of a back, tagged with the region it
// shows so the chosen one can light up.
type backRow struct {
	fig, label, region string
}

var backDrawing = []backRow{
	{`    .─.    `, ``, ``},
	{`   (   )   `, ``, ``},
	{`    │✕│    `, `neck: never roll`, `neck`}, // the ✕ on the neck, not the head
	{` ╭──┴─┴──╮ `, ``, ``},
	{`╱│ ░░░░░ │╲`, `mid-back`, `upper-back`},
	{`╲│ ░░░░░ │╱`, `lats, sides`, `sides`},
	{` │ ▓▓▓▓▓ │ `, `lower back: never roll`, `lower-back`},
	{` ╰┬─────┬╯ `, `glutes`, `hips`},
	{`  │ ░ ░ │  `, `hip flexors (front)`, `hip-front`},
}

func drawBack(s Styles, chosen string) []string {
	out := make([]string, len(backDrawing))
	for i, r := range backDrawing {
		st := s.Muted
		if r.region == "neck" || r.region == "lower-back" {
			st = s.Warning
		}
		mark := "   "
		if r.region == chosen && r.region != "" {
			st, mark = s.Selected, " ◂ " // seen without colour too
		}
		line := st.Render(r.fig)
		if r.label != "" {
			line += mark + st.Render(r.label)
		}
		out[i] = line
	}
	return out
}

func (h *hurt) view(f frame) string {
	s := f.st
	lines := []string{f.header("where does it hurt?", ""), ""}
	var list []string
	for i, r := range content.Regions {
		mark := s.Good.Render("✓")
		if r.NoRoll != "" {
			mark = s.Warning.Render("✕")
		}
		name := fmt.Sprintf("%-30s", r.Name)
		row := "   " + s.Text.Render(name) + " " + mark
		if i == h.cursor {
			row = " " + s.Selected.Render("▸ "+name) + " " + mark
		}
		list = append(list, row)
	}
	listBlock := strings.Join(list, "\n")
	top := list
	// The drawing goes beside the list where it fits with the offer under
	// it.
	if f.width >= 80 && f.height-headerRows-len(backDrawing)-2 >= 1 {
		back := strings.Join(drawBack(s, h.region().ID), "\n")
		top = strings.Split(lipgloss.JoinHorizontal(lipgloss.Top, listBlock, "   ", back), "\n")
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
	routine, _ := content.RoutineByID(r.Routine)
	offer := wrap(s.Selected.Render("enter")+"  "+s.Text.Render(fmt.Sprintf("start %q: %s", routine.Name, routineLine(routine, f))), textW, 1, 8)
	if len(offer) > room {
		offer = []string{" " + s.Selected.Render("enter") + "  " + s.Text.Render(fmt.Sprintf("start %q · %s", routine.Name, minutes(routineLength(routine, f))))}
	}
	return fitSections(room, section{append(wrap(s.Text.Render(explain), textW, 1, 1), ""), 1}, section{offer, 0})
}
