package ui

import (
	"image/color"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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
	breath   [maxScale]breathParts // by scale
	// Inks of the styles drawn most each frame.
	digits, held, barFull, barEmpty, rule, figure ink
	isDark                                        bool
	known                                         bool // the background was told, not assumed
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

// palette is the few colours a set of styles is made of. Each was chosen
// for its contrast on the background it is for, in 256 colours too
// (contrast_test.go measures every style); a 16-colour terminal gets
// palettes of its own.
type palette struct {
	dark   bool
	text   color.Color // words, and the big digits
	key    color.Color // the keys in the help line
	words  color.Color // what the help line says they do
	muted  color.Color // secondary words
	faint  color.Color // rules, outlines and bar tracks: seen, not read
	accent color.Color
	warn   color.Color
	figure color.Color // bars and the breathing figures: seen, not read
	held   color.Color // the big digits while paused: dimmer, large enough for 3:1
}

var (
	// darkPalette: words and the big digits are in the terminal's own foreground, which its theme
	// made to read on its background, and which needs no colour code: the
	// digits change every second of a hold.
	darkPalette = palette{
		dark:   true,
		text:   lipgloss.NoColor{},
		key:    lipgloss.Color("#C8C8C8"),
		words:  lipgloss.Color("#9A9A9A"),
		muted:  lipgloss.Color("#9A9A9A"),
		faint:  lipgloss.Color("#6C6C6C"),
		accent: lipgloss.Color("#7FD1C7"),
		warn:   lipgloss.Color("#F2A099"),
		figure: lipgloss.Color("#7FD1C7"),
		held:   lipgloss.Color("#9A9A9A"),
	}
	// lightPalette: words in the terminal's own foreground, as on dark;
	// the accent is dark enough to keep 4.5:1 in 256 colours too.
	lightPalette = palette{
		text:   lipgloss.NoColor{},
		key:    lipgloss.Color("#3A3A3A"),
		words:  lipgloss.Color("#666666"),
		muted:  lipgloss.Color("#666666"),
		faint:  lipgloss.Color("#878787"),
		accent: lipgloss.Color("#27706C"),
		warn:   lipgloss.Color("#B3261E"),
		figure: lipgloss.Color("#27706C"),
		held:   lipgloss.Color("#666666"),
	}
	// eitherPalette is for a background nobody told us about (tmux does
	// not pass the question on): no colour reads at 4.5:1 on a dark grey
	// and on white alike, so every word is in the terminal's own
	// foreground, which its theme made to read, bold for what stands out.
	// Only what is seen, not read, has a colour: mid tones at 3:1 on black,
	// a dark grey and white, in 256 colours as well.
	eitherPalette = palette{
		dark:   true,
		text:   lipgloss.NoColor{},
		key:    lipgloss.NoColor{},
		words:  lipgloss.NoColor{},
		muted:  lipgloss.NoColor{},
		faint:  lipgloss.Color("#767676"),
		accent: lipgloss.NoColor{},
		warn:   lipgloss.NoColor{},
		figure: lipgloss.Color("#00875F"),
		held:   lipgloss.Color("#767676"),
	}
)

// The palettes for a terminal of 16 colours, by number: the colours above
// would become cyan and grey on white there, and its theme, not us, says
// what each number looks like (styles_test.go measures xterm's).
var (
	darkPalette16 = palette{dark: true, text: lipgloss.NoColor{}, key: ansi.BrightWhite, words: ansi.White,
		muted: ansi.White, faint: ansi.BrightBlack, accent: ansi.BrightCyan, warn: ansi.BrightRed, figure: ansi.BrightCyan,
		held: ansi.White}
	// lightPalette16: no grey reads on white, so quiet words are black as
	// the rest; the accent is blue, not cyan.
	lightPalette16 = palette{text: lipgloss.NoColor{}, key: ansi.Black, words: ansi.Black,
		muted: ansi.Black, faint: ansi.BrightBlack, accent: ansi.Blue, warn: ansi.Red, figure: ansi.Blue,
		held: ansi.BrightBlack}
	eitherPalette16 = palette{dark: true, text: lipgloss.NoColor{}, key: lipgloss.NoColor{}, words: lipgloss.NoColor{},
		muted: lipgloss.NoColor{}, faint: ansi.BrightBlack, accent: lipgloss.NoColor{}, warn: lipgloss.NoColor{}, figure: ansi.BrightBlue,
		held: ansi.BrightBlack}
)

// plainPalette is no colour at all (the theme "none"): the terminal's own
// colours, bold for what stands out.
var plainPalette = palette{dark: true, text: lipgloss.NoColor{}, key: lipgloss.NoColor{}, words: lipgloss.NoColor{},
	muted: lipgloss.NoColor{}, faint: lipgloss.NoColor{}, accent: lipgloss.NoColor{}, warn: lipgloss.NoColor{}, figure: lipgloss.NoColor{},
	held: lipgloss.NoColor{}}

// newPlainStyles builds styles without colour.
func newPlainStyles() Styles { return plainPalette.styles(true) }

// newStyles builds the styles for a known background, in 16 colours
// when that is all the terminal shows.
func newStyles(isDark, sixteen bool) Styles {
	switch {
	case isDark && sixteen:
		return darkPalette16.styles(true)
	case isDark:
		return darkPalette.styles(true)
	case sixteen:
		return lightPalette16.styles(true)
	}
	return lightPalette.styles(true)
}

// newEitherStyles builds styles that read on any background, for when the
// terminal has not said which it has.
func newEitherStyles(sixteen bool) Styles {
	if sixteen {
		return eitherPalette16.styles(false)
	}
	return eitherPalette.styles(false)
}

func (p palette) styles(known bool) Styles {
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	key, desc, sep := fg(p.key).Bold(true), fg(p.words), fg(p.faint)
	s := Styles{
		Title:    fg(p.accent).Bold(true),
		Header:   fg(p.muted),
		Rule:     fg(p.faint),
		Heading:  fg(p.text).Bold(true),
		Text:     fg(p.text),
		Muted:    fg(p.muted),
		Accent:   fg(p.accent),
		Digits:   fg(p.text),
		Held:     fg(p.held),
		Paused:   fg(p.warn).Bold(true),
		Warning:  fg(p.warn),
		Good:     fg(p.accent),
		Selected: fg(p.accent).Bold(true),
		BarFull:  fg(p.figure),
		BarEmpty: fg(p.faint),
		Breath:   fg(p.figure),
		Help: help.Styles{
			ShortKey: key, ShortDesc: desc, ShortSeparator: sep,
			FullKey: key, FullDesc: desc, FullSeparator: sep,
			Ellipsis: sep,
		},
	}
	s.breath = newBreathParts(s)
	s.digits, s.held, s.barFull, s.barEmpty, s.rule = inkOf(s.Digits), inkOf(s.Held), inkOf(s.BarFull), inkOf(s.BarEmpty), inkOf(s.Rule)
	s.figure = inkOf(s.Breath)
	s.isDark, s.known = p.dark, known
	return s
}

// backgroundFromEnv reads the background from COLORFGBG, which rxvt,
// Konsole and others set to "fg;bg" (sometimes "fg;default;bg") as colour
// numbers. As in Vim, a background of 0-6 or 8 is dark and any other number
// light; a missing or unreadable value leaves it unknown.
func backgroundFromEnv(getenv func(string) string) (isDark, known bool) {
	v := getenv("COLORFGBG")
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return false, false
	}
	bg, err := strconv.Atoi(v[i+1:])
	if err != nil || bg < 0 || bg > 255 {
		return false, false
	}
	return bg <= 6 || bg == 8, true
}
