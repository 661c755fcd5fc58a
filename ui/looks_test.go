package ui

import (
	"fmt"
	"image/color"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
)

// TestHoldGrows is the hold as it looks at 80x24, 120x40 and 200x60: the
// clock and the breath at once, twice and three times their usual size.
func TestHoldGrows(t *testing.T) {
	var b strings.Builder
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		m, c := newModel(t, Options{Routine: "nightly"})
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		wait(m, c, 2*time.Second+500*time.Millisecond)
		fmt.Fprintf(&b, "%dx%d\n%s\n\n", sz[0], sz[1], shown(m))
	}
	golden.RequireEqual(t, b.String())
}

// TestPalettes is every colour as each kind of terminal draws it, with its
// contrast on the backgrounds it is for: the proof that the help line and
// the words read, and that on 16 colours nothing quiet becomes the
// background.
func TestPalettes(t *testing.T) {
	var b strings.Builder
	for _, p := range []struct {
		name string
		s    Styles
		bgs  []color.Color
	}{
		{"dark", newStyles(true, false), []color.Color{black, charcoal}},
		{"light", newStyles(false, false), []color.Color{white}},
		{"unknown background", newEitherStyles(false), []color.Color{black, charcoal, white}},
	} {
		fmt.Fprintf(&b, "%s palette: style, colour, 256 colours, 16 colours, contrast (in 256 colours) on", p.name)
		for _, bg := range p.bgs {
			fmt.Fprintf(&b, " %s", hex(bg))
		}
		b.WriteString("\n")
		s := p.s
		for _, row := range []struct {
			name string
			st   lipgloss.Style
		}{
			{"text", s.Text}, {"muted", s.Muted}, {"help key", s.Help.ShortKey}, {"help words", s.Help.ShortDesc},
			{"accent", s.Accent}, {"warning", s.Warning}, {"faint (rules, outlines, tracks)", s.Rule},
		} {
			fg := row.st.GetForeground()
			if _, ok := fg.(lipgloss.NoColor); ok {
				fmt.Fprintf(&b, "  %-32s the terminal's own foreground\n", row.name)
				continue
			}
			fmt.Fprintf(&b, "  %-32s %s  %3v  %2v ", row.name, hex(fg), colorprofile.ANSI256.Convert(fg), colorprofile.ANSI.Convert(fg))
			for _, bg := range p.bgs {
				fmt.Fprintf(&b, " %5.2f (%5.2f)", contrast(fg, bg), contrast(colorprofile.ANSI256.Convert(fg), bg))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	golden.RequireEqual(t, b.String())
}

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
}

// TestHomePalettes is the home screen as each kind of terminal draws it,
// every colour change written out as ⟨SGR⟩ where it happens: dark and
// light in full colour, the unknown background's palette, and each again
// as a 16-colour terminal (TERM=xterm) receives it.
func TestHomePalettes(t *testing.T) {
	sgr := regexp.MustCompile("\x1b\\[([0-9;:]*)m")
	var b strings.Builder
	for _, p := range []struct {
		name    string
		styles  Styles
		profile colorprofile.Profile
	}{
		{"dark, true colour", newStyles(true, false), colorprofile.TrueColor},
		{"light, true colour", newStyles(false, false), colorprofile.TrueColor},
		{"dark, 16 colours", newStyles(true, true), colorprofile.ANSI},
		{"light, 16 colours", newStyles(false, true), colorprofile.ANSI},
		{"background unknown, 16 colours", newEitherStyles(true), colorprofile.ANSI},
	} {
		m, _ := newModel(t, Options{})
		m.setStyles(p.styles)
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		var out strings.Builder
		w := &colorprofile.Writer{Forward: &out, Profile: p.profile}
		if _, err := io.WriteString(w, m.View().Content); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s\n%s\n\n", p.name, sgr.ReplaceAllString(out.String(), "⟨$1⟩"))
	}
	golden.RequireEqual(t, b.String())
}
