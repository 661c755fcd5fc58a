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

// scrollBinding is every key that scrolls a page: a line, a page (pgup,
// pgdown, space) or to the top or the bottom (home, end, g, G).
var scrollBinding = key.NewBinding(key.WithKeys("up", "down", "k", "j", "pgup", "pgdown", "space", "home", "end", "g", "G"),
	key.WithHelp("↑/↓", "scroll"))

func newPage() page {
	vp := viewport.New()
	vp.KeyMap.Left.SetEnabled(false) // ←/→ belong to the screens
	vp.KeyMap.Right.SetEnabled(false)
	vp.KeyMap.HalfPageUp.SetEnabled(false)
	vp.KeyMap.HalfPageDown.SetEnabled(false)
	// Only scrollBinding's keys: b and f, say, mean other things around.
	vp.KeyMap.PageUp.SetKeys("pgup")
	vp.KeyMap.PageDown.SetKeys("pgdown", "space")
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

func (p *page) update(kp tea.KeyPressMsg) {
	switch kp.String() {
	case "home", "g":
		p.vp.GotoTop()
	case "end", "G":
		p.vp.GotoBottom()
	default:
		p.vp, _ = p.vp.Update(kp)
	}
}

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

// fullKeys are scrollKey's keys as the full help names them: a line, a
// page, the top or the bottom.
func (p page) fullKeys() []key.Binding {
	pages := key.NewBinding(key.WithKeys("pgup", "pgdown", "space"), key.WithHelp("pgup/pgdn", "a page"))
	ends := key.NewBinding(key.WithKeys("home", "end", "g", "G"), key.WithHelp("home/end", "top, bottom"))
	pages.SetEnabled(p.scrolls())
	ends.SetEnabled(p.scrolls())
	return []key.Binding{p.scrollKey(), pages, ends}
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
