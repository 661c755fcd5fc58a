package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// page is reading text that ↑/↓ scroll when the window is shorter than
// the text: a tip, or the signs to stop, which must all be readable at any
// size rather than cut off at the bottom.
type page struct{ vp viewport.Model }

// scrollBinding is the help entry for a page that scrolls.
var scrollBinding = key.NewBinding(key.WithKeys("up", "down", "k", "j", "pgup", "pgdown", "space"), key.WithHelp("↑/↓", "scroll"))

func newPage() page {
	vp := viewport.New()
	vp.KeyMap.Left.SetEnabled(false) // ←/→ belong to the screens
	vp.KeyMap.Right.SetEnabled(false)
	vp.KeyMap.HalfPageUp.SetEnabled(false)
	vp.KeyMap.HalfPageDown.SetEnabled(false)
	return page{vp}
}

// fit gives the page its text and the room it may take: no more rows than
// the text has.
func (p *page) fit(lines []string, width, height int) {
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1] // nothing to scroll down to
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i] = ansi.Truncate(l, width, "…") // a sign of what does not fit
		}
	}
	p.vp.SetWidth(width)
	p.vp.SetHeight(min(len(lines), max(height, 1)))
	p.vp.SetContentLines(lines)
}

func (p *page) update(kp tea.KeyPressMsg) { p.vp, _ = p.vp.Update(kp) }

func (p *page) top() { p.vp.GotoTop() }

// down scrolls a page down.
func (p *page) down() { p.vp.PageDown() }

// read reports whether the end of the text has been reached.
func (p page) read() bool { return p.vp.AtBottom() }

// scrolls reports whether some of the text is out of sight.
func (p page) scrolls() bool { return !p.vp.AtTop() || !p.vp.AtBottom() }

// scrollKey is the help's ↑/↓ scroll, shown only when the page scrolls.
func (p page) scrollKey() key.Binding {
	k := scrollBinding
	k.SetEnabled(p.scrolls())
	return k
}

// more is the header's note that text lies above or below: arrows, with a
// word where the header has room for one.
func (p page) more(f frame) string {
	arrows := ""
	if !p.vp.AtTop() {
		arrows = "↑"
	}
	if !p.vp.AtBottom() {
		arrows += "↓"
	}
	if arrows == "" || f.width < 60 {
		return arrows
	}
	return "more " + arrows
}

func (p page) lines() []string { return trimRight(p.vp.View()) }
