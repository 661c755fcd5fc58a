package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

func (m *session) viewSummary(f frame) string {
	right := "done"
	if more := m.summary.more(f); more != "" {
		right = more + " · " + right
	}
	return f.header(m.plan.Name, right) + "\n\n" + strings.Join(m.summary.lines(), "\n")
}

// ratesAfter reports whether digits rate the back on the summary: not
// after sharp pain, unless a rating was given before.
func (m *session) ratesAfter() bool { return !m.s.Summary().RedFlag || m.feelAfter != nil }

// layout fits the phases that scroll, the summary and a get-ready's
// steps, to the frame.
func (m *session) layout(f frame) {
	switch st := m.s.State(f.now); {
	case st.Phase == coach.PhaseDone:
		m.layoutSummary(f)
	case readyPhase(st.Phase):
		m.layoutReady(f, st)
	}
}

// layoutSummary fits the summary's lines to the frame.
func (m *session) layoutSummary(f frame) {
	m.summary.fit(m.summaryLines(f), f.width, f.height-headerRows)
}

func (m *session) summaryLines(f frame) []string {
	s := f.st
	sum := m.s.Summary()
	var lines []string
	head := m.classHead(sum, plan.SummaryHead(sum, m.plan))
	lines = append(wrap(s.Heading.Render(head), textWidth(f), 1, 1), "")
	lines = append(lines, " "+s.Muted.Render("rolled   ")+s.Text.Render(coach.Clock(sum.Rolled)))
	// After sharp pain the streak is no cheer: the advice to stop is the
	// summary's only news.
	if t := f.today; t.Streak > 0 && !sum.RedFlag {
		streak := fmt.Sprintf("%d %s", t.Streak, plural(t.Streak, "day"))
		if t.Done {
			streak += ", today included"
		}
		lines = append(lines, " "+s.Muted.Render("streak   ")+s.Good.Render(streak))
	}
	areas := summaryAreas(sum.Holds)
	lines = append(lines, wrap(s.Muted.Render("areas    ")+s.Text.Render(areas), textWidth(f), 1, 10)...)
	// After sharp pain the question reads as a shrug; a rating given is kept.
	if m.ratesAfter() {
		lines = append(lines, "")
		lines = append(lines, wrap(strings.TrimPrefix(feelLine(s, "How does your back feel after rolling?", m.feelAfter), " "), textWidth(f), 1, 1)...)
	}
	if m.feelBefore != nil && m.feelAfter != nil {
		lines = append(lines, " "+s.Muted.Render(fmt.Sprintf("before %d, after %d", *m.feelBefore, *m.feelAfter)))
	}
	lines = append(lines, "")
	switch step := m.offer(f); {
	case f.advice.Lighter != nil && !sum.RedFlag:
		lines = append(lines, wrap(s.Accent.Render(f.advice.Lighter.Note), textWidth(f), 1, 1)...)
		lines = append(lines, "")
	case step != nil:
		lines = append(lines, wrap(s.Heading.Render("Next step: ")+s.Text.Render(step.Reason+" "+step.Offer+" Press a for yes."), textWidth(f), 1, 1)...)
		lines = append(lines, "")
	case m.taken != "":
		lines = append(lines, wrap(s.Good.Render("✓ "+m.taken+": from your next session on.")+s.Muted.Render(f.said(" backroll setup takes it back.")), textWidth(f), 1, 1)...)
		lines = append(lines, "")
	}
	if sum.RedFlag {
		// Sharp pain or tingling: the advice to stop replaces the next-day note.
		lines = append(lines, " "+s.Paused.Render("✕ Sharp pain or tingling"))
		lines = append(lines, wrap(s.Text.Render(content.RedFlagAfter), textWidth(f), 1, 1)...)
		lines = append(lines, "")
		lines = append(lines, wrap(s.Muted.Render(content.Disclaimer), textWidth(f), 1, 1)...)
	} else {
		head, note := "Tomorrow: ", content.SeeYou
		switch {
		case m.feelAfter != nil && *m.feelAfter >= 7:
			head, note = "Next time: ", content.VerySore
		case !sum.Finished:
			// Stopped early, the summary is short: what was rolled, how it
			// feels, p; no word on tomorrow unless the back is very sore.
			head = ""
		case sum.Rolled.Round(time.Second) == 0:
			// Nothing rolled: nothing to feel tomorrow.
		case m.prof.FirstTime:
			note = content.Tomorrow
		}
		if head != "" {
			lines = append(lines, wrap(s.Heading.Render(head)+s.Text.Render(note), textWidth(f), 1, 1)...)
			lines = append(lines, "")
		}
		lines = append(lines, wrap(s.Warning.Render(content.RedFlagLine), textWidth(f), 1, 1)...)
	}
	if f.saveErr != nil {
		lines = append(lines, "")
		lines = append(lines, wrap(s.Warning.Render("This session could not be saved: "+text.Inert(f.saveErr.Error())), textWidth(f), 1, 1)...)
	}
	return lines
}

// feelLine invites an optional 0-10 rating, or thanks for it. A 1 says
// how to make it 10, which needs no haste.
func feelLine(s *Styles, ask string, v *int) string {
	if coach.TenPending(v) {
		return " " + s.Muted.Render(ask+" ") + s.Good.Render("1 of 10") + s.Muted.Render(" · 0 next makes it 10")
	}
	if v != nil {
		return " " + s.Muted.Render(ask+" ") + s.Good.Render(fmt.Sprintf("%d of 10", *v)) + s.Muted.Render(" · noted")
	}
	return " " + s.Muted.Render(ask+" Type 0 (fine) to 10 (very sore).")
}

// summaryAreas names each area rolled, once, in order: those rolled for
// coach.AreaCounts or more.
// An area touched for less says the threshold, so that it is not missed
// in silence.
func summaryAreas(holds []coach.HoldEvent) string {
	names := coach.AreasRolled(holds)
	touched := map[string]bool{}
	for _, h := range holds {
		if h.Rolled.Round(time.Second) > 0 {
			touched[h.Exercise+"/"+h.Side] = true
		}
	}
	count := ""
	if len(touched) > len(names) {
		count = " (an area counts from " + coach.Short(coach.AreaCounts) + ")"
	}
	if len(names) == 0 {
		return "none yet" + count
	}
	return strings.Join(names, ", ") + count
}

// offer is the step up the summary offers, if any: never after sharp
// pain, and only after a session that rolled most of its plan, not beside
// a line that says it was mostly skipped.
func (m *session) offer(f frame) *advice.Step {
	sum := m.s.Summary()
	if sum.RedFlag || !sum.Finished || m.taken != "" || sum.Rolled.Round(time.Second) == 0 || plan.MostlySkipped(sum, m.plan) {
		return nil
	}
	return f.advice.Next
}
