package ui

import (
	"strings"

	"github.com/backroll/backroll/coach"
)

// The breath is a level rising in a rounded box on the in-breath and falling
// on the out-breath. It moves an eighth of a cell at a time and only its top
// row changes between frames, so each frame costs the terminal a few bytes.
const breathW, breathH = 13, 3

var eighths = []rune(" ▁▂▃▄▅▆▇█")

func breathShape(s Styles, fill float64) []string {
	levels := int(fill*float64(breathH*8) + 0.5)
	lines := make([]string, 0, breathH+2)
	lines = append(lines, s.Rule.Render("╭"+strings.Repeat("─", breathW)+"╮"))
	for row := breathH - 1; row >= 0; row-- {
		n := min(max(levels-row*8, 0), 8)
		cells := strings.Repeat(string(eighths[n]), breathW)
		lines = append(lines, s.Rule.Render("│")+s.Breath.Render(cells)+s.Rule.Render("│"))
	}
	return append(lines, s.Rule.Render("╰"+strings.Repeat("─", breathW)+"╯"))
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
// as the lungs fill and rounds into cat as they empty. still shows only the
// end poses, for reduced motion.
func catCow(b coach.BreathState, still bool) []string {
	switch {
	case b.Inhale && (still || b.Fill > 0.4):
		return poseCow
	case !b.Inhale && (still || b.Fill < 0.6):
		return poseCat
	}
	return poseFlat
}
