package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

// routines lists every routine, the built-in ones and then the person's
// own (backroll routines new, add), each with its areas and length as this
// person would roll it; enter starts one.
type routines struct {
	all    []content.Routine
	own    int // where the person's own begin in all
	cursor int
	keyMap menuKeys
}

func newRoutines(own []content.Routine) *routines {
	all := append(append([]content.Routine(nil), content.Routines...), own...)
	return &routines{all: all, own: len(content.Routines), keyMap: newMenuKeys()}
}

func (r *routines) keys(frame) help.KeyMap { return r.keyMap }

func (r *routines) update(msg tea.Msg, _ frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	n := len(r.all)
	switch {
	case moves(kp, r.keyMap.Move, &r.cursor, n):
	case key.Matches(kp, r.keyMap.Enter):
		return nil, startIt{r.all[r.cursor]}
	}
	return nil, r.keyMap.leaves(kp)
}

func (r *routines) view(f frame) string {
	s := f.st
	lines := []string{f.header("routines", ""), ""}
	// A short window keeps the names, and their lengths only where they
	// fit beside them.
	detail := f.height >= 2*len(r.all)+headerRows+2
	for i, rt := range r.all {
		if i == r.own {
			lines = append(lines, "", " "+s.Muted.Render("Your own"))
		}
		mark, name := "   ", s.Text.Render(rt.Name)
		if i == r.cursor {
			mark, name = " "+s.Selected.Render("▸ "), s.Selected.Render(rt.Name)
		}
		lines = append(lines, mark+name)
		if detail {
			lines = append(lines, wrap(s.Muted.Render(routineLine(rt, f)), textWidth(f), 5, 5)...)
		}
	}
	if !detail {
		lines = append(append(lines, ""), wrap(s.Muted.Render(routineLine(r.all[r.cursor], f)), textWidth(f), 1, 1)...)
	}
	return strings.Join(lines, "\n")
}
