package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

type homeItem struct {
	label, detail string
	do            func() tea.Cmd
}

// home is the first screen: how today looks and what to do.
type home struct {
	items  []homeItem
	cursor int
	keys   menuKeys
}

func newHome() home {
	nightly, _ := content.RoutineByID("nightly")
	h := home{keys: newMenuKeys()}
	h.keys.Back.SetEnabled(false)
	h.items = []homeItem{
		{"Nightly roll", routineLine(nightly), func() tea.Cmd { return startRoutine(nightly) }},
		{"Where does it hurt?", "pick the spot; we roll what helps it", func() tea.Cmd { return navigate(hurtScreen) }},
		{"Choose areas", "build your own session", func() tea.Cmd { return navigate(chooseScreen) }},
		{"Progress", "streaks, calendar, minutes per area", func() tea.Cmd { return navigate(progressScreen) }},
		{"Quit", "", func() tea.Cmd { return quitApp }},
	}
	return h
}

// routineLine sums a routine up: "mid-back, glutes, cat-cow · 5 min".
func routineLine(r content.Routine) string {
	var names []string
	for _, it := range r.Items {
		if ex, ok := content.ExerciseByID(it.Exercise); ok {
			names = append(names, strings.ToLower(ex.Name))
		}
	}
	if r.CatCow {
		names = append(names, "cat-cow")
	}
	return fmt.Sprintf("%s · %s", strings.Join(names, ", "), minutes(routineLength(r)))
}

// routineLength is the routine's time with its get-ready pauses, as a
// person will live it.
func routineLength(r content.Routine) time.Duration {
	var d time.Duration
	for _, it := range r.Items {
		ex, _ := content.ExerciseByID(it.Exercise)
		hold := ex.Hold
		if it.Hold > 0 {
			hold = it.Hold
		}
		n := 1
		if ex.Sided && it.Side == "" {
			n = 2
		}
		d += time.Duration(n) * (hold + 5*time.Second)
	}
	if r.CatCow {
		d += time.Duration(content.CatCow.Reps) * 10 * time.Second
	}
	return d
}

func minutes(d time.Duration) string {
	return fmt.Sprintf("%d min", int((d+30*time.Second)/time.Minute))
}

func (h home) Update(msg tea.Msg) (home, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return h, nil
	}
	switch {
	case key.Matches(kp, h.keys.Up):
		h.cursor = (h.cursor + len(h.items) - 1) % len(h.items)
	case key.Matches(kp, h.keys.Down):
		h.cursor = (h.cursor + 1) % len(h.items)
	case key.Matches(kp, h.keys.Enter):
		return h, h.items[h.cursor].do()
	case key.Matches(kp, h.keys.Quit):
		return h, quitApp
	}
	return h, nil
}

func (h home) View(f frame, today Today, saveErr error) string {
	s := f.st
	right := ""
	if today.Streak > 0 {
		right = fmt.Sprintf("%d-day streak", today.Streak)
	}
	lines := []string{f.header("foam rolling for your back", right), ""}
	var status string
	switch {
	case today.Done:
		status = s.Good.Render(fmt.Sprintf("✓ Rolled today: %s. Your streak is %d %s.", clock(today.Rolled), today.Streak, plural(today.Streak, "day")))
	case today.Rolled > 0:
		status = s.Good.Render("✓ Rolled today: " + clock(today.Rolled) + ". Nice work.")
	case today.Streak > 0:
		status = s.Text.Render(fmt.Sprintf("Roll today to keep your %d-day streak going.", today.Streak))
	default:
		status = s.Muted.Render("Not rolled yet today. Five gentle minutes is plenty.")
	}
	lines = append(lines, wrap(status, f.width-2, 1, 1)...)
	lines = append(lines, "", "")
	for i, it := range h.items {
		mark, label := "   ", s.Text.Render(it.label)
		if i == h.cursor {
			mark, label = " "+s.Selected.Render("▸ "), s.Selected.Render(it.label)
		}
		line := mark + label
		if it.detail != "" && f.width >= 72 {
			line += strings.Repeat(" ", max(24-len(it.label), 2)) + s.Muted.Render(it.detail)
		}
		lines = append(lines, line, "")
	}
	lines = append(lines, "")
	if saveErr != nil {
		lines = append(lines, wrap(s.Warning.Render("Not saved: "+saveErr.Error()), f.width-2, 1, 1)...)
	}
	if today.Warning != "" {
		lines = append(lines, wrap(s.Muted.Render(today.Warning), f.width-2, 1, 1)...)
	}
	lines = append(lines, wrap(s.Muted.Render(content.Disclaimer), f.width-2, 1, 1)...)
	return strings.Join(lines, "\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
