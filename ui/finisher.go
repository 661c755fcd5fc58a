package ui

import (
	"fmt"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/rules"
)

// viewFinisher is cat-cow on hands and knees, looking at the floor: the
// count of the breath in big digits beside a figure whose back rounds and
// arches with it, both as large as the window allows, then the words.
func (m *session) viewFinisher(f frame, st coach.State) string {
	s := f.st
	cc := rules.Finisher(m.prof)
	// A held breath (4-7-8) keeps the cow the in-breath reached: the
	// lungs are full and the chest open, and the out-breath rounds into
	// cat from there.
	pose, cue := "Cat", cc.Cat
	switch st.Breath.Phase {
	case coach.BreathIn:
		pose, cue = "Cow", cc.Cow
	case coach.BreathHold:
		pose, cue = "Cow", cc.Hold
	}
	var steps []string
	for i, step := range cc.Setup {
		steps = append(steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	// A short window keeps the words for this breath and lets the figure,
	// the setup and the spacing go.
	body := fitSections(f.height-headerRows,
		section{[]string{" " + s.Heading.Render("Cat-cow") + s.Muted.Render(fmt.Sprintf(" · %d of %d", st.Rep, st.Reps))}, 0},
		section{append([]string{""}, m.catCowRows(f, st)...), 2},
		section{[]string{""}, 4},
		section{[]string{" " + m.breathLabel(s, st)}, 0},
		section{[]string{""}, 4},
		section{wrap(s.Heading.Render(pose)+s.Muted.Render(" · ")+s.Text.Render(cue), textWidth(f), 1, 3), 0},
		section{append([]string{""}, steps...), 3},
	)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(body, "\n")
}

// catCowRows are the count and the figure side by side at the largest
// scale that fits; a window too narrow for both keeps the figure alone.
func (m *session) catCowRows(f frame, st coach.State) []string {
	s := f.st
	for scale := scaleFor(f); scale >= 1; scale-- {
		fig := catCowFigure(st.Breath.Fill, st.Breath.Phase, scale, !m.animate)
		count := breathCount(st.Breath, scale)
		countW := len([]rune(count[0]))
		figW := len([]rune(fig[0]))
		gap := 4 * scale
		switch {
		case 2+countW+gap+figW <= f.width:
			return beside(paintRows(s.digits, count), countW, paintRows(s.figure, fig), 2, gap)
		case scale == 1 && 2+figW <= f.width:
			return indent(paintRows(s.figure, fig), 2)
		}
	}
	return nil
}

// paintRows paints each row in k.
func paintRows(k ink, rows []string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = k.paint(r)
	}
	return out
}
