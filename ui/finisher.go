package ui

import (
	"fmt"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

func (m *session) viewFinisher(f frame, st coach.State) string {
	s := f.st
	cc := content.CatCow
	pose, cue := "Cat", cc.Cat
	if st.Breath.Inhale {
		pose, cue = "Cow", cc.Cow
	}
	var steps []string
	for i, step := range cc.Setup {
		steps = append(steps, wrap(fmt.Sprintf("%d. %s", i+1, step), textWidth(f), 4, 7)...)
	}
	// A short window keeps the words for this breath and lets the figure,
	// the setup and the spacing go.
	body := fitSections(f.height-headerRows,
		section{[]string{" " + s.Heading.Render("Cat-cow") + s.Muted.Render(fmt.Sprintf(" · %d of %d", st.Rep, st.Reps))}, 0},
		section{append([]string{""}, indent(catCow(st.Breath, !m.animate), 10)...), 2},
		section{[]string{""}, 4},
		section{[]string{"          " + breathLabel(s, st)}, 0},
		section{[]string{""}, 4},
		section{wrap(s.Heading.Render(pose)+s.Muted.Render(" · ")+s.Text.Render(cue), textWidth(f), 1, 3), 0},
		section{append([]string{""}, steps...), 3},
	)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(body, "\n")
}
