package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// choose builds a session from the rollable areas, each with its own time.
// An area the screening answers leave out is marked, with why, and cannot
// be picked; one rolled another way shows how.
type choose struct {
	cursor int
	picked []bool
	holds  []time.Duration
	areas  []coach.Screening // what the answers make of each area
	keyMap chooseKeys
	note   string
	book   *book  // the rules it was built with: the root builds it anew when they change
	foot   string // the session the picks make, worked out when they change, not on every frame
}

const holdStep = 15 * time.Second

// longer and shorter step a hold by holdStep, on whole steps, within the
// range every hold keeps (coach.MinHold to coach.MaxHold): 0:10, 0:15,
// 0:30 ... 2:00.
func longer(d time.Duration) time.Duration {
	return min(d.Truncate(holdStep)+holdStep, coach.MaxHold)
}

func shorter(d time.Duration) time.Duration {
	next := d - holdStep
	if d%holdStep != 0 {
		next = d.Truncate(holdStep)
	}
	return max(next, coach.MinHold)
}

// newChoose starts each area at the hold the plan options give it, as
// the screening answers in them make it.
func newChoose(b *book) *choose {
	o := b.options()
	c := &choose{keyMap: newChooseKeys(), book: b}
	for _, ex := range content.Areas() {
		sc := coach.Screen(ex, o.Conditions, o.Avoid)
		c.areas = append(c.areas, sc)
		hold := sc.Rolled.Hold
		if o.DefaultHold > 0 {
			hold = o.DefaultHold
		}
		if o.Hold > 0 {
			hold = o.Hold
		}
		c.picked = append(c.picked, false)
		c.holds = append(c.holds, hold)
	}
	return c
}

// routine is the custom session the person picked, cat-cow to finish.
func (c *choose) routine() (content.Routine, bool) {
	r := content.Routine{ID: "custom", Name: "your areas", CatCow: true}
	for i, ex := range content.Areas() {
		if c.picked[i] && !c.areas[i].LeftOut {
			r.Items = append(r.Items, content.Item{Exercise: ex.ID, Hold: c.holds[i]})
		}
	}
	return r, len(r.Items) > 0
}

// replan works out the session the picks make: its steps and time, the
// answers applied; "" for none.
func (c *choose) replan() {
	c.foot = ""
	if r, ok := c.routine(); ok {
		if p, err := c.book.build(r); err == nil {
			c.foot = fmt.Sprintf("Your session: %d %s and cat-cow · %s", len(p.Steps), plural(len(p.Steps), "step"), minutes(p.Total()))
		}
	}
}

func (c *choose) keys(frame) help.KeyMap { return c.keyMap }

func (c *choose) update(msg tea.Msg, _ frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	k := c.keyMap
	n := len(content.Areas())
	c.note = ""
	switch {
	case moves(kp, k.Move, &c.cursor, n):
	case c.areas[c.cursor].LeftOut && (key.Matches(kp, k.Toggle) || key.Matches(kp, k.Longer) || key.Matches(kp, k.Shorter)):
		// Left out for this person: picking says why, and does nothing.
		c.note = c.areas[c.cursor].Why
	case key.Matches(kp, k.Toggle):
		c.picked[c.cursor] = !c.picked[c.cursor]
		c.replan()
	// The time keys change the time only: picking is space's alone, so a
	// space after them never unpicks an area that seemed just picked.
	case key.Matches(kp, k.Longer):
		c.holds[c.cursor] = longer(c.holds[c.cursor])
		c.replan()
	case key.Matches(kp, k.Shorter):
		c.holds[c.cursor] = shorter(c.holds[c.cursor])
		c.replan()
	case key.Matches(kp, k.Enter):
		r, ok := c.routine()
		if !ok {
			c.note = "Pick at least one area with space."
			return nil, nil
		}
		return nil, startIt{r}
	}
	return nil, k.leaves(kp)
}

func (c *choose) view(f frame) string {
	s, w := f.st, textWidth(f)
	intro := append(wrap(s.Muted.Render("Pick what to roll; each area gets its own time. Sided areas do both sides."), w, 1, 1), "")
	var rows []string
	for i, ex := range content.Areas() {
		sc := c.areas[i]
		rows = append(rows, c.row(f, i, ex, sc))
		if f.height >= 20 {
			about, st := ex.Where, s.Muted
			if sc.Changed() {
				about, st = sc.Why, s.Text
			}
			rows = append(rows, wrap(st.Render(about), w, 5, 5)...)
			rows = append(rows, "")
		}
	}
	foot := []string{" " + s.Muted.Render("Nothing picked yet.")}
	if c.foot != "" {
		foot = wrap(s.Text.Render(c.foot), w, 1, 1)
	}
	var note []string
	if c.note != "" {
		note = wrap(s.Warning.Render(c.note), w, 1, 1)
	}
	// A short window drops the introduction before the note, which says
	// why a key did nothing.
	body := fitSections(f.height-headerRows, section{intro, 1}, section{rows, 0}, section{foot, 0}, section{note, 0})
	return strings.Join(append([]string{f.header("choose areas", ""), ""}, body...), "\n")
}

// row is area i's line: its box, name and time, or, left out, a ✕ and
// why in a few words where they fit.
func (c *choose) row(f frame, i int, ex content.Exercise, sc coach.Screening) string {
	s := f.st
	name := fmt.Sprintf("%-14s", ex.Name)
	mark, nameSt, tSt := "   ", s.Text, s.Muted
	if i == c.cursor {
		mark, nameSt, tSt = " "+s.Selected.Render("▸")+" ", s.Selected, s.Text
	}
	if sc.LeftOut {
		t := "left out: " + sc.Reason
		if 7+14+1+len(t) > f.width {
			t = "left out"
		}
		return mark + " " + s.Warning.Render("✕") + "  " + nameSt.Render(name) + " " + s.Warning.Render(t)
	}
	box := "[ ]"
	if c.picked[i] {
		box = "[" + s.Good.Render("✓") + "]"
	}
	var how []string
	if ex.Sided {
		how = append(how, "each side")
	}
	if sc.Rolled.ID != ex.ID {
		// Rolled another way: "Mid-back at a wall" is "at a wall".
		how = append(how, strings.TrimPrefix(sc.Rolled.Name, ex.Name+" "))
	}
	t := strings.TrimRight(fmt.Sprintf("%-5s %s", clock(c.holds[i]), strings.Join(how, ", ")), " ")
	return mark + box + " " + nameSt.Render(name) + " " + tSt.Render(t)
}
