package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/content"
)

func (m *session) viewHold(f frame, st coach.State) string {
	s := f.st
	ex := st.Step.Exercise
	left := st.Left
	if st.Tender {
		left = st.TenderLeft
	}
	digits := s.digits
	if st.Paused {
		digits = s.held
	}
	room := f.height - headerRows
	clockRows, whole := countdown(f, left, digits, m.breathPanel(f, st))
	out, need := m.sitsOut(st), 1 // the area's name under the digits
	if out != "" {
		need += 2 // and, never dropped, that this member sits it out
	}
	if len(clockRows)+need > room {
		// Too short for big digits and the area's name under them: the time in
		// words, then the breath.
		clockRows, whole = []string{" " + digits.paint(clock(left)+" left") + s.Muted.Render(" · ") + m.breathLabel(s, st)}, false
	}
	m.shapeHidden = !whole
	cue := cueAt(ex, st, m.plan.NoTender)
	var note []string
	cueDrop := 3
	switch {
	case out != "":
		cueDrop = 0
		// A class rolls an area this member's answers leave out: they rest.
		cue = "Sit this one out: rest while the class rolls it."
		note = f.memo.rows("note", out, f, func() []string { return line(s.Muted, "▸ "+out, textWidth(f), 3) })
	case st.Tender:
		// On the spot the cue is to stay, whatever the area's cue says.
		cue = content.TenderCue
		// The spot's own time, in words: the big digits count it too,
		// but a short window shows no digits.
		text := fmt.Sprintf("● Tender spot: breathe into it · %s left", clock(st.TenderLeft))
		if st.Why != "" {
			// Cut to the area's time: the reason, as the spot starts.
			text += " · " + st.Why
		}
		note = f.memo.rows("note", text, f, func() []string { return wrap(s.Accent.Render(text), textWidth(f), 1, 3) })
	case st.Why != "":
		// + got less than asked: the area's two minutes have no room.
		text := "▸ " + st.Why
		note = f.memo.rows("note", text, f, func() []string { return line(s.Accent, text, textWidth(f), 3) })
	default:
		text := "▸ " + noteAt(m.notes[ex.ID], st, cue)
		if sp := plan.SpotAt(f.advice, st.Step); sp != nil && st.Length-st.Left < 15*time.Second {
			// A spot tender session after session: said as the hold starts.
			text = "▸ " + sp.Said(st.Room)
		}
		note = f.memo.rows("note", text, f, func() []string { return line(s.Muted, text, textWidth(f), 3) })
	}
	title := f.memo.line("title", st.Step.Title(), f, func() string {
		return " " + s.Heading.Render(st.Step.Title()) + s.Muted.Render(" · "+ex.Position)
	})
	cueRows := f.memo.rows("cue", cue, f, func() []string { return line(s.Text, cue, textWidth(f), 1) })
	next := nextName(m.plan, st)
	nextRow := f.memo.line("next", next, f, func() string { return " " + s.Muted.Render("next  ") + s.Text.Render(next) })
	barW := max(min(f.width-28, 40), 10)
	var unsaved []string
	if f.saveErr != nil {
		unsaved = []string{"", " " + s.Warning.Render("This session is not being saved; it runs all the same.")}
	}
	var notice []string
	if f.notice != "" {
		notice = append([]string{""}, wrap(s.Muted.Render(f.notice), textWidth(f), 1, 1)...)
	}
	// The big digits count the area down already: its time in words only
	// while they count a tender spot instead, inside the area's time.
	// A second's change is bytes sent, every second of every hold.
	areaLeft := ""
	if st.Tender {
		areaLeft = clock(st.Left) + " left"
	}
	// The bars move a cell at a time, and the session's time in words once
	// a second: each row is built again only when what it shows changes.
	areaDone := barCells(barW, st.Length-st.Left, st.Length)
	areaRow := f.memo.line("area bar", strconv.Itoa(areaDone)+" "+areaLeft, f, func() string {
		row := " " + s.Muted.Render("this area  ") + bar(s, barW, areaDone)
		if areaLeft != "" {
			row += " " + s.Muted.Render(areaLeft)
		}
		return row
	})
	sessionDone := barCells(barW, st.SessionLength-st.SessionLeft, st.SessionLength)
	sessionLeft := clock(st.SessionLeft) + " left"
	sessionRow := f.memo.line("session bar", strconv.Itoa(sessionDone)+" "+sessionLeft, f, func() string {
		return " " + s.Muted.Render("session    ") + bar(s, barW, sessionDone) + " " + s.Muted.Render(sessionLeft)
	})
	body := fitSections(room,
		section{clockRows, 0},
		section{[]string{""}, 7},
		section{[]string{title}, 1},
		section{cueRows, cueDrop},
		section{note, 4},
		section{[]string{"", areaRow, sessionRow}, 5},
		section{[]string{"", nextRow}, 6},
		section{unsaved, 2},
		section{notice, 3},
	)
	return f.header(m.plan.Name, m.where(st)) + "\n\n" + strings.Join(body, "\n")
}

