package ui

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// place fits a screen into the window: the two header lines stay on top,
// the rest is centred in the room a large window gives, and cut to fit a
// small one. Lines as they were in seen, the frame before at this width,
// are known to fit.
func place(lines []string, width, height int, seen []string) []string {
	if len(lines) > 2 {
		head, body := lines[:2], lines[2:]
		left := strings.Repeat(" ", max((width-90)/2, 0))
		top := max((height-len(lines))/3, 0)
		out := append([]string{}, head...)
		for range top {
			out = append(out, "")
		}
		for _, l := range body {
			if l != "" {
				l = left + l
			}
			out = append(out, l)
		}
		lines = out
	}
	return clip(lines, width, height, seen)
}

// clip makes lines exactly height rows that each fit in width. A line the
// same as seen's line in its place (rows that fit in width) is not
// measured again.
func clip(lines []string, width, height int, seen []string) []string {
	if len(lines) > height {
		lines = lines[:height]
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	for i, l := range lines {
		if i < len(seen) && l == seen[i] {
			continue
		}
		if !surelyFits(l, width) {
			lines[i] = ansi.Truncate(l, width, "…")
		}
	}
	return lines
}

// narrow holds the symbols backroll draws with: punctuation, arrows, box
// drawing, blocks, simple shapes and check marks, all one cell wide.
func narrow(r rune) bool {
	return r >= 0x2010 && r <= 0x21ff || r >= 0x2500 && r <= 0x25fc || r == 0x2713 || r == 0x2715
}

// surelyFits is a quick bound on a styled line's width: printable runes
// outside escape sequences, counting any rune past U+1100 as two cells.
// Measuring graphemes exactly was a third of a hold frame's cost.
func surelyFits(s string, width int) bool {
	cells := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			for i += 2; i < len(s) && (s[i] < 0x40 || s[i] > 0x7e); i++ {
			}
			continue
		case c == 0x1b:
			return false // another kind of sequence: measure it properly
		case c < 0x80:
			cells++
		case c >= 0xc0:
			r, _ := utf8.DecodeRuneInString(s[i:])
			cells++
			if r >= 0x1100 && !narrow(r) {
				cells++
			}
		}
		if cells > width {
			return false
		}
	}
	return true
}

// header is the first two lines of every screen: where you are, and a rule.
func (f frame) header(where, right string) string {
	return f.memo.line("header", where+"\x00"+right, f, func() string { return f.buildHeader(where, right) })
}

func (f frame) buildHeader(where, right string) string {
	var parts []string
	if right != "" {
		parts = strings.Split(right, " · ")
	}
	// What does not fit of the right side goes from its end: its first
	// parts (the arrows of a page that scrolls, the step's place such as
	// "2 of 4") matter most, what follows (the area's name) least. Before
	// the step's place goes, the left gives way: backroll's own name,
	// then the where.
	must := 0
	for i, p := range parts {
		if position.MatchString(p) {
			must = i + 1
		}
	}
	for n := len(parts); n >= must; n-- {
		if h, ok := f.headerLine(" "+f.st.Title.Render("backroll")+f.st.Header.Render(" · "+where), parts[:n]); ok {
			return h
		}
	}
	if h, ok := f.headerLine(" "+f.st.Header.Render(where), parts[:must]); ok && where != "" {
		return h
	}
	for n := must; n >= 0; n-- {
		if h, ok := f.headerLine(" "+f.st.Title.Render("backroll"), parts[:n]); ok {
			return h
		}
	}
	return " " + f.st.Title.Render("backroll") + "\n" + f.st.rule.paint(strings.Repeat("─", f.width))
}

// position is the step's place in a header: "2 of 4", "page 1 of 3".
var position = regexp.MustCompile(`\d+ of \d+`)

// headerLine is the header with left on the left and parts on the right,
// if they fit the width.
func (f frame) headerLine(left string, parts []string) (string, bool) {
	if len(parts) > 0 {
		r := f.st.Header.Render(strings.Join(parts, " · ") + " ")
		gap := f.width - lipgloss.Width(left) - lipgloss.Width(r)
		if gap < 2 { // one space would run the two together
			return "", false
		}
		left += strings.Repeat(" ", gap) + r
	} else if lipgloss.Width(left) > f.width {
		return "", false
	}
	return left + "\n" + f.st.rule.paint(strings.Repeat("─", f.width)), true
}

