package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpLine draws the help for keys, reusing the last one while the keys,
// their state and the width stay the same: it is drawn on every frame.
func (m *Model) helpLine(keys help.KeyMap) string {
	typing := false
	if t, ok := m.screens[m.active].(typist); ok {
		typing = t.typing()
	}
	if m.help.ShowAll {
		keys = openHelp{keys}
	}
	var sig strings.Builder
	fmt.Fprintf(&sig, "%d %d %d %v %v %v %v|", m.width, m.height, m.help.Width(), m.help.ShowAll, typing, m.styles.isDark, m.styles.known)
	for _, b := range keys.ShortHelp() {
		sign(&sig, b)
	}
	if m.help.ShowAll {
		for _, col := range keys.FullHelp() {
			for _, b := range col {
				sign(&sig, b)
			}
		}
	}
	if sig.String() != m.helpSig {
		m.helpSig = sig.String()
		if _, two := keys.(twoRows); !m.help.ShowAll && !two {
			keys = fitHelp(m.help, keys)
			// ? works on every screen but while typing: where the
			// screen's own keys leave it out, the line says so when
			// it has room.
			short := keys.ShortHelp()
			more := append(slices.Clone(short), moreHelp)
			h := m.help
			h.SetWidth(0)
			if !typing && !slices.ContainsFunc(short, func(b key.Binding) bool { return b.Help().Key == "?" }) &&
				ansi.StringWidth(h.ShortHelpView(more)) <= m.help.Width() {
				keys = fitted{keys, more}
			}
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
		view := m.help.View(keys)
		if two, ok := keys.(twoRows); ok && !m.help.ShowAll {
			view = m.help.ShortHelpView(fitHelp(m.help, bindings{short: two.first}).ShortHelp()) + "\n" +
				m.help.ShortHelpView(fitHelp(m.help, bindings{short: two.second}).ShortHelp())
		}
		if m.help.ShowAll && strings.Count(view, "\n")+1 > m.height-3 {
			// Taller than the room over the header even so: the keys
			// run on as lines of text, every one of them shown.
			view = flowHelp(m.help, keys.FullHelp())
		}
		if m.help.ShowAll && showsBells(keys) {
			// A session's bell patterns under its keys, where there is
			// room: the keys come first.
			bells := bellTable(m.help.Width())
			if strings.Count(view, "\n")+1+len(bells) <= m.height-3 {
				view += "\n" + m.styles.Muted.Render(strings.Join(bells, "\n"))
			}
		}
		m.helpView = strings.Join(indent(strings.Split(view, "\n"), 1), "\n")
	}
	return m.helpView
}

// fitHelp keeps "p sharp pain", "? more" and the way out on a help line
// too narrow for every key, dropping keys from the end of the rest
// instead: what is dropped is still a ? away, but the ways out must never
// be.
func fitHelp(h help.Model, keys help.KeyMap) help.KeyMap {
	room := h.Width()
	h.SetWidth(0) // measure lines whole; help cuts them at its width
	short := keys.ShortHelp()
	if room <= 0 || ansi.StringWidth(h.ShortHelpView(short)) <= room {
		return keys
	}
	keep := essential(short)
	line := func() []key.Binding { // the kept keys, in their order
		var out []key.Binding
		for i, b := range short {
			if keep[i] {
				out = append(out, b)
			}
		}
		return out
	}
	for i := range short {
		if keep[i] {
			continue
		}
		keep[i] = true
		if ansi.StringWidth(h.ShortHelpView(line())) > room {
			keep[i] = false
			break
		}
	}
	return fitted{keys, line()}
}

// sign adds what the help line shows of b to a help line's signature:
// the line is laid out again only when its signature changes, and
// formatting it was a tenth of a hold frame's cost.
func sign(sig *strings.Builder, b key.Binding) {
	h := b.Help()
	sig.WriteString(h.Key)
	sig.WriteByte(' ')
	sig.WriteString(h.Desc)
	sig.WriteByte(' ')
	sig.WriteString(strconv.FormatBool(b.Enabled()))
	sig.WriteByte('|')
}

// lineWidth is how wide a help line of keys is, as the help draws it: a
// screen whose line is wider than its window orders the keys it must not
// lose first, as fitHelp keeps the front of a line.
func lineWidth(keys []key.Binding) int {
	w, n := 0, 0
	for _, b := range keys {
		if h := b.Help(); b.Enabled() && h.Key != "" {
			w += cellWidth(h.Key) + 1 + cellWidth(h.Desc)
			n++
		}
	}
	return w + 3*max(n-1, 0) // " · " between entries
}

// helpRoom is the width of a frame's help line: the help is drawn a cell
// in from each side.
func helpRoom(f frame) int { return f.width - 2 }

// essential marks the keys of a help line that stay however narrow it is:
// p for sharp pain, ? for the rest, and the way out, the key that q
// works, else the one that esc works.
func essential(short []key.Binding) []bool {
	must := make([]bool, len(short))
	out := -1
	for _, way := range []string{"q", "esc"} {
		for i, b := range short {
			if out < 0 && b.Enabled() && slices.Contains(b.Keys(), way) {
				out = i
			}
		}
	}
	for i, b := range short {
		must[i] = i == out || b.Help().Key == "?" || b.Help().Key == "p"
	}
	return must
}

// flowHelp is the full help as lines of "key what · key what", broken
// between entries at the help's width: a small window's full help.
func flowHelp(h help.Model, cols [][]key.Binding) string {
	sep := h.Styles.ShortSeparator.Render(h.ShortSeparator)
	var lines []string
	line := ""
	for _, col := range cols {
		for _, b := range col {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			entry := h.Styles.FullKey.Render(b.Help().Key) + " " + h.Styles.FullDesc.Render(b.Help().Desc)
			switch {
			case line == "":
				line = entry
			case lipgloss.Width(line+sep+entry) <= h.Width():
				line += sep + entry
			default:
				lines = append(lines, line)
				line = entry
			}
		}
	}
	return strings.Join(append(lines, line), "\n")
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
// The full help names every key that works: each entry's own, such as
// "q/esc" where esc quits too, and ctrl+c, which quits from anywhere.
type openHelp struct{ help.KeyMap }

// twoRows is a help line too long for a narrow window, in two rows: the
// keys used by touch from the floor first, then p, ? and the way out,
// none of them dropped for the others. The screen's frame is a row
// shorter for it (helpHeight).
type twoRows struct {
	help.KeyMap
	first, second []key.Binding
}

func (t twoRows) ShortHelp() []key.Binding { return append(slices.Clone(t.first), t.second...) }

// showsBells reports whether keys are a session's, whose full help lists
// the bell's patterns.
func showsBells(keys help.KeyMap) bool {
	for {
		switch k := keys.(type) {
		case bindings:
			return k.bells
		case twoRows:
			keys = k.KeyMap
		case openHelp:
			keys = k.KeyMap
		case stacked:
			keys = k.KeyMap
		case fitted:
			keys = k.KeyMap
		default:
			return false
		}
	}
}

// helpHeight is how many rows the help line of keys takes.
func helpHeight(keys help.KeyMap) int {
	if _, two := keys.(twoRows); two {
		return 2
	}
	return 1
}

// moreHelp is ?, which opens the full help on every screen.
var moreHelp = key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more"))

// quitNow is ctrl+c, which the root handles on every screen.
var quitNow = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit at once"))

func (o openHelp) FullHelp() [][]key.Binding {
	cols := o.KeyMap.FullHelp()
	out := make([][]key.Binding, len(cols))
	less := false
	for i, col := range cols {
		out[i] = slices.Clone(col)
		for j, b := range out[i] {
			if b.Help().Key == "?" {
				out[i][j].SetHelp("?", "less")
				less = true
			}
		}
	}
	last := &out[len(out)-1]
	if !less {
		*last = append(*last, key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "less")))
	}
	*last = append(*last, quitNow)
	nameKeys(out)
	return out
}

