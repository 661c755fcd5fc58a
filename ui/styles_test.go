package ui

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// luminance is WCAG 2's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG 2's contrast ratio of two colours, 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

var (
	black    = lipgloss.Color("#000000")
	charcoal = lipgloss.Color("#1E1E1E") // a common dark theme's background
	white    = lipgloss.Color("#FFFFFF")
)

// The words people read, the help line's above all, meet WCAG AA (4.5:1)
// on the backgrounds their palette is for, as given and as a 256-colour
// terminal (tmux, often) draws them. Body words and the big digits are in
// the terminal's own colour on every palette; the palette for an unknown
// background leaves the help line's words in it too, and its other colours
// must meet 4.5:1 on black and on white at once.
func TestContrast(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    Styles
		bgs  []color.Color
	}{
		{"dark", newStyles(true, false), []color.Color{black, charcoal}},
		{"light", newStyles(false, false), []color.Color{white}},
		{"either", newEitherStyles(false), []color.Color{black, white}},
	} {
		for name, st := range map[string]lipgloss.Style{
			"help key": tc.s.Help.ShortKey, "help words": tc.s.Help.ShortDesc,
			"full help key": tc.s.Help.FullKey, "full help words": tc.s.Help.FullDesc,
			"text": tc.s.Text, "heading": tc.s.Heading, "muted": tc.s.Muted, "header": tc.s.Header,
			"accent": tc.s.Accent, "warning": tc.s.Warning, "digits": tc.s.Digits,
		} {
			fg := st.GetForeground()
			if _, ok := fg.(lipgloss.NoColor); ok {
				// The terminal's foreground, made for its background. Words
				// and digits are in it on every palette (they change every
				// second of a hold, and a colour code is bytes each time);
				// on a known background the rest has a colour of its own.
				if tc.s.known && name != "text" && name != "heading" && name != "digits" {
					t.Errorf("%s %s: no colour of its own on a known background", tc.name, name)
				}
				continue
			}
			for _, c := range []color.Color{fg, colorprofile.ANSI256.Convert(fg)} {
				for _, bg := range tc.bgs {
					if r := contrast(c, bg); r < 4.5 {
						t.Errorf("%s %s: %v on %v is %.2f:1, under 4.5:1", tc.name, name, c, bg, r)
					}
				}
			}
		}
	}
}

// On a 16-colour terminal nothing turns into the background: no colour of
// the dark palette becomes black, none of the light one white (7 or 15),
// and the one for an unknown background becomes neither.
func TestSixteenColours(t *testing.T) {
	black16, white16, bright16 := ansi.BasicColor(0), ansi.BasicColor(7), ansi.BasicColor(15)
	for _, tc := range []struct {
		name  string
		s     Styles
		avoid []ansi.BasicColor
	}{
		{"dark", newStyles(true, false), []ansi.BasicColor{black16}},
		{"light", newStyles(false, false), []ansi.BasicColor{white16, bright16}},
		{"either", newEitherStyles(false), []ansi.BasicColor{black16, white16, bright16}},
	} {
		s := tc.s
		for name, st := range map[string]lipgloss.Style{
			"title": s.Title, "header": s.Header, "rule": s.Rule, "heading": s.Heading, "text": s.Text,
			"muted": s.Muted, "accent": s.Accent, "digits": s.Digits, "held": s.Held, "paused": s.Paused,
			"warning": s.Warning, "good": s.Good, "selected": s.Selected, "bar": s.BarFull,
			"bar track": s.BarEmpty, "breath": s.Breath, "help key": s.Help.ShortKey,
			"help words": s.Help.ShortDesc, "help separator": s.Help.ShortSeparator,
		} {
			fg := st.GetForeground()
			if _, ok := fg.(lipgloss.NoColor); ok {
				continue
			}
			got := colorprofile.ANSI.Convert(fg)
			for _, bad := range tc.avoid {
				if got == bad {
					t.Errorf("%s %s: %v becomes ANSI %d on 16 colours", tc.name, name, fg, bad)
				}
			}
		}
		// The quiet tones stay apart from the words even on 16 colours.
		if colorprofile.ANSI.Convert(s.Rule.GetForeground()) == colorprofile.ANSI.Convert(s.Text.GetForeground()) {
			t.Errorf("%s: rules and words are one colour on 16 colours", tc.name)
		}
	}
}

func TestBackgroundFromEnv(t *testing.T) {
	for _, tc := range []struct {
		v           string
		dark, known bool
	}{
		{"15;0", true, true},
		{"0;15", false, true},
		{"7;8", true, true}, // bright black: a dark grey
		{"0;7", false, true},
		{"12;6", true, true},
		{"0;default;15", false, true}, // rxvt's three-field form
		{"15;default;0", true, true},
		{"0;10", false, true},
		{"", false, false},
		{"15", false, false},
		{"15;default", false, false},
		{"15;", false, false},
		{"15;-1", false, false},
		{"15;999", false, false},
	} {
		dark, known := backgroundFromEnv(func(k string) string {
			if k == "COLORFGBG" {
				return tc.v
			}
			return ""
		})
		if dark != tc.dark || known != tc.known {
			t.Errorf("COLORFGBG=%q: dark %v known %v, want %v %v", tc.v, dark, known, tc.dark, tc.known)
		}
	}
}
