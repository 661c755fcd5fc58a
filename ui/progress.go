package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// progress shows what the history adds up to: streaks, totals, a calendar
// of the last 26 weeks, minutes per area, how the back felt and which spots
// keep being tender. Its figures arrive in a progressMsg, read off the
// render path.
type progress struct {
	journal Journal // nil keeps no history
	now     func() time.Time
	stats   *streak.Stats
	err     error
	keyMap  menuKeys
	body    page
}

type progressMsg struct {
	stats streak.Stats
	err   error
}

func newProgress(j Journal, now func() time.Time) *progress {
	p := &progress{journal: j, now: now, keyMap: newMenuKeys(), body: newPage()}
	p.keyMap.Move.SetEnabled(false)
	p.keyMap.Ends.SetEnabled(false)
	p.keyMap.Enter.SetEnabled(false)
	return p
}

// open reads the figures afresh, off the render path, each time the
// screen is shown.
func (p *progress) open() tea.Cmd {
	j, now := p.journal, p.now()
	if j == nil {
		return func() tea.Msg { return progressMsg{err: fmt.Errorf("no history is kept in this run")} }
	}
	return func() tea.Msg {
		st, err := j.Progress(now)
		return progressMsg{st, err}
	}
}

func (p *progress) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	switch msg := msg.(type) {
	case progressMsg:
		p.stats, p.err = &msg.stats, msg.err
		p.body.top()
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keyMap.Back):
			return nil, goTo{homeScreen}
		case key.Matches(msg, p.keyMap.Quit):
			return nil, quitApp{}
		default:
			p.layout(f)
			p.body.update(msg)
		}
	}
	return nil, nil
}

func (p *progress) keys(frame) help.KeyMap {
	scroll := p.body.scrollKey()
	k := p.keyMap
	short := []key.Binding{scroll, k.Back, k.Quit, k.Help}
	return bindings{short: short, full: [][]key.Binding{p.body.fullKeys(), {k.Back, k.Quit, k.Help}}}
}

// layout fits the figures to the frame, a scroll away in a short window.
func (p *progress) layout(f frame) {
	p.body.fit(p.lines(f), f.width, f.height-headerRows)
}

func (p *progress) view(f frame) string {
	lines := []string{f.header("progress", p.body.more(f)), ""}
	return strings.Join(append(lines, p.body.lines()...), "\n")
}

// lines are the figures under the header.
func (p *progress) lines(f frame) []string {
	s := f.st
	var lines []string
	switch {
	case p.err != nil:
		return wrap(s.Warning.Render(text.Inert(p.err.Error())), textWidth(f), 1, 1)
	case p.stats == nil:
		return []string{" " + s.Muted.Render("Reading your history…")}
	}
	st := p.stats
	w := textWidth(f)
	lines = append(lines, wrap(s.Muted.Render("streak      ")+s.Heading.Render(dayCount(st.CurrentStreak))+s.Muted.Render(" · longest ")+s.Text.Render(dayCount(st.LongestStreak))+todayNote(s, st), w, 1, 13)...)
	lines = append(lines, wrap(s.Muted.Render("last 7 days ")+s.Text.Render(fmt.Sprintf("%s, %s rolled", dayCount(st.WeekDays), minutesText(st.WeekMinutes))), w, 1, 13)...)
	lines = append(lines, wrap(s.Muted.Render("in all      ")+s.Text.Render(fmt.Sprintf("%d %s, %s", st.TotalSessions, plural(st.TotalSessions, "session"), minutesText(st.TotalMinutes))), w, 1, 13)...)
	lines = append(lines, "")
	cal := heatmap(s, st.Days)
	areas := areaLines(s, st.MinutesByArea)
	if f.width < heatmapWidth+4+areasWidth {
		// Too narrow to sit side by side: the areas go under the calendar.
		lines = append(lines, cal...)
		if len(areas) > 0 {
			lines = append(append(lines, ""), indent(areas, 1)...)
		}
		cal, areas = nil, nil
	}
	for i := range max(len(cal), len(areas)) {
		l := ""
		if i < len(cal) {
			l = cal[i]
		} else if len(cal) > 0 {
			l = strings.Repeat(" ", heatmapWidth)
		}
		if i < len(areas) {
			l += "    " + areas[i]
		}
		lines = append(lines, l)
	}
	lines = append(lines, "")
	lines = append(lines, feelLines(s, st.Feel, w)...)
	lines = append(lines, tenderLines(s, st.Tender, w)...)
	if st.UnreadableLines > 0 {
		lines = append(lines, " "+s.Muted.Render(fmt.Sprintf("%d unreadable %s in history.jsonl, left as they are", st.UnreadableLines, plural(st.UnreadableLines, "line"))))
	}
	return lines
}

