package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles holds every style by what it means, built for a light or dark
// background. Colours are few and soft: the person is lying on the floor.
type Styles struct {
	Title    lipgloss.Style // app name in the header
	Header   lipgloss.Style // the rest of the header line
	Rule     lipgloss.Style
	Heading  lipgloss.Style // the name of the exercise or screen
	Text     lipgloss.Style
	Muted    lipgloss.Style
	Accent   lipgloss.Style // the one thing to look at
	Digits   lipgloss.Style // the big countdown
	Held     lipgloss.Style // the big countdown while paused: dimmed, seen from the floor
	Paused   lipgloss.Style
	Warning  lipgloss.Style // no-roll zones, red flags
	Good     lipgloss.Style
	Selected lipgloss.Style // the chosen row of a menu
	BarFull  lipgloss.Style
	BarEmpty lipgloss.Style
	Breath   lipgloss.Style
	Help     help.Styles
	breath   [2]breathParts // by scale
	// Inks of the styles drawn most each frame.
	digits, held, barFull, barEmpty, rule ink
	isDark                                bool
}

// ink paints text in a style's colours and weight without lipgloss
// measuring it, for the few styles drawn many times a frame, which have
// nothing that depends on the text's width.
type ink struct{ pre, post string }

func inkOf(st lipgloss.Style) ink {
	const mark = "\uE000"
	r := st.Render(mark)
	i := strings.Index(r, mark)
	if i < 0 {
		return ink{}
	}
	return ink{r[:i], r[i+len(mark):]}
}

func (k ink) paint(s string) string {
	if s == "" {
		return s
	}
	return k.pre + s + k.post
}

func newStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#2E7D7A"), lipgloss.Color("#7FD1C7"))
	muted := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
	text := ld(lipgloss.Color("#262626"), lipgloss.Color("#DADADA"))
	warn := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#F2A099"))
	faint := ld(lipgloss.Color("#C8C8C8"), lipgloss.Color("#3C3C3C"))
	s := Styles{
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Header:   lipgloss.NewStyle().Foreground(muted),
		Rule:     lipgloss.NewStyle().Foreground(faint),
		Heading:  lipgloss.NewStyle().Bold(true).Foreground(text),
		Text:     lipgloss.NewStyle().Foreground(text),
		Muted:    lipgloss.NewStyle().Foreground(muted),
		Accent:   lipgloss.NewStyle().Foreground(accent),
		Digits:   lipgloss.NewStyle().Foreground(text),
		Held:     lipgloss.NewStyle().Foreground(muted),
		Paused:   lipgloss.NewStyle().Bold(true).Foreground(warn),
		Warning:  lipgloss.NewStyle().Foreground(warn),
		Good:     lipgloss.NewStyle().Foreground(accent),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		BarFull:  lipgloss.NewStyle().Foreground(accent),
		BarEmpty: lipgloss.NewStyle().Foreground(faint),
		Breath:   lipgloss.NewStyle().Foreground(accent),
		Help:     help.DefaultStyles(isDark),
	}
	s.breath = newBreathParts(s)
	s.digits, s.held, s.barFull, s.barEmpty, s.rule = inkOf(s.Digits), inkOf(s.Held), inkOf(s.BarFull), inkOf(s.BarEmpty), inkOf(s.Rule)
	s.isDark = isDark
	return s
}
