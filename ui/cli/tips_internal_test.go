package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// At a terminal the words found are marked, whole words, in the title and
// the text, and the marks do not change where lines wrap.
func TestPrintTipsMarks(t *testing.T) {
	var plain, marked strings.Builder
	bold := ansi.Style{}.Bold().Styled
	if err := printTips(&plain, "glute", 80, func(s string) string { return s }, false); err != nil {
		t.Fatal(err)
	}
	if err := printTips(&marked, "glute", 80, bold, false); err != nil {
		t.Fatal(err)
	}
	if got := ansi.Strip(marked.String()); got != plain.String() {
		t.Errorf("marked, the text wraps differently:\n%s\nunmarked:\n%s", got, plain.String())
	}
	first, _, _ := strings.Cut(marked.String(), "\n\n")
	for _, want := range []string{"Rolling the " + bold("glutes") + " (technique)\n", "the " + bold("gluteus") + " medius"} {
		if !strings.Contains(first, want) {
			t.Errorf("%q lacks %q", first, want)
		}
	}
}
