package ui

import (
	"math"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
)

// The breath is a level rising in a rounded box on the in-breath and falling
// on the out-breath. It moves an eighth of a cell at a time and only its top
// row changes between frames, so each frame costs the terminal a few bytes.
// A larger window draws it two to four times the size, beside digits as
// much larger, moving by as many eighths at a time: as many frames as at
// the usual size.
const breathW, breathH = 13, 3

var eighths = []rune(" ▁▂▃▄▅▆▇█")

// scaleFor is how large the clock and the breath draw in a window: one
// step larger for every 50 columns and 18 rows, so an 80x24 window draws
// them at their usual size, 120x40 at twice it and 200x60 at three times.
// Each step fits with room to spare: the hold needs 29 columns and 5 rows
// more per step.
func scaleFor(f frame) int {
	return max(1, min(f.width/50, f.height/18, maxScale))
}

func breathShape(s Styles, fill float64, scale int) []string {
	p, h := &s.breath[scale-1], breathH*scale
	levels := int(fill*float64(breathH*8)+0.5) * scale
	lines := make([]string, 0, h+2)
	lines = append(lines, p.top)
	for row := h - 1; row >= 0; row-- {
		lines = append(lines, p.rows[min(max(levels-row*8, 0), 8)])
	}
	return append(lines, p.bottom)
}

// breathParts are the styled pieces of the breath shape, rendered once per
// set of styles: the shape is drawn several times a second.
type breathParts struct {
	top, bottom string
	rows        [9]string // a row filled to n eighths
}

// newBreathParts renders the pieces for each scale.
func newBreathParts(s Styles) [maxScale]breathParts {
	var out [maxScale]breathParts
	for i := range out {
		w := breathW * (i + 1)
		p := breathParts{
			top:    s.Rule.Render("╭" + strings.Repeat("─", w) + "╮"),
			bottom: s.Rule.Render("╰" + strings.Repeat("─", w) + "╯"),
		}
		side := s.Rule.Render("│")
		for n := range p.rows {
			p.rows[n] = side + s.Breath.Render(strings.Repeat(string(eighths[n]), w)) + side
		}
		out[i] = p
	}
	return out
}

// Cat-cow figures on all fours, seen from the side, head to the right.
var (
	poseCat = []string{
		`     _.-~~~~-._      `,
		`    /          \     `,
		`   /            \_   `,
		`   |            | (o)`,
		`   |            |    `,
	}
	poseFlat = []string{
		`                     `,
		`    ____________  _  `,
		`   /            \(o) `,
		`   |            |    `,
		`   |            |    `,
	}
	poseCow = []string{
		`                  _  `,
		`   _            _(o) `,
		`  / '-._____.-'  |   `,
		`   |            |    `,
		`   |            |    `,
	}
)

// catCow picks the figure for the moment of the breath: it arches into cow
// as the lungs fill and rounds into cat as they empty, passing through a
// flat back only briefly at the turn, so the figure agrees with the words
// under it. still shows only the end poses, for reduced motion.
func catCow(b coach.BreathState, still bool) []string {
	switch {
	case b.Inhale && (still || b.Fill > 0.1):
		return poseCow
	case !b.Inhale && (still || b.Fill < 0.9):
		return poseCat
	}
	return poseFlat
}

// untilBreathChange is how long until the breath shape next moves by one
// level, so frames are drawn only when something on screen changes.
func untilBreathChange(b coach.BreathState, br coach.Breath) time.Duration {
	half := br.In
	if !b.Inhale {
		half = br.Out
	}
	elapsed := half - b.Left
	total := float64(breathH * 8)
	level := math.Round(b.Fill * total)
	// The fill at which the rounded level next changes, and the moment of
	// the half-breath it is reached, from the inverse of the sine ease.
	var x float64
	if b.Inhale {
		x = math.Acos(1-2*min((level+0.5)/total, 1)) / math.Pi
	} else {
		x = math.Acos(2*max((level-0.5)/total, 0)-1) / math.Pi
	}
	at := time.Duration(x*float64(half)) + time.Millisecond
	return min(max(at-elapsed, time.Millisecond), b.Left)
}
