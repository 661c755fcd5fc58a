package ui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Even wrapping never draws past the width it is given, even for a word
// wider than the width or a text that cannot make the lines asked for.
func TestWrapEvenStaysInside(t *testing.T) {
	texts := []string{
		"Osteoporosis, or a past fracture of the spine",
		"A word like pneumonoultramicroscopicsilicovolcano is longer than any line here.",
		"Short. Then a sentence that runs on for a while, with a comma, and more words.",
	}
	for _, text := range texts {
		for width := 14; width <= 40; width++ { // wrap keeps 10 cells for text however narrow
			for _, l := range wrapEven(lipgloss.NewStyle(), text, width, 1, 3) {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%q at %d: line %q is %d wide", text, width, l, w)
				}
			}
			for _, l := range evenly(text, width, 1) {
				if w := ansi.StringWidth(l); w > width {
					t.Errorf("%q in one line at %d: %q is %d wide", text, width, l, w)
				}
			}
			got := strings.Join(strings.Fields(strings.Join(evenly(text, width, 2), " ")), " ")
			if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Errorf("%q at %d lost words: %q", text, width, got)
			}
		}
	}
}