func todayNote(s *Styles, st *streak.Stats) string {
	if st.TodayDone {
		return s.Good.Render("  ✓ today")
	}
	return s.Muted.Render(" · today still open")
}

func dayCount(n int) string { return fmt.Sprintf("%d %s", n, plural(n, "day")) }

// minutesText is time rolled in the app's own form, as the home screen and
// the summary show it (0:27, 45:10), and in hours and minutes from an hour
// (1 h 14 min), where seconds no longer tell anything.
func minutesText(m float64) string {
	if m >= 60 {
		return fmt.Sprintf("%d h %d min", int(m)/60, int(m)%60)
	}
	return coach.Clock(time.Duration(m * float64(time.Minute)))
}

// heatmapWidth is the calendar's width: day labels and one column a week.
const heatmapWidth = 5 + 26

// heatmap draws the last 26 weeks like a contribution graph: a column per
// week from Monday to Sunday, shaded by minutes rolled.
func heatmap(s *Styles, days []streak.Day) []string {
	if len(days) == 0 {
		return nil
	}
	first, err := time.Parse(time.DateOnly, days[0].Date)
	if err != nil {
		return nil
	}
	weeks := (len(days) + 6) / 7
	rows := make([][]string, 7)
	for i := range rows {
		rows[i] = make([]string, weeks)
		for w := range rows[i] {
			rows[i][w] = " "
		}
	}
	for i, d := range days {
		rows[i%7][i/7] = shade(s, d)
	}
	// Month names over the week that holds each month's first day, the
	// last column's too: its name runs past the calendar's right edge.
	months := []rune(strings.Repeat(" ", weeks+3))
	last := -4 // where the last name began
	for w := range weeks {
		monday := first.AddDate(0, 0, 7*w)
		if sunday := monday.AddDate(0, 0, 6); w == 0 || monday.Day() == 1 || sunday.Month() != monday.Month() {
			name := monday.Format("Jan")
			if w > 0 {
				name = sunday.Format("Jan")
			}
			if w-last < 4 {
				// The first column's month, begun before the calendar,
				// gives way to the next one's name.
				copy(months[last:], []rune("   "))
			}
			copy(months[w:], []rune(name))
			last = w
		}
	}
	out := []string{" " + s.Muted.Render("    "+strings.TrimRight(string(months), " "))}
	labels := []string{"Mon", "", "Wed", "", "Fri", "", "Sun"}
	for i, r := range rows {
		out = append(out, " "+s.Muted.Render(fmt.Sprintf("%-3s ", labels[i]))+strings.Join(r, ""))
	}
	out = append(out, " "+s.Muted.Render("    less ")+shade(s, streak.Day{})+shade(s, streak.Day{Minutes: 0.5})+shade(s, streak.Day{Minutes: 2, Counted: true})+shade(s, streak.Day{Minutes: 5, Counted: true})+shade(s, streak.Day{Minutes: 10, Counted: true})+s.Muted.Render(" more"))
	return out
}

func shade(s *Styles, d streak.Day) string {
	switch {
	case d.Minutes == 0:
		return s.BarEmpty.Render("·")
	case !d.Counted:
		return s.Muted.Render("░")
	case d.Minutes < 4:
		return s.BarFull.Render("▒")
	case d.Minutes < 8:
		return s.BarFull.Render("▓")
	}
	return s.BarFull.Render("█")
}

