package ui

import (
	"image/color"
	"reflect"
	"testing"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// xterm16 is how xterm draws the 16 colours by default: the standard
// palette a 16-colour terminal is measured with.
var xterm16 = [16]color.Color{
	lipgloss.Color("#000000"), lipgloss.Color("#CD0000"), lipgloss.Color("#00CD00"), lipgloss.Color("#CDCD00"),
	lipgloss.Color("#0000EE"), lipgloss.Color("#CD00CD"), lipgloss.Color("#00CDCD"), lipgloss.Color("#E5E5E5"),
	lipgloss.Color("#7F7F7F"), lipgloss.Color("#FF0000"), lipgloss.Color("#00FF00"), lipgloss.Color("#FFFF00"),
	lipgloss.Color("#5C5CFF"), lipgloss.Color("#FF00FF"), lipgloss.Color("#00FFFF"), lipgloss.Color("#FFFFFF"),
}

// seenNotRead are the styles of lines and shapes rather than words, and
// of the big digits, five rows tall: WCAG asks 3:1 of them (large text),
// not text's 4.5:1.
var seenNotRead = map[string]bool{"Rule": true, "BarEmpty": true, "BarFull": true, "Breath": true,
	"Help.ShortSeparator": true, "Help.FullSeparator": true, "Help.Ellipsis": true, "Digits": true, "Held": true}

// everyStyle is each lipgloss style of s by its field's name, the help
// line's included: a style added to Styles is measured without being
// named here.
func everyStyle(s Styles) map[string]lipgloss.Style {
	out := map[string]lipgloss.Style{}
	var walk func(prefix string, v reflect.Value)
	walk = func(prefix string, v reflect.Value) {
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			switch st := v.Field(i).Interface().(type) {
			case lipgloss.Style:
				out[prefix+f.Name] = st
			case help.Styles:
				walk(f.Name+".", reflect.ValueOf(st))
			}
		}
	}
	walk("", reflect.ValueOf(s))
	return out
}

// Every style meets WCAG's contrast on the backgrounds its palette is for:
// 4.5:1 for words, 3:1 for rules, bars and figures. A 256-colour terminal
// (tmux, often) draws the nearest of its colours, which is measured too; a
// 16-colour one gets palettes of colour numbers, measured as xterm draws
// them, on xterm's black and white. The terminal's own foreground (no
// colour) is its theme's to make readable.
func TestContrastEveryStyle(t *testing.T) {
	as256 := func(c color.Color) []color.Color { return []color.Color{c, colorprofile.ANSI256.Convert(c)} }
	as16 := func(c color.Color) []color.Color {
		n, ok := c.(ansi.BasicColor)
		if !ok {
			return []color.Color{nil} // a 16-colour palette holds numbers only
		}
		return []color.Color{xterm16[n]}
	}
	for _, tc := range []struct {
		name string
		s    Styles
		draw func(color.Color) []color.Color
		bgs  []color.Color
	}{
		{"dark", newStyles(true, false), as256, []color.Color{black, charcoal}},
		{"light", newStyles(false, false), as256, []color.Color{white}},
		{"unknown background", newEitherStyles(false), as256, []color.Color{black, charcoal, white}},
		{"16-colour dark", newStyles(true, true), as16, []color.Color{xterm16[0]}},
		{"16-colour light", newStyles(false, true), as16, []color.Color{xterm16[15]}},
		{"16-colour unknown background", newEitherStyles(true), as16, []color.Color{xterm16[0], xterm16[15]}},
	} {
		styles := everyStyle(tc.s)
		if len(styles) < 20 {
			t.Fatalf("%s: only %d styles found", tc.name, len(styles))
		}
		for name, st := range styles {
			fg := st.GetForeground()
			if _, ok := fg.(lipgloss.NoColor); ok {
				continue
			}
			least := 4.5
			if seenNotRead[name] {
				least = 3
			}
			for _, c := range tc.draw(fg) {
				if c == nil {
					t.Errorf("%s %s: %v is not one of the 16 colours", tc.name, name, fg)
					continue
				}
				for _, bg := range tc.bgs {
					if r := contrast(c, bg); r < least {
						t.Errorf("%s %s: %v on %v is %.2f:1, under %.1f:1", tc.name, name, c, bg, r, least)
					}
				}
			}
		}
	}
}

// A terminal of 16 colours, as Bubble Tea tells it, gets the palettes of
// colour numbers: blue, not cyan, on a light background.
func TestSixteenColourTerminal(t *testing.T) {
	m, _ := newModel(t, Options{Theme: "light"})
	m.Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI})
	if got := m.styles.Title.GetForeground(); got != ansi.Blue {
		t.Errorf("title in %v on a light 16-colour terminal; want blue", got)
	}
	m.Update(tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if got := m.styles.Title.GetForeground(); got != lightPalette.accent {
		t.Errorf("title in %v on a light 256-colour terminal; want %v", got, lightPalette.accent)
	}
	// Known before the start, the first frame has them already.
	m, _ = newModel(t, Options{Theme: "light", Colours: colorprofile.ANSI})
	if got := m.styles.Title.GetForeground(); got != ansi.Blue {
		t.Errorf("title in %v on the first frame of a light 16-colour terminal; want blue", got)
	}
}
