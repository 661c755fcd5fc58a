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
type choose struct {
	cursor int
	picked []bool
	holds  []time.Duration
	keyMap chooseKeys
	note   string
}

const holdStep = 15 * time.Second

// newChoose starts each area at the hold the plan options give it.
func newChoose(o coach.Options) *choose {
	c := &choose{keyMap: newChooseKeys()}
	for _, ex := range content.Areas() {
		hold := ex.Hold
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
		if c.picked[i] {
			r.Items = append(r.Items, content.Item{Exercise: ex.ID, Hold: c.holds[i]})
		}
	}
	return r, len(r.Items) > 0
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
	case key.Matches(kp, k.Toggle):
		c.picked[c.cursor] = !c.picked[c.cursor]
	// The time keys change the time only: picking is space's alone, so a
	// space after them never unpicks an area that seemed just picked.
	case key.Matches(kp, k.Longer):
		c.holds[c.cursor] = min(c.holds[c.cursor]+holdStep, 2*time.Minute)
	case key.Matches(kp, k.Shorter):
		c.holds[c.cursor] = max(c.holds[c.cursor]-holdStep, holdStep)
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
	s := f.st
	lines := []string{f.header("choose areas", ""), ""}
	lines = append(lines, wrap(s.Muted.Render("Pick what to roll; each area gets its own time. Sided areas do both sides."), textWidth(f), 1, 1)...)
	lines = append(lines, "")
	for i, ex := range content.Areas() {
		box := "[ ]"
		if c.picked[i] {
			box = "[" + s.Good.Render("✓") + "]"
		}
		sides := ""
		if ex.Sided {
			sides = " each side"
		}
		name := fmt.Sprintf("%-14s", ex.Name)
		t := fmt.Sprintf("%-5s%s", clock(c.holds[i]), sides)
		row := "   " + box + " " + s.Text.Render(name) + " " + s.Muted.Render(t)
		if i == c.cursor {
			row = " " + s.Selected.Render("▸") + " " + box + " " + s.Selected.Render(name) + " " + s.Text.Render(t)
		}
		lines = append(lines, row)
		if f.height >= 20 {
			lines = append(lines, wrap(s.Muted.Render(ex.Where), textWidth(f), 5, 5)...)
			lines = append(lines, "")
		}
	}
	if r, ok := c.routine(); ok {
		p, _ := coach.NewPlan(r, coach.Options{})
		lines = append(lines, " "+s.Text.Render(fmt.Sprintf("Your session: %d %s and cat-cow · %s", len(p.Steps), plural(len(p.Steps), "step"), minutes(routineLength(r, f)))))
	} else {
		lines = append(lines, " "+s.Muted.Render("Nothing picked yet."))
	}
	if c.note != "" {
		lines = append(lines, " "+s.Warning.Render(c.note))
	}
	return strings.Join(lines, "\n")
}
