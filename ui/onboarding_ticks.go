// The first run's lists to tick (onboarding.go): the screening question
// and where a recent injury is, each answer wrapped whole.

package ui

import (
	"slices"
	"strings"

	"github.com/backroll/backroll/content"
)

// tickLines are the screening question and the injury's follow-up: a list
// to tick, and under it what the answer under the cursor changes; more
// says where more of the list is, in a window too short for it.
func (o *onboarding) tickLines(f frame) (lines []string, more string) {
	if !o.ticks() {
		return nil, ""
	}
	s, w := f.st, textWidth(f)
	ask, pick := "Does any of these apply to you?", " Pick all that do, or none."
	// how is what to press, the part of the intro kept when the rest has
	// no room. On the screening it is never dropped; on the injury's
	// areas, what each area is matters more, and the help line names the
	// keys.
	how, rest, howDrop := "Space ticks one, enter goes on.", "Each changes how you roll, and your answers stay on this computer.", 0
	if f.remote {
		// In the key's folder on the server, not on the machine they
		// type at.
		rest = "Each changes how you roll, and your answers are kept on this server."
	}
	var why string
	if o.step == stepScreening {
		why = content.Conditions[o.cursor].Why
	} else {
		ask, pick = "Where is the recent injury?", ""
		how, rest, howDrop = "Tick each area it is in, then enter.", "Those areas are left out until it has healed and a clinician says they may be rolled.", 2
		why = injuryAreas()[o.cursor].Where
	}
	whySt, whyDrop := s.Text, 1
	if o.noArea {
		why, whySt, whyDrop = noAreaNote, s.Warning, 0 // what enter again means: never cut
	}
	room := f.height - headerRows
	head := wrap(s.Heading.Render(ask+pick), w, 1, 1)
	answers, more := o.tickWindow(f, room-len(head))
	if more != "" {
		// A short window: the question alone, and the answers in view.
		head = wrap(s.Heading.Render(ask), w, 1, 1)
		answers, more = o.tickWindow(f, room-len(head))
	}
	whyLines := append([]string{""}, wrap(whySt.Render(why), w, 1, 1)...)
	intro := append([]string{""}, wrap(s.Muted.Render(how+" "+rest), w, 1, 1)...)
	lines = fitSections(room,
		section{head, 0},
		section{intro, 2},
		section{[]string{""}, 3},
		section{answers, 0},
		section{whyLines, whyDrop})
	if slices.Contains(lines, intro[1]) {
		return lines, more
	}
	// No room for the whole intro: what to press goes right under the
	// question, the answers in the rows left.
	howLines := wrap(s.Muted.Render(how), w, 1, 1)
	if howDrop == 0 {
		answers, more = o.tickWindow(f, room-len(head)-len(howLines))
	}
	return fitSections(room,
		section{head, 0},
		section{howLines, howDrop},
		section{[]string{""}, 3},
		section{answers, 0},
		section{whyLines, whyDrop}), more
}

// noAreaNote says what a recent injury with no area ticked means, before
// enter goes on that way.
const noAreaNote = "None ticked, so nothing is left out. Enter again if it is elsewhere."

// tickWindow is the list to tick, each answer wrapped whole: a person
// sees all of what they tick. In fewer rows than it takes, it shows the
// whole answers around the cursor's that fit, and more says which way
// the rest lies.
func (o *onboarding) tickWindow(f frame, rows int) (lines []string, more string) {
	var labels []string
	if o.step == stepScreening {
		for _, c := range content.Conditions {
			labels = append(labels, c.Label)
		}
	} else {
		for _, ex := range injuryAreas() {
			labels = append(labels, ex.Name)
		}
	}
	answers := make([][]string, len(labels))
	for i, l := range labels {
		answers[i] = o.tick(f.st, i, l, f.width)
	}
	return blockLines(answers, o.cursor, rows)
}

// tick is one answer of a list to tick: its box, ticked or not, and its
// label, marked under the cursor, wrapped evenly under itself to the
// width.
func (o *onboarding) tick(s *Styles, i int, label string, width int) []string {
	box := "[ ] "
	if o.ticked(i) {
		box = "[" + s.Good.Render("✓") + "] "
	}
	text, mark := s.Text, "   "
	if i == o.cursor {
		text, mark = s.Selected, " "+s.Selected.Render("▸ ")
	}
	rows := evenly(label, max(width-8, 10), len(wrap(label, width-1, 7, 7)))
	for j, r := range rows {
		if j == 0 {
			rows[j] = mark + box + text.Render(r)
		} else {
			rows[j] = strings.Repeat(" ", 7) + text.Render(r)
		}
	}
	return rows
}
