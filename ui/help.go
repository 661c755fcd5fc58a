package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpLine draws the help for keys, reusing the last one while the keys,
// their state and the width stay the same: it is drawn on every frame.
func (m *Model) helpLine(keys help.KeyMap) string {
	if m.help.ShowAll {
		keys = openHelp{keys}
	}
	var sig strings.Builder
	fmt.Fprintf(&sig, "%d %v %v %v|", m.width, m.help.ShowAll, m.styles.isDark, m.styles.known)
	for _, b := range keys.ShortHelp() {
		fmt.Fprintf(&sig, "%s %s %v|", b.Help().Key, b.Help().Desc, b.Enabled())
	}
	if m.help.ShowAll {
		for _, col := range keys.FullHelp() {
			for _, b := range col {
				fmt.Fprintf(&sig, "%s %v|", b.Help().Desc, b.Enabled())
			}
		}
	}
	if sig.String() != m.helpSig {
		m.helpSig = sig.String()
		if !m.help.ShowAll {
			keys = fitHelp(m.help, keys)
		}
		if m.help.ShowAll {
			// Full help too wide for the window stacks its last columns
			// under each other rather than cut them off, "? less" with them.
			whole := m.help
			whole.SetWidth(0)
			cols := keys.FullHelp()
			for len(cols) > 1 && lipgloss.Width(whole.View(stacked{keys, cols})) > m.help.Width() {
				cols = append(cols[:len(cols)-2:len(cols)-2], append(slices.Clone(cols[len(cols)-2]), cols[len(cols)-1]...))
			}
			keys = stacked{keys, cols}
		}
		m.helpView = strings.Join(indent(strings.Split(m.help.View(keys), "\n"), 1), "\n")
	}
	return m.helpView
}

// fitHelp keeps "p sharp pain", "? more" and "q quit" on a help line too
// narrow for every key, dropping keys from the end of the rest instead:
// what is dropped is still a ? away, but the ways out must never be.
func fitHelp(h help.Model, keys help.KeyMap) help.KeyMap {
	room := h.Width()
	h.SetWidth(0) // measure lines whole; help cuts them at its width
	short := keys.ShortHelp()
	if room <= 0 || ansi.StringWidth(h.ShortHelpView(short)) <= room {
		return keys
	}
	var kept, always []key.Binding
	for _, b := range short {
		if k := b.Help().Key; k == "?" || k == "q" || k == "p" {
			always = append(always, b)
		}
	}
	for _, b := range short {
		if k := b.Help().Key; k == "?" || k == "q" || k == "p" {
			continue
		}
		if ansi.StringWidth(h.ShortHelpView(append(slices.Clone(kept), append([]key.Binding{b}, always...)...))) > room {
			break
		}
		kept = append(kept, b)
	}
	return fitted{keys, append(kept, always...)}
}

// fitted is a screen's keys with a shorter help line.
type fitted struct {
	help.KeyMap
	short []key.Binding
}

func (f fitted) ShortHelp() []key.Binding { return f.short }

// stacked is a key map whose full help has fewer, longer columns.
type stacked struct {
	help.KeyMap
	cols [][]key.Binding
}

func (s stacked) FullHelp() [][]key.Binding { return s.cols }

// openHelp is a screen's keys while its full help shows, where ? hides it.
type openHelp struct{ help.KeyMap }

func (o openHelp) FullHelp() [][]key.Binding {
	cols := o.KeyMap.FullHelp()
	out := make([][]key.Binding, len(cols))
	for i, col := range cols {
		out[i] = slices.Clone(col)
		for j, b := range out[i] {
			if b.Help().Key == "?" {
				out[i][j].SetHelp("?", "less")
			}
		}
	}
	return out
}
