// The settings screen's list (settings.go): a setting a row where the
// window is wide enough for its value, else the value under its label, and
// in a window too short for the list, the part of it around the cursor.

package ui

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"

	saved "github.com/backroll/backroll/coach/settings"
)

// settingLabelW is the label column of a row with its value beside it.
const settingLabelW = 30

// rows are the settings as the frame has room for them; more says which
// way the rest of the list lies when not all of it shows.
func (m *settingsPage) rows(f frame) (lines []string, more string) {
	s := f.st
	// Every value at its widest, the cursor's marks on it, so that the
	// layout does not change as the cursor moves or a value does.
	beside := true
	for _, field := range saved.Fields {
		for _, c := range settingChoices()[field.Key] {
			beside = beside && 3+settingLabelW+1+ansi.StringWidth("‹ "+c.show+" ›") <= f.width
		}
		beside = beside && 3+settingLabelW+1+ansi.StringWidth("‹ "+settingShown(field, m.now)+" ›") <= f.width
	}
	blocks := make([][]string, len(saved.Fields))
	for i, field := range saved.Fields {
		mark, label, value := "   ", s.Text, s.Muted.Render(settingShown(field, m.now))
		if i == m.cursor {
			mark, label, value = " "+s.Selected.Render("▸ "), s.Selected, s.Text.Render("‹ "+settingShown(field, m.now)+" ›")
		}
		if beside {
			blocks[i] = []string{mark + label.Render(fmt.Sprintf("%-*s", settingLabelW, field.Label)) + " " + value}
			continue
		}
		// Too narrow for the two side by side: the value on its own
		// lines under the label, whole.
		blocks[i] = append([]string{mark + label.Render(field.Label)}, wrap(value, f.width-1, 5, 7)...)
	}
	room := f.height - headerRows
	if m.note != "" {
		room -= 1 + len(wrap(m.note, textWidth(f), 1, 1)) // how a save went shows with the list
	}
	return blockLines(blocks, m.cursor, room)
}

// blockLines are the lines of the blocks that fit in rows around the
// cursor's (blockWindow), and more says which way the rest lies.
func blockLines(blocks [][]string, cursor, rows int) (lines []string, more string) {
	from, to := blockWindow(blocks, cursor, rows)
	for _, b := range blocks[from:to] {
		lines = append(lines, b...)
	}
	if from > 0 {
		more = "↑"
	}
	if to < len(blocks) {
		more += "↓"
	}
	return lines, more
}

// blockWindow is the blocks from and to that fit in rows, the cursor's
// among them: from the top while it fits there, else with the cursor's
// at the foot, as a list scrolls down to it. All of them when they fit,
// or when rows is no room at all.
func blockWindow(blocks [][]string, cursor, rows int) (from, to int) {
	total := 0
	for _, b := range blocks {
		total += len(b)
	}
	if rows <= 0 || total <= rows {
		return 0, len(blocks)
	}
	used := 0
	for to < len(blocks) && used+len(blocks[to]) <= rows {
		used += len(blocks[to])
		to++
	}
	if cursor < to {
		return 0, to
	}
	from, to, used = cursor, cursor+1, len(blocks[cursor])
	for from > 0 && used+len(blocks[from-1]) <= rows {
		from--
		used += len(blocks[from])
	}
	return from, to
}