func indent(lines []string, n int) []string {
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// headerRows is the room a screen's header takes: its title, the rule
// and a blank.
const headerRows = 3

// section is a block of a screen's lines shown whole or not at all. When
// the window is short, sections go highest drop first (the lowest on screen
// among equals); a drop of 0 never goes.
type section struct {
	lines []string
	drop  int
}

// fitSections joins the sections, in their order, that fit in room rows,
// leaving whole ones out as their drop says. Once the rest fits, what was
// left out comes back, most needed first, wherever it still fits.
func fitSections(room int, secs ...section) []string {
	lines, _ := fitSectionsKept(room, secs...)
	return lines
}

// fitSectionsKept is fitSections, and which of the sections it kept.
func fitSectionsKept(room int, secs ...section) ([]string, []bool) {
	total := 0
	for _, s := range secs {
		total += len(s.lines)
	}
	kept := make([]bool, len(secs))
	for i := range kept {
		kept[i] = true
	}
	var out []int // left out, in the order they went
	for total > room {
		worst := -1
		for i, s := range secs {
			if kept[i] && s.drop > 0 && len(s.lines) > 0 && (worst < 0 || s.drop >= secs[worst].drop) {
				worst = i
			}
		}
		if worst < 0 {
			break
		}
		kept[worst] = false
		total -= len(secs[worst].lines)
		out = append(out, worst)
	}
	for _, i := range slices.Backward(out) {
		if total+len(secs[i].lines) <= room {
			kept[i] = true
			total += len(secs[i].lines)
		}
	}
	lines := make([]string, 0, total)
	for i, s := range secs {
		if kept[i] {
			lines = append(lines, s.lines...)
		}
	}
	return lines, kept
}

// textWidth is how wide reading text runs: the window, up to a comfortable
// line length.
func textWidth(f frame) int { return min(f.width-2, 76) }

// trimRight splits a block into lines without the spaces that pad them.
func trimRight(block string) []string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// memo keeps rows built for the last frame under a key that names all they
// were built from, so rows that stay the same from frame to frame are
// styled once. Styling was over half of a hold frame's cost in
// BenchmarkHoldView's profile; the header alone was 14%.
type memo map[string]memoRows

type memoRows struct {
	width       int
	dark, known bool // the palette
	key         string
	rows        []string
}

// holds says whether r was built for key in frame f: the same key, width
// and palette.
func (r memoRows) holds(key string, f frame) bool {
	return r.key == key && r.width == f.width && r.dark == f.st.isDark && r.known == f.st.known
}

// rows is the slot's rows for key in frame f, built anew when the key,
// the width or the palette changed. The slice is clipped: a caller that
// appends to it gets a copy.
func (m memo) rows(slot, key string, f frame, build func() []string) []string {
	if r, ok := m[slot]; ok && r.holds(key, f) {
		return slices.Clip(r.rows)
	}
	rows := build()
	m[slot] = memoRows{f.width, f.st.isDark, f.st.known, key, rows}
	return slices.Clip(rows)
}

// line is rows for a single line.
func (m memo) line(slot, key string, f frame, build func() string) string {
	if r, ok := m[slot]; ok && r.holds(key, f) && len(r.rows) == 1 {
		return r.rows[0]
	}
	return m.rows(slot, key, f, func() []string { return []string{build()} })[0]
}

// beside sets two blocks side by side, margin cells in, gap cells apart,
// the shorter level with the middle of the taller. left is at most leftW
// cells wide.
func beside(left []string, leftW int, right []string, margin, gap int) []string {
	rows := max(len(left), len(right))
	topL, topR := (rows-len(left))/2, (rows-len(right))/2
	pad := strings.Repeat(" ", margin)
	out := make([]string, rows)
	for i := range rows {
		l, r := "", ""
		if j := i - topL; j >= 0 && j < len(left) {
			l = left[j]
		}
		if j := i - topR; j >= 0 && j < len(right) {
			r = right[j]
		}
		if r == "" {
			out[i] = strings.TrimRight(pad+l, " ")
			continue
		}
		out[i] = pad + l + strings.Repeat(" ", leftW-cellWidth(l)+gap) + r
	}
	return out
}
