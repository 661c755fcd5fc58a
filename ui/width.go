package ui

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// cellWidth is how many cells a styled line takes, as ansi.StringWidth
// measures it. Lines of plain runes backroll draws with (Latin letters,
// its symbols, box drawing and blocks, all one cell and none joining the
// next) between colour sequences are counted as they are read; any other
// line is measured by graphemes, which was a tenth of a hold frame's cost.
func cellWidth(s string) int {
	cells := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b && i+1 < len(s) && s[i+1] == '[':
			for i += 2; i < len(s) && (s[i] < 0x40 || s[i] > 0x7e); i++ {
			}
			i++ // the final byte
			continue
		case c >= 0x20 && c < 0x7f:
			cells++
			i++
			continue
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if oneCell(r) {
				cells++
				i += n
				continue
			}
		}
		return ansi.StringWidth(s)
	}
	return cells
}

// oneCell reports whether r is a rune cellWidth counts as it reads: one
// cell wide, and never part of a longer grapheme. Latin letters past
// ASCII but the soft hyphen, and backroll's symbols (narrow) but the
// invisible ones among them (separators, direction marks) and the marks
// that combine with the symbol before them (U+20D0 on).
func oneCell(r rune) bool {
	switch {
	case r >= 0xa0 && r < 0x300:
		return r != 0xad
	case r >= 0x2028 && r <= 0x202e, r >= 0x2060 && r <= 0x206f, r >= 0x20d0 && r <= 0x20ff:
		return false
	}
	return narrow(r)
}
