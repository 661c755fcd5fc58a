package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

type homeItem struct {
	label, detail string
	routine       *content.Routine // its length shows as the detail
	want          intent           // where enter goes
}

// home is the first screen: how today looks and what to do.
type home struct {
	items  []homeItem
	cursor int
	keyMap homeKeys
	note   string // why the routine under the cursor does not start
}

type homeKeys struct {
	menuKeys
	Tips, RedFlags key.Binding
}

func (k homeKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Enter, k.Tips, k.RedFlags, k.Quit, k.Help}
}

func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Move, k.Ends, k.Enter}, {k.Tips, k.RedFlags}, {k.Quit, k.Help}}
}

// keys says what enter does on the item under the cursor.
func (h *home) keys(frame) help.KeyMap {
	k := h.keyMap
	switch it := h.items[h.cursor]; {
	case it.routine != nil:
		k.Enter.SetHelp("enter", "start")
	default:
		k.Enter.SetHelp("enter", "open")
	}
	return k
}

func newHome() *home {
	nightly, _ := content.RoutineByID("nightly")
	h := &home{keyMap: homeKeys{
		menuKeys: newMenuKeys(),
		Tips:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "tips")),
		RedFlags: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "red flags")),
	}}
	h.items = []homeItem{
		{"Nightly roll", "", &nightly, startIt{nightly}},
		{"Where does it hurt?", "pick the spot; we roll what helps it", nil, goTo{hurtScreen}},
		{"Choose areas", "build your own session", nil, goTo{chooseScreen}},
		{"Routines", "every routine, your own too", nil, goTo{routinesScreen}},
		{"Progress", "streaks, calendar, time per area", nil, goTo{progressScreen}},
		{"Tips", "how to roll well, what to avoid", nil, goTo{tipsScreen}},
		{"Red flags", "when to stop and see a physical therapist", nil, goTo{redFlagsScreen}},
		{"Settings", "hold, breathing, cues, colours, streak", nil, goTo{settingsScreen}},
	}
	return h
}

// minutes shows a routine's length as the session bar does: 4:20.
func minutes(d time.Duration) string { return clock(d) }

func (h *home) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	k := h.keyMap
	h.note = ""
	switch {
	case moves(kp, k.Move, &h.cursor, len(h.items)):
	case key.Matches(kp, k.Enter) && h.items[h.cursor].routine != nil && f.book.of(*h.items[h.cursor].routine).nothingLeft:
		// Every area left out for this person: say why, start nothing.
		h.note = f.said(plan.NothingToRoll(f.book.of(*h.items[h.cursor].routine).leftOut))
	case key.Matches(kp, k.Enter):
		return nil, h.items[h.cursor].want
	case key.Matches(kp, k.Tips):
		return nil, goTo{tipsScreen}
	case key.Matches(kp, k.RedFlags):
		return nil, goTo{redFlagsScreen}
	case key.Matches(kp, k.Quit):
		return nil, quitApp{}
	}
	return nil, nil
}

func (h *home) view(f frame) string {
	s, today, saveErr := f.st, f.today, f.saveErr
	right := ""
	switch {
	case today.RedFlag || today.PausedBy == streak.PausedByRedFlag:
		// The streak rests after a sign to stop, as status and stats
		// say, even on a day that counts: no count to keep up.
		right = "streak paused"
	case today.Streak > 0:
		right = fmt.Sprintf("%d-day streak", today.Streak)
	}
	lines := []string{f.header("foam rolling for your back", right), ""}
	var status string
	statusStyle := s.Text
	switch {
	case f.stop != nil:
		// A recent sign to stop: no word about the streak, only what to
		// do, in the words of the question every start asks.
		status, statusStyle = f.stop.Home(f.now), s.Warning
	case today.Done:
		// The streak is in the header already.
		status, statusStyle = "✓ Rolled today: "+coach.Clock(today.Rolled)+". Today counts; see you tomorrow.", s.Good
	case today.PausedUntil != "" && today.Rolled == 0:
		status = pausedLine(today)
	case today.Rolled > 0:
		// Not yet enough for the day to count: no tick that says it does.
		status = "Rolled today: " + coach.Clock(today.Rolled) + ". A little more and today counts for your streak."
	case today.Streak > 0:
		status = fmt.Sprintf("Roll today to keep your %d-day streak going.", today.Streak)
	default:
		status, statusStyle = "Not rolled yet today. A few gentle minutes is plenty.", s.Muted
	}
	// A short window drops the blank lines between items, then the status,
	// never the items.
	if f.height >= 16 {
		// Wrapped evenly: a narrow window leaves no word alone on a line.
		lines = append(lines, wrapEven(statusStyle, status, textWidth(f), 1, 1)...)
		if c := f.advice.Lighter; c != nil && f.height >= 20 && f.stop == nil {
			lines = append(lines, wrapEven(s.Accent, c.Note, textWidth(f), 1, 1)...)
		}
		lines = append(lines, "", "")
	}
	var tail []string // what must show under the menu: what went wrong
	if h.note != "" {
		tail = append(tail, wrap(s.Warning.Render(h.note), textWidth(f), 1, 1)...)
	}
	if saveErr != nil {
		tail = append(tail, wrap(s.Warning.Render("Not saved: "+text.Inert(saveErr.Error())), textWidth(f), 1, 1)...)
	}
	if f.profileErr != nil {
		tail = append(tail, wrap(s.Warning.Render("Your answers were not saved: "+text.Inert(f.profileErr.Error())), textWidth(f), 1, 1)...)
	}
	if today.Warning != "" {
		tail = append(tail, wrap(s.Muted.Render(today.Warning), textWidth(f), 1, 1)...)
	}
	// Blank lines between the items where the window has room for them
	// and for what comes after.
	gap := len(lines)+2*len(h.items)+1+len(tail) <= f.height
	for i, it := range h.items {
		mark, label := "   ", s.Text.Render(it.label)
		if i == h.cursor {
			mark, label = " "+s.Selected.Render("▸ "), s.Selected.Render(it.label)
		}
		line := mark + label
		detail := it.detail
		switch {
		case it.routine != nil && f.book.of(*it.routine).nothingLeft:
			detail = "✕ left out: " + plan.Reasons(f.book.of(*it.routine).leftOut)
		case it.routine != nil:
			detail = f.book.of(*it.routine).line
		}
		if detail != "" && f.width >= 72 {
			line += strings.Repeat(" ", max(24-len(it.label), 2)) + s.Muted.Render(detail)
		}
		lines = append(lines, line)
		if gap {
			lines = append(lines, "")
		}
	}
	if !gap && len(tail) > 0 {
		lines = append(lines, "")
	}
	lines = append(lines, tail...)
	// The header is one entry of two rows; the disclaimer goes where there
	// is no room for it (the red flags say it too).
	if d := wrapEven(s.Muted, content.Disclaimer, textWidth(f), 1, 1); len(lines)+1+len(d) <= f.height {
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

// pausedLine says the streak rests, until when and why.
func pausedLine(t Today) string {
	until := t.PausedUntil
	if d, err := time.Parse(time.DateOnly, until); err == nil {
		until = d.Format("Mon 2 Jan")
	}
	if t.PausedBy == streak.PausedByRedFlag {
		return fmt.Sprintf("Your streak rests after the sharp pain you reported, up to %s. Let a physical therapist look first.", until)
	}
	return fmt.Sprintf("Streak paused through %s: rest that back. A roll meanwhile still counts.", until)
}