// areaLines lists minutes per area, most first, each with a short bar.
// areasWidth is about how wide the minutes by area run.
const areasWidth = 36

// maxAreaName is the most of an area's name the progress screen shows:
// "mid-back at a wall" whole, an unknown id from a synced file cut.
const maxAreaName = 20

func areaLines(s *Styles, by map[string]float64) []string {
	// An area counts from coach.AreaCounts, as on the summary: a second
	// on one is not time spent there.
	var ids []string
	for id, m := range by {
		if m*60 >= coach.AreaCounts.Seconds() {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		if by[a] != by[b] {
			if by[a] > by[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	if len(ids) == 0 {
		return nil
	}
	top := by[ids[0]]
	head := "time by area"
	if len(ids) < len(by) {
		head += ", each from " + coach.Short(coach.AreaCounts)
	}
	out := []string{s.Muted.Render(head)}
	names, nameW := make([]string, len(ids)), 0
	for i, id := range ids {
		names[i] = id
		if ex, ok := content.ExerciseByID(id); ok {
			names[i] = strings.ToLower(ex.Name)
		}
		// The bars start in one column, however long the names.
		names[i] = ansi.Truncate(names[i], maxAreaName, "…")
		nameW = max(nameW, ansi.StringWidth(names[i]))
	}
	for i, id := range ids {
		n := int(by[id] / top * 12)
		out = append(out, fmt.Sprintf("%-*s %s %s", nameW, names[i], s.BarFull.Render(strings.Repeat("█", max(n, 1))), s.Muted.Render(minutesText(by[id]))))
	}
	return out
}

var sparks = []rune("▁▂▃▄▅▆▇█")

// feelLines draws the before and after ratings (0-10) as sparklines, the
// last 30 sessions that have them, each ending in its latest rating: eight
// heights cannot tell every number apart.
func feelLines(s *Styles, feel []streak.Feel, width int) []string {
	var before, after []rune
	var lastBefore, lastAfter *int
	gaps := false
	for _, f := range feel[max(len(feel)-30, 0):] {
		before = append(before, spark(f.Before))
		after = append(after, spark(f.After))
		lastBefore, lastAfter = cmp.Or(f.Before, lastBefore), cmp.Or(f.After, lastAfter)
		gaps = gaps || f.Before == nil || f.After == nil
	}
	if len(before) == 0 {
		return nil
	}
	title := "how your back felt, 0 fine to 10 very sore, last sessions"
	if gaps {
		title = "how your back felt, 0 fine to 10 very sore (blank: not rated)"
	}
	latest := func(v *int) string {
		if v == nil || 8+len(before)+10 > width {
			return ""
		}
		return s.Muted.Render(fmt.Sprintf("  latest %d", *v))
	}
	return append(wrap(s.Muted.Render(title), width, 1, 1),
		" "+s.Muted.Render("before ")+s.Text.Render(string(before))+latest(lastBefore),
		" "+s.Muted.Render("after  ")+s.Accent.Render(string(after))+latest(lastAfter),
		"")
}

func spark(v *int) rune {
	if v == nil {
		return ' '
	}
	return sparks[min(max(*v, 0), 10)*(len(sparks)-1)/10]
}

func tenderLines(s *Styles, tender []streak.Tender, width int) []string {
	var out []string
	for _, t := range tender[:min(len(tender), 3)] {
		name := t.Exercise
		if ex, ok := content.ExerciseByID(t.Exercise); ok {
			name = strings.ToLower(coach.Step{Exercise: ex, Side: t.Side}.Title())
		}
		often := fmt.Sprintf("in %d of the last %d sessions", t.Tender, t.Sessions)
		switch {
		case t.Sessions == 1:
			often = "in your last session"
		case t.Tender == t.Sessions:
			often = fmt.Sprintf("in each of the last %d sessions", t.Sessions)
		}
		out = append(out, wrap(s.Muted.Render("tender  ")+s.Text.Render(name+": "+often), width, 1, 9)...)
	}
	return out
}
