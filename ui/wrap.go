// Text wrapped to the room a screen has: wrap for steps and notes,
// wrapEven for short paragraphs that read better in even lines.

package ui

import (
	"math"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// line is text in style st on one line up to width, wrapped with later
// lines indented by rest when it is longer; measuring first keeps a frame
// cheap.
func line(st lipgloss.Style, text string, width, rest int) []string {
	if utf8.RuneCountInString(text) <= width {
		return []string{" " + st.Render(text)}
	}
	return wrap(st.Render(text), width, 1, rest)
}

// wrap breaks text to width, indenting the first line by first and the rest
// by rest spaces. Lines break between words, never at the hyphen of a name
// like mid-back or cat-cow.
func wrap(text string, width, first, rest int) []string {
	w := max(width-max(first, rest), 10)
	text = strings.ReplaceAll(text, "-", nonBreakingHyphen)
	wrapped := lipgloss.NewStyle().Width(w).Render(text)
	lines := strings.Split(wrapped, "\n")
	for i := range lines {
		n := rest
		if i == 0 {
			n = first
		}
		lines[i] = strings.Repeat(" ", n) + strings.ReplaceAll(strings.TrimRight(lines[i], " "), nonBreakingHyphen, "-")
	}
	return lines
}

// wrapEven is text in style st, wrapped as wrap does into as few lines,
// but as even as they go: no word left alone on a line of its own. Where
// it takes no more lines, each sentence starts a line.
func wrapEven(st lipgloss.Style, text string, width, first, rest int) []string {
	fewest := len(wrap(text, width, first, rest))
	if parts := sentences(text); fewest > 1 && len(parts) > 1 {
		var out []string
		for _, p := range parts {
			out = append(out, evenly(p, max(width-max(first, rest), 10), len(wrap(p, width, rest, rest)))...)
		}
		if len(out) <= fewest {
			return indentStyled(st, out, first, rest)
		}
	}
	return indentStyled(st, evenly(text, max(width-max(first, rest), 10), fewest), first, rest)
}

// evenly is text in n even lines of at most width cells where that can
// be done, else wrapped as wrap does (a word wider than the width is
// split there).
func evenly(text string, width, n int) []string {
	if lines, ok := evenLines(text, width, n); ok {
		return lines
	}
	return wrap(text, width, 0, 0)
}

// evenLines breaks text between words into n lines of at most width
// cells, as even as they go: the least sum of squared room left on each,
// a word alone on a line counted as if the whole line were left, a line
// ending at a comma, colon or semicolon counted a little less. It is not
// ok when no such n lines exist.
func evenLines(text string, width, n int) ([]string, bool) {
	words := strings.Fields(text)
	wide := func(i, j int) int { // words[i:j] on one line
		w := j - i - 1
		for _, word := range words[i:j] {
			w += ansi.StringWidth(word)
		}
		return w
	}
	const none = math.MaxInt32 // far above any real cost, and an int on 32-bit machines
	// cost[k][i] lays words[i:] out in k lines; next[k][i] ends the first.
	cost := make([][]int, n+1)
	next := make([][]int, n+1)
	for k := range cost {
		cost[k] = make([]int, len(words)+1)
		next[k] = make([]int, len(words)+1)
		for i := range cost[k] {
			cost[k][i] = none
		}
	}
	cost[0][len(words)] = 0
	for k := 1; k <= n; k++ {
		for i := len(words) - 1; i >= 0; i-- {
			for j := i + 1; j <= len(words); j++ {
				w := wide(i, j)
				if w > width {
					break
				}
				if c := cost[k-1][j]; c < none {
					slack := max(width-w, 0)
					if c += slack * slack; j == i+1 && n > 1 {
						c += width * width // a word alone on its line reads worst
					}
					if j < len(words) && strings.ContainsAny(words[j-1][len(words[j-1])-1:], ",;:") {
						c -= width // a pause is a good place to break
					}
					if c < cost[k][i] {
						cost[k][i], next[k][i] = c, j
					}
				}
			}
		}
	}
	if n < 1 || cost[n][0] == none {
		return nil, false
	}
	var lines []string
	for k, i := n, 0; k > 0; k-- {
		j := next[k][i]
		lines = append(lines, strings.Join(words[i:j], " "))
		i = j
	}
	return lines, true
}

// indentStyled styles lines and indents the first by first, the rest by
// rest spaces.
func indentStyled(st lipgloss.Style, lines []string, first, rest int) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		n := rest
		if i == 0 {
			n = first
		}
		out[i] = strings.Repeat(" ", n) + st.Render(l)
	}
	return out
}

// sentences splits text after each full stop, question or exclamation
// mark that a space follows.
func sentences(text string) []string {
	var out []string
	for {
		i := strings.IndexAny(text, ".?!")
		for i >= 0 && i+1 < len(text) && text[i+1] != ' ' {
			j := strings.IndexAny(text[i+1:], ".?!")
			if j < 0 {
				i = -1
				break
			}
			i += j + 1
		}
		if i < 0 || i+1 >= len(text) {
			return append(out, text)
		}
		out = append(out, text[:i+1])
		text = strings.TrimLeft(text[i+1:], " ")
	}
}

// nonBreakingHyphen stands in for "-" while text is wrapped: the wrapper
// always breaks after a plain hyphen. It is as wide, and never shown.
const nonBreakingHyphen = "\u2011"
