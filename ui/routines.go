package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach/plan"
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
	note   string // why the routine chosen does not start
}

func newRoutines(own []content.Routine) *routines {
	all := append(append([]content.Routine(nil), content.Routines...), own...)
	return &routines{all: all, own: len(content.Routines), keyMap: newMenuKeys()}
}

func (r *routines) keys(frame) help.KeyMap { return r.keyMap }

func (r *routines) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	n := len(r.all)
	r.note = ""
	switch {
	case moves(kp, r.keyMap.Move, &r.cursor, n):
	case key.Matches(kp, r.keyMap.Enter) && f.book.of(r.all[r.cursor]).nothingLeft:
		// Every area left out for this person: enter says why, and
		// starts nothing.
		r.note = f.said(plan.NothingToRoll(f.book.of(r.all[r.cursor]).leftOut))
	case key.Matches(kp, r.keyMap.Enter):
		return nil, startIt{r.all[r.cursor]}
	}
	return nil, r.keyMap.leaves(kp)
}

func (r *routines) view(f frame) string {
	s := f.st
	head := []string{f.header("routines", ""), ""}
	var note []string
	if r.note != "" {
		note = append([]string{""}, wrap(s.Warning.Render(r.note), textWidth(f), 1, 1)...)
	}
	// Each routine with its areas and length under it where the window
	// has room for all of them; a short one keeps the names, and the
	// details of the one under the cursor below them.
	var full, names []string
	for i := range r.all {
		if i == r.own {
			full = append(full, "", " "+s.Muted.Render("Your own"))
			names = append(names, "", " "+s.Muted.Render("Your own"))
		}
		name := r.name(f, i)
		full = append(append(full, name), r.details(f, i, 5)...)
		names = append(names, name)
	}
	body := full
	if headerRows+len(full)+len(note) > f.height {
		if len(note) > 0 && headerRows+len(names)+len(note) > f.height {
			// The name's own mark says why in a few words.
			note = []string{" " + s.Warning.Render("✕ Nothing to roll here for you.")}
		}
		body = fitSections(f.height-headerRows, section{names, 0}, section{[]string{""}, 2},
			section{r.details(f, r.cursor, 1), 1}, section{note, 0})
		note = nil
	}
	return strings.Join(slices.Concat(head, body, note), "\n")
}

// name is routine i's line: its name, marked under the cursor, and
// marked left out when the answers leave nothing of it to roll.
func (r *routines) name(f frame, i int) string {
	s, rt := f.st, r.all[i]
	mark, name := "   ", s.Text.Render(rt.Name)
	if i == r.cursor {
		mark, name = " "+s.Selected.Render("▸ "), s.Selected.Render(rt.Name)
	}
	if p := f.book.of(rt); p.nothingLeft {
		name += "  " + s.Warning.Render("✕ left out: "+plan.Reasons(p.leftOut))
	}
	return ansi.Truncate(mark+name, f.width, "…")
}

// details are routine i's areas and length as this person would roll it,
// and what their answers leave out of it, indented by in. The person's
// own say their description first, as `backroll routines` does: a name
// someone else chose may not say what it is for.
func (r *routines) details(f frame, i, in int) []string {
	s, w, rt := f.st, textWidth(f), r.all[i]
	var lines []string
	if i >= r.own && rt.Summary != "" {
		lines = wrap(s.Text.Render(rt.Summary), w, in, in)
	}
	p := f.book.of(rt)
	left := p.leftOut
	if p.nothingLeft {
		return append(lines, wrap(s.Muted.Render(plan.Why(left)), w, in, in)...)
	}
	lines = append(lines, wrap(s.Muted.Render(p.line), w, in, in)...)
	if l := leftOutLine(left); l != "" {
		lines = append(lines, wrap(s.Warning.Render(l), w, in, in+2)...)
	}
	return lines
}
