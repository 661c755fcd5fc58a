package ui

import (
	"math"
	"strconv"
	"strings"
	"sync"
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

func breathShape(s *Styles, fill float64, scale int) []string {
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

// The large cat-cow figure is drawn, not typed: a body on hands and knees,
// seen from the side with the head to the right, as solid half blocks that
// read from the floor. Its back is a curve from hip to shoulder that rounds
// up in cat and sags into cow, passing through catCowPoses poses between.
// Half a cell is about as tall as a cell is wide, so each half block is a
// square pixel and every scale is drawn from the same shapes, sharp, rather
// than blown up from the smallest.
const (
	catCowPoses = 7
	catCowCols  = 28 // at scale 1
	catCowRows  = 8
)

// catCowDrawn holds every pose at each scale, drawn the first time the
// finisher shows at that scale: it shows one each frame. Drawn when the
// program started, they took 14% of the first seconds' CPU, and every
// command (status runs at each shell prompt) paid for them.
var catCowDrawn = func() (out [maxScale]func() [catCowPoses][]string) {
	for i := range out {
		out[i] = sync.OnceValue(func() (poses [catCowPoses][]string) {
			for p := range poses {
				poses[p] = drawCatCow(float64(p)/(catCowPoses-1), i+1)
			}
			return poses
		})
	}
	return out
}()

// catCowFigure is the figure for the breath: rounded (cat) with the lungs
// empty, arched (cow) with them full, and the poses between as they fill
// and empty; a held breath stays in cow, the lungs full. still shows only
// the end pose of each part of the breath, cow while breathing in and
// holding, cat while breathing out, for reduced motion. It is
// catCowCols*scale columns wide and catCowRows*scale rows tall.
func catCowFigure(fill float64, phase coach.BreathPhase, scale int, still bool) []string {
	p := int(min(max(fill, 0), 1)*(catCowPoses-1) + 0.5)
	if still {
		p = catCowPoses - 1
		if phase == coach.BreathOut {
			p = 0
		}
	}
	return catCowDrawn[min(max(scale, 1), maxScale)-1]()[p]
}

// breathCount is the second of the part of the breath (in, hold or out)
// in big digits, to count along with from the floor.
func breathCount(b coach.BreathState, scale int) []string {
	return bigDigits(strconv.Itoa(b.Count), scale)
}

// drawCatCow rasterises the figure at pose t, 0 cat to 1 cow. Units are
// columns across and half rows up from the floor.
func drawCatCow(t float64, scale int) []string {
	lerp := func(a, b float64) float64 { return a + (b-a)*t }
	hip, shoulder := pt{8, lerp(8.5, 9.5)}, pt{21.5, 9.5}
	// The back: a quadratic curve whose middle rises 3.5 above the line
	// from hip to shoulder in cat and sinks 2.5 below it in cow.
	ctrl := pt{14.5, lerp(9+7, 9-5)}
	head := pt{lerp(25, 25.6), lerp(5, 12.8)}
	parts := []capsule{
		{pt{8, 1}, pt{2, 1}, 1},                              // shin along the floor
		{pt{8, 1}, hip, 1.1},                                 // thigh
		{pt{21.5, 1}, shoulder, 0.9},                         // arm
		{pt{23, 1}, pt{21.5, 1}, 0.6},                        // hand
		{shoulder, head, 1.1},                                // neck
		{head, head, 1.9},                                    // head
		{hip, pt{hip.x - 1.2, hip.y + lerp(-0.8, 1.2)}, 1.3}, // the pelvis tucks in cat, tilts up in cow
	}
	const steps = 16
	prev := hip
	for i := 1; i <= steps; i++ {
		u := float64(i) / steps
		q := pt{
			(1-u)*(1-u)*hip.x + 2*u*(1-u)*ctrl.x + u*u*shoulder.x,
			(1-u)*(1-u)*hip.y + 2*u*(1-u)*ctrl.y + u*u*shoulder.y,
		}
		parts = append(parts, capsule{prev, q, 1.5})
		prev = q
	}
	in := func(x, y float64) bool {
		for _, c := range parts {
			if c.dist(pt{x, y}) <= c.r {
				return true
			}
		}
		return false
	}
	w, h := catCowCols*scale, catCowRows*scale
	rows := make([]string, h)
	var b strings.Builder
	for r := range rows {
		b.Reset()
		for c := range w {
			x := (float64(c) + 0.5) / float64(scale)
			top := in(x, (float64(2*(h-r))-0.5)/float64(scale))
			bottom := in(x, (float64(2*(h-r))-1.5)/float64(scale))
			b.WriteString(halfBlock(top, bottom))
		}
		rows[r] = b.String()
	}
	return rows
}

// halfBlock is the cell with its top and bottom halves filled or not.
func halfBlock(top, bottom bool) string {
	switch {
	case top && bottom:
		return "█"
	case top:
		return "▀"
	case bottom:
		return "▄"
	}
	return " "
}

type pt struct{ x, y float64 }

// capsule is a line from a to b drawn r thick on each side: a limb, or a
// stretch of the back.
type capsule struct {
	a, b pt
	r    float64
}

// dist is how far p is from the capsule's line.
func (c capsule) dist(p pt) float64 {
	dx, dy := c.b.x-c.a.x, c.b.y-c.a.y
	u := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		u = min(max(((p.x-c.a.x)*dx+(p.y-c.a.y)*dy)/l, 0), 1)
	}
	return math.Hypot(p.x-c.a.x-u*dx, p.y-c.a.y-u*dy)
}

// untilBreathChange is how long until a breath shape drawn in steps
// levels from empty to full next moves by one, so frames are drawn only
// when something on screen changes: the box has breathH*8 levels, the
// cat-cow figure catCowPoses-1 steps between its poses. While the breath
// is held the shape stays full: nothing moves before the hold ends.
func untilBreathChange(b coach.BreathState, br coach.Breath, steps int) time.Duration {
	if b.Phase == coach.BreathHold {
		return b.Left
	}
	part := br.Length(b.Phase)
	elapsed := part - b.Left
	total := float64(steps)
	level := math.Round(b.Fill * total)
	// The fill at which the rounded level next changes, and the moment of
	// the in- or out-breath it is reached, from the inverse of the sine
	// ease.
	var x float64
	if b.Phase == coach.BreathIn {
		x = math.Acos(1-2*min((level+0.5)/total, 1)) / math.Pi
	} else {
		x = math.Acos(2*max((level-0.5)/total, 0)-1) / math.Pi
	}
	at := time.Duration(x*float64(part)) + time.Millisecond
	return min(max(at-elapsed, time.Millisecond), b.Left)
}
