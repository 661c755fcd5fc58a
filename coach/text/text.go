// Package text makes strings from outside backroll safe to show, and finds
// the word a person probably meant.
package text

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Inert is s with nothing a terminal would act on: escape sequences are
// removed, and so are control characters (C0, DEL, C1) and the Unicode
// marks that reorder text, so a shared file can neither restyle the
// screen nor make a line read differently from what it holds. Line breaks
// and tabs become spaces: every string this guards is one line.
func Inert(s string) string {
	s = ansi.Strip(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		case unicode.Is(unicode.Bidi_Control, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Closest is the option nearest to word, or "" when none is near enough
// to be a likely slip: at most a third of the word's letters differ.
func Closest(word string, options []string) string {
	word = strings.ToLower(word)
	best, bestD := "", len([]rune(word))/3+1
	for _, o := range options {
		if d := distance(word, strings.ToLower(o)); d < bestD {
			best, bestD = o, d
		}
	}
	return best
}

// distance is the edit distance between a and b, in runes: letters added,
// removed, changed or swapped with the next, the slips of typing.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