// countdown draws big digits beside a panel (the breath), or stacks them
// when the window is narrow, and says whether the panel is there whole. It
// joins plain-width pieces by hand: it runs on every frame, and measuring
// styled text is the costly part of a frame. The digits change once a
// second: they are drawn and painted once for each, and a frame only sets
// the panel's rows beside them.
func countdown(f frame, d time.Duration, style ink, panel []string) ([]string, bool) {
	scale := scaleFor(f)
	text := clock(d)
	digitsW, n := bigDigitsWidth(text, scale), 5*scale
	panelW := breathW*scale + 2
	gap := min(max(f.width-digitsW-panelW-12, 4), 24)
	key := style.pre + "\x00" + text + "\x00" + strconv.Itoa(scale)
	if digitsW+panelW+gap+8 > f.width {
		out := f.memo.rows("digits stacked", key, f, func() []string {
			out := indent(bigDigits(text, scale), 2)
			for i := range out {
				out[i] = style.paint(out[i])
			}
			return out
		})
		// Under the digits a short window has room for the panel's last
		// line (the words), not the shape: half a box looks broken.
		whole := true
		if f.height < 20 && len(panel) > 1 {
			panel, whole = panel[len(panel)-1:], false
		}
		return append(out, indent(panel, 2)...), whole
	}
	// Each digit row alone, then padded to where the panel starts, then
	// the padding of a row below the digits.
	lead := f.memo.rows("digits", key, f, func() []string {
		digits := bigDigits(text, scale)
		lead := make([]string, 0, 2*n+1)
		for _, row := range digits {
			lead = append(lead, "        "+style.paint(row))
		}
		for i, row := range digits {
			lead = append(lead, lead[i]+strings.Repeat(" ", digitsW-len([]rune(row))+gap))
		}
		return append(lead, strings.Repeat(" ", 8+digitsW+gap))
	})
	// The panel sits level with the middle of the digits.
	top := max((n-len(panel)+1)/2, 0)
	rows := max(n, top+len(panel))
	out := make([]string, 0, rows)
	for i := range rows {
		line := "        "
		if i < n {
			line = lead[i]
		}
		if p := i - top; p >= 0 && p < len(panel) && panel[p] != "" {
			pad := lead[2*n]
			if i < n {
				pad = lead[n+i]
			}
			line = pad + blanks(max((panelW-cellWidth(panel[p]))/2, 0)) + panel[p]
		}
		out = append(out, line)
	}
	return out, true
}

// spaces is blanks' store.
var spaces = strings.Repeat(" ", 256)

// blanks is n spaces, without building them for each frame.
func blanks(n int) string {
	if n <= len(spaces) {
		return spaces[:n]
	}
	return strings.Repeat(" ", n)
}

// cueAt rotates slowly through the exercise's cues: one every 15 seconds of
// the hold, so the words change rarely.
func cueAt(ex content.Exercise, st coach.State, noTender bool) string {
	cues := ex.Cues
	if noTender {
		// No tender-spot holds: a cue to press k would mislead.
		cues = slices.DeleteFunc(slices.Clone(cues), func(c string) bool { return strings.Contains(c, "Press k") })
	}
	elapsed := st.Length - st.Left
	return cues[int(elapsed/(15*time.Second))%len(cues)]
}

// noteAt rotates through an exercise's reminders with the cues, one every
// 15 seconds of the hold, passing over one on the same topic as the cue on
// screen: the two lines never say the same thing twice.
func noteAt(notes []string, st coach.State, cue string) string {
	elapsed := st.Length - st.Left
	i := int(elapsed / (15 * time.Second))
	for k := range notes {
		if n := notes[(i+k)%len(notes)]; !sameTopic(n, cue) {
			return n
		}
	}
	return notes[i%len(notes)]
}

// topics are what a cue or a reminder can be about, as words they hold.
var topics = []string{"neck", "breath", "spot", "slow", "fast", "bone", "lower back", "head"}

// sameTopic reports whether a and b are about the same thing.
func sameTopic(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	for _, t := range topics {
		if strings.Contains(a, t) && strings.Contains(b, t) {
			return true
		}
	}
	return false
}

func nextName(p coach.Plan, st coach.State) string {
	switch {
	case st.Next != nil && st.Next.Exercise.ID == st.Step.Exercise.ID:
		return "switch sides: " + st.Next.Title()
	case st.Next != nil:
		return st.Next.Title()
	case p.Finisher:
		return "cat-cow, to finish"
	}
	return "the end: well done"
}

// bar is a plain progress bar w cells wide, n of them full: whole cells,
// so it changes rarely.
func bar(s *Styles, w, n int) string {
	return s.barFull.paint(strings.Repeat("█", n)) + s.barEmpty.paint(strings.Repeat("░", w-n))
}

// barCells is how many of a bar's w cells are full when done of total is.
func barCells(w int, done, total time.Duration) int {
	n := 0
	if total > 0 {
		n = int(int64(w) * int64(done) / int64(total))
	}
	return min(max(n, 0), w)
}

// breathLabel is the words under the breath: in, hold or out, and the
// count: "breathe in · 3", "hold · 2".
func breathLabel(s *Styles, st coach.State) string {
	if st.Paused {
		return s.Paused.Render("paused · space to go on")
	}
	word := st.Breath.Phase.String()
	// On a tender spot the big clock counts the spot, not the area: the
	// label says so where a small window still shows it.
	if st.Tender {
		return s.Accent.Render("tender spot") + s.Text.Render(fmt.Sprintf(" · %s %d", word, st.Breath.Count))
	}
	if st.Breath.Phase != coach.BreathHold {
		word = "breathe " + word
	}
	return s.Text.Render(fmt.Sprintf("%s · %d", word, st.Breath.Count))
}

func (m *session) breathPanel(f frame, st coach.State) []string {
	// The words change once a second: styled once for each.
	key := breathKey(st)
	if m.class != nil && !m.class.Leads() {
		key += " follower" // a class's pause is the leader's: said so
	}
	label := f.memo.line("breath label", key, f, func() string { return m.breathLabel(f.st, st) })
	if !m.animate {
		return []string{label}
	}
	return append(breathShape(f.st, st.Breath.Fill, scaleFor(f)), label)
}

// breathKey names what breathLabel shows for st.
func breathKey(st coach.State) string {
	if st.Paused {
		return "paused"
	}
	key := st.Breath.Phase.String() + " " + strconv.Itoa(st.Breath.Count)
	if st.Tender {
		key += " tender"
	}
	return key
}
