package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/content"
)

// redFlags says when to stop rolling. From home it is read and left;
// before a person's first session it stands in front of the session until
// they have read it once.
type redFlags struct {
	gate       *content.Routine // the session waiting on it; nil from home
	standalone bool             // started from the command line: leaving ends the program
	keyMap     redFlagKeys
	body       page
}

type redFlagKeys struct{ Start, Back, Quit key.Binding }

func newRedFlags(gate *content.Routine, standalone bool) *redFlags {
	k := redFlagKeys{
		Start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}
	k.Start.SetEnabled(gate != nil)
	k.Back.SetEnabled(!standalone)
	return &redFlags{gate: gate, standalone: standalone, keyMap: k, body: newPage()}
}

func (r *redFlags) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	k := r.keyMap
	switch {
	case key.Matches(kp, k.Start) && !r.body.read():
		// All of it shows before the session it stands in front of.
		r.layout(f)
		r.body.down()
	case key.Matches(kp, k.Start):
		return nil, safetyRead{*r.gate}
	case key.Matches(kp, k.Back):
		*r = *newRedFlags(nil, false) // the session waits no more
		return nil, goTo{homeScreen}
	case key.Matches(kp, k.Quit) && r.standalone:
		// Leaving `backroll start` before the session is quitting it.
		return nil, endSession{quit: true}
	case key.Matches(kp, k.Quit):
		return nil, quitApp{}
	default:
		r.layout(f)
		r.body.update(kp)
	}
	return nil, nil
}

func (r *redFlags) keys(f frame) help.KeyMap {
	// Before a first session the help line says what enter starts, once
	// the whole text has been shown: the text itself keeps every row for
	// the signs, which fit a 100x30 window whole. What enter confirms is
	// never dropped from the line: a narrow one gets fewer words.
	start := r.keyMap.Start
	switch {
	case !r.body.read():
		start.SetHelp("enter", "read on")
	case r.gate != nil:
		for _, say := range []string{"I have read this: start " + strings.ToLower(r.gate.Name), "I have read this", "read, start"} {
			start.SetHelp("enter", say)
			// enter goes first on the line, kept with the way out and ?.
			if ansi.StringWidth(" enter "+say+" · q quit · ? more") <= f.width {
				break
			}
		}
	}
	short := []key.Binding{r.body.scrollKey(), start, r.keyMap.Back, r.keyMap.Quit}
	if r.gate != nil && r.body.read() {
		short[0], short[1] = start, r.body.scrollKey() // kept over scrolling
	}
	return bindings{short: short, full: [][]key.Binding{r.body.fullKeys(), {start, r.keyMap.Back, r.keyMap.Quit}}}
}

// layout fits the text to the frame: below the header, all of it, or as
// much as fits with the rest a scroll away.
func (r *redFlags) layout(f frame) {
	s := f.st
	lines := []string{" " + s.Heading.Render("When to stop"), ""}
	lines = append(lines, redFlagLines(s, textWidth(f))...)
	r.body.fit(lines, f.width, f.height-headerRows)
}

func (r *redFlags) view(f frame) string {
	where := "red flags"
	if r.gate != nil {
		where = "before your first session"
	}
	lines := []string{f.header(where, r.body.more(f)), ""}
	return strings.Join(append(lines, r.body.lines()...), "\n")
}

// redFlagLines are the signs to stop in their three tiers, the most urgent
// first, what rolling cannot treat, and what backroll is not: the same
// words wherever safety comes up.
func redFlagLines(s *Styles, w int) []string {
	var lines []string
	for _, tier := range content.RedFlagTiers {
		lines = append(lines, wrap(s.Heading.Render(tier.Intro), w, 1, 1)...)
		for _, sign := range tier.Signs {
			lines = append(lines, wrap(s.Warning.Render("✕ ")+s.Text.Render(sign), w, 3, 5)...)
		}
		lines = append(lines, "")
	}
	lines = append(lines, wrap(s.Muted.Render("If one comes on while you roll, press p: the session stops there."), w, 1, 1)...)
	lines = append(lines, "")
	lines = append(lines, wrap(s.Text.Render(content.NotForRolling), w, 1, 1)...)
	lines = append(lines, "")
	lines = append(lines, wrap(s.Muted.Render(content.TenderNotSharp), w, 1, 1)...)
	lines = append(lines, wrap(s.Muted.Render(content.StayActive), w, 1, 1)...)
	lines = append(lines, wrap(s.Muted.Render(content.Disclaimer), w, 1, 1)...)
	return lines
}