// nameKeys adds to the help of each entry the keys it takes that no entry
// names yet: "↑/↓" that k and j move too becomes "↑/↓/k/j". The entries
// with the fewest keys name theirs first, so home and end go with "first,
// last" rather than with "choose".
func nameKeys(cols [][]key.Binding) {
	named := map[string]bool{}
	var all []*key.Binding
	for i := range cols {
		for j := range cols[i] {
			b := &cols[i][j]
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			for _, k := range helpKeys(b.Help().Key) {
				named[k] = true
			}
			all = append(all, b)
		}
	}
	slices.SortStableFunc(all, func(a, b *key.Binding) int { return len(a.Keys()) - len(b.Keys()) })
	for _, b := range all {
		label := b.Help().Key
		for _, k := range b.Keys() {
			if !named[k] {
				named[k] = true
				label += "/" + keyGlyph(k)
			}
		}
		b.SetHelp(label, b.Help().Desc)
	}
}

// keyGlyphs are how the help writes the keys that have a symbol.
var keyGlyphs = map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn"}

func keyGlyph(k string) string {
	if g, ok := keyGlyphs[k]; ok {
		return g
	}
	return k
}

// helpKeys are the keys a help label names: "↑/↓/k" is up, down and k,
// "0-10" the digits.
func helpKeys(label string) []string {
	var keys []string
	if label == "/" {
		return []string{"/"}
	}
	for _, part := range strings.Split(label, "/") {
		if lo, hi, ok := strings.Cut(part, "-"); ok && lo != "" && hi != "" {
			a, errA := strconv.Atoi(lo)
			b, errB := strconv.Atoi(hi)
			if errA == nil && errB == nil {
				for d := a; d <= min(b, 9); d++ {
					keys = append(keys, strconv.Itoa(d))
				}
				continue
			}
		}
		for k, g := range keyGlyphs {
			if g == part {
				part = k
			}
		}
		keys = append(keys, part)
	}
	return keys
}
