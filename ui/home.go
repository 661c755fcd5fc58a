package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

type homeItem struct {
	label, detail string
	routine       *content.Routine // its length shows as the detail
	do            func() tea.Cmd
}

// home is the first screen: how today looks and what to do.
type home struct {
	items  []homeItem
	cursor int
	keys   homeKeys
}

type homeKeys struct {
	menuKeys
	Tips, RedFlags key.Binding
}

func (k homeKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Enter, k.Tips, k.RedFlags, k.Quit, k.Help}
}

func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Enter}, {k.Tips, k.RedFlags}, {k.Quit, k.Help}}
}

// helpKeys says what enter does on the item under the cursor.
func (h home) helpKeys() homeKeys {
	k := h.keys
	switch it := h.items[h.cursor]; {
	case it.routine != nil:
		k.Enter.SetHelp("enter", "start")
	case it.label == "Quit":
		k.Enter.SetHelp("enter", "quit")
	default:
		k.Enter.SetHelp("enter", "open")
	}
	return k
}

func newHome() home {
	nightly, _ := content.RoutineByID("nightly")
	h := home{keys: homeKeys{
		menuKeys: newMenuKeys(),
		Tips:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tips")),
		RedFlags: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "red flags")),
	}}
	h.items = []homeItem{
		{"Nightly roll", "", &nightly, func() tea.Cmd { return startRoutine(nightly) }},
		{"Where does it hurt?", "pick the spot; we roll what helps it", nil, func() tea.Cmd { return navigate(hurtScreen) }},
		{"Choose areas", "build your own session", nil, func() tea.Cmd { return navigate(chooseScreen) }},
		{"Progress", "streaks, calendar, minutes per area", nil, func() tea.Cmd { return navigate(progressScreen) }},
		{"Tips", "how to roll well, what to avoid", nil, func() tea.Cmd { return navigate(tipsScreen) }},
		{"Red flags", "when to stop and see a physical therapist", nil, func() tea.Cmd { return navigate(redFlagsScreen) }},
		{"Quit", "", nil, func() tea.Cmd { return quitApp }},
	}
	return h
}

// routineLine sums a routine up: "mid-back, glutes, cat-cow · 4 min".
func routineLine(r content.Routine, o coach.Options) string {
	var names []string
	for _, it := range r.Items {
		if ex, ok := content.ExerciseByID(it.Exercise); ok {
			names = append(names, strings.ToLower(ex.Name))
		}
	}
	if r.CatCow {
		names = append(names, "cat-cow")
	}
	return fmt.Sprintf("%s · %s", strings.Join(names, ", "), minutes(routineLength(r, o)))
}

// routineLength is the routine's whole time, get-readies included, with
// the plan options o: the same total that `backroll routines` prints and
// the session bar counts down from.
func routineLength(r content.Routine, o coach.Options) time.Duration {
	p, err := coach.NewPlan(r, o)
	if err != nil {
		return 0
	}
	return p.Total()
}

// minutes shows a routine's length as the session bar does: 4:20.
func minutes(d time.Duration) string { return clock(d) }

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
	case key.Matches(kp, h.keys.Tips):
		return h, navigate(tipsScreen)
	case key.Matches(kp, h.keys.RedFlags):
		return h, navigate(redFlagsScreen)
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
		// The streak is in the header already.
		status = s.Good.Render("✓ Rolled today: " + rolled(today.Rolled) + ". Today counts; see you tomorrow.")
	case today.Rolled > 0:
		// Not yet enough for the day to count: no tick that says it does.
		status = s.Text.Render("Rolled today: " + rolled(today.Rolled) + ". A little more and today counts for your streak.")
	case today.Streak > 0:
		status = s.Text.Render(fmt.Sprintf("Roll today to keep your %d-day streak going.", today.Streak))
	default:
		status = s.Muted.Render("Not rolled yet today. A few gentle minutes is plenty.")
	}
	// A short window drops the blank lines between items, then the status,
	// never the items.
	if f.height >= 16 {
		lines = append(lines, wrap(status, textWidth(f), 1, 1)...)
		lines = append(lines, "", "")
	}
	gap := f.height >= 22
	for i, it := range h.items {
		mark, label := "   ", s.Text.Render(it.label)
		if i == h.cursor {
			mark, label = " "+s.Selected.Render("▸ "), s.Selected.Render(it.label)
		}
		line := mark + label
		detail := it.detail
		if it.routine != nil {
			detail = routineLine(*it.routine, f.plan)
		}
		if detail != "" && f.width >= 72 {
			line += strings.Repeat(" ", max(24-len(it.label), 2)) + s.Muted.Render(detail)
		}
		lines = append(lines, line)
		if gap {
			lines = append(lines, "")
		}
	}
	lines = append(lines, "")
	if saveErr != nil {
		lines = append(lines, wrap(s.Warning.Render("Not saved: "+saveErr.Error()), textWidth(f), 1, 1)...)
	}
	if f.profileErr != nil {
		lines = append(lines, wrap(s.Warning.Render("Your answers were not saved: "+f.profileErr.Error()), textWidth(f), 1, 1)...)
	}
	if today.Warning != "" {
		lines = append(lines, wrap(s.Muted.Render(today.Warning), textWidth(f), 1, 1)...)
	}
	// The header is one entry of two rows; the disclaimer goes where there
	// is no room for it (the red flags say it too).
	if d := wrap(s.Muted.Render(content.Disclaimer), textWidth(f), 1, 1); len(lines)+1+len(d) <= f.height {
		lines = append(lines, d...)
	}
	return strings.Join(lines, "\n")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
