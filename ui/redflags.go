package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

// redFlags says when to stop rolling. From home it is read and left;
// before a person's first session it stands in front of the session until
// they have read it once.
type redFlags struct {
	gate       *content.Routine // the session waiting on it; nil from home
	standalone bool             // started from the command line: leaving ends the program
	keys       redFlagKeys
}

type redFlagKeys struct{ Start, Back, Quit key.Binding }

func newRedFlags(gate *content.Routine, standalone bool) redFlags {
	k := redFlagKeys{
		Start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
	k.Start.SetEnabled(gate != nil)
	k.Back.SetEnabled(!standalone)
	return redFlags{gate: gate, standalone: standalone, keys: k}
}

// safetyReadMsg says the red flags were read before a session.
type safetyReadMsg struct{ routine content.Routine }

func (r redFlags) Update(msg tea.Msg) (redFlags, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return r, nil
	}
	switch {
	case key.Matches(kp, r.keys.Start):
		routine := *r.gate
		return r, func() tea.Msg { return safetyReadMsg{routine} }
	case key.Matches(kp, r.keys.Back):
		return newRedFlags(nil, false), navigate(homeScreen) // the session waits no more
	case key.Matches(kp, r.keys.Quit) && r.standalone:
		// Leaving `backroll start` before the session is quitting it.
		return r, func() tea.Msg { return sessionEndMsg{quit: true} }
	case key.Matches(kp, r.keys.Quit):
		return r, quitApp
	}
	return r, nil
}

func (r redFlags) ShortHelp() []key.Binding {
	return []key.Binding{r.keys.Start, r.keys.Back, r.keys.Quit}
}

func (r redFlags) FullHelp() [][]key.Binding {
	return [][]key.Binding{r.ShortHelp()}
}

func (r redFlags) View(f frame) string {
	s := f.st
	where := "red flags"
	if r.gate != nil {
		where = "before your first session"
	}
	lines := []string{f.header(where, ""), ""}
	lines = append(lines, " "+s.Heading.Render("When to stop"), "")
	lines = append(lines, redFlagLines(s, textWidth(f))...)
	if r.gate != nil {
		start := fmt.Sprintf("start %q once you have read this", r.gate.Name)
		lines = append(lines, "")
		lines = append(lines, wrap(s.Selected.Render("enter")+"  "+s.Text.Render(start), textWidth(f), 1, 8)...)
	}
	return strings.Join(lines, "\n")
}

// redFlagLines are the signs to stop, what rolling cannot treat, and what
// backroll is not: the same words wherever safety comes up.
func redFlagLines(s Styles, w int) []string {
	lines := wrap(s.Text.Render(content.RedFlagsIntro), w, 1, 1)
	lines = append(lines, "")
	for _, flag := range content.RedFlags {
		lines = append(lines, wrap(s.Warning.Render("✕ ")+s.Text.Render(flag), w, 3, 5)...)
	}
	lines = append(lines, "")
	lines = append(lines, wrap(s.Muted.Render("If one comes on while you roll, press p: the session stops there."), w, 1, 1)...)
	lines = append(lines, "")
	lines = append(lines, wrap(s.Text.Render(content.NotForRolling), w, 1, 1)...)
	lines = append(lines, "")
	lines = append(lines, wrap(s.Muted.Render(content.TenderNotSharp), w, 1, 1)...)
	lines = append(lines, wrap(s.Muted.Render(content.Disclaimer), w, 1, 1)...)
	return lines
}

// begin starts routine r, showing the red flags first to someone who has
// never seen them.
func (m *Model) begin(r content.Routine) tea.Cmd {
	if m.opts.Profile.SafetySeen {
		return m.start(r)
	}
	m.redFlags = newRedFlags(&r, m.opts.Routine != "")
	m.screen = redFlagsScreen
	m.help.ShowAll = false
	return nil
}
