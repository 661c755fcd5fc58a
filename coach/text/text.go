// Package text makes strings from outside backroll safe to show, and finds
// the word a person probably meant.
package text

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inert is s as one line with nothing a terminal would act on: every
// control character (C0, DEL, C1, and so the start of every escape
// sequence) and every mark that reorders text (bidi controls) is written
// out visibly, as \x1b or \u202e, and so are bytes that are not UTF-8. A
// shared file can then neither restyle the screen, set the clipboard or
// the title, nor make a line read differently from what it holds, and the
// person still sees that something odd was there. Tabs and line breaks are
// shown too: every string this guards is one line, and a line break could
// forge a second message.
func Inert(s string) string { return inert(s, false) }

// InertLines is Inert for text of several lines: tabs and line breaks
// (\n) are kept, every other control is shown as Inert shows it, \r too.
func InertLines(s string) string { return inert(s, true) }

// IsInert reports whether s holds nothing Inert would change, line breaks
// and tabs aside: what every message backroll prints must be.
func IsInert(s string) bool { return InertLines(s) == s }

func inert(s string, lines bool) string {
	if isPlain(s, lines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case lines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case isUnsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// InertJSON is JSON text b with every rune Inert would write out
// escaped as JSON does (\u009b), for encoding/json escapes only C0: a C1
// or bidi control, or DEL, in a string would reach the terminal as it is.
// Outside strings JSON is ASCII, so the escapes land only inside them.
func InertJSON(b []byte) []byte {
	if isPlain(string(b), true) {
		return b
	}
	var out bytes.Buffer
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			out.WriteString(`\ufffd`)
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, isUnsafe(r):
			fmt.Fprintf(&out, `\u%04x`, r)
		default:
			out.Write(b[i : i+n])
		}
		i += n
	}
	return out.Bytes()
}

// isPlain reports quickly whether s needs no change, as most text does.
func isPlain(s string, lines bool) bool {
	for _, r := range s {
		switch {
		case lines && (r == '\n' || r == '\t'):
		case r < 0x20 || r == 0x7f || r == utf8.RuneError || isUnsafe(r):
			return false
		}
	}
	return true
}

// isUnsafe is a rune above ASCII that a terminal acts on or that reorders
// text: C1 controls (U+0080 to U+009F: U+009B starts a CSI as ESC [ does)
// and the bidi controls, such as U+202E, which turns the rest of a line
// around.
func isUnsafe(r rune) bool {
	return r >= 0x80 && r <= 0x9f || unicode.Is(unicode.Bidi_Control, r)
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
