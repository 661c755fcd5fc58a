package ui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// cellWidth counts as ansi.StringWidth does: every rune it reads itself,
// alone and after another, and lines with colours and with runes it
// leaves to graphemes.
func TestCellWidth(t *testing.T) {
	for r := rune(0x20); r < 0x2720; r++ {
		if r >= 0x7f && r < 0xa0 {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), string(r) + string(r) + "b"} {
			if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
				t.Fatalf("cellWidth(%q) = %d; ansi.StringWidth says %d", s, got, want)
			}
		}
	}
	for _, s := range []string{
		"", "\x1b[38;5;29mbreathe in · 3\x1b[m", "│\x1b[1m▆▆▆\x1b[0m│", "e\u0301", "✓\ufe0f", "日本",
		"\x1b]8;;https://example.com\x07link\x1b]8;;\x07", "tab\there", "soft\u00adhyphen", "\x1b[31",
	} {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Fatalf("cellWidth(%q) = %d; ansi.StringWidth says %d", s, got, want)
		}
	}
}
