package cuestest

import (
	"slices"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestScan(t *testing.T) {
	raw := "\x1b[2J\x1b]0;backroll\aMid-back\a\x1b[1;1H" +
		ansi.SetProgressBar(40) +
		"\x1b]777;notify;backroll;Switch sides: Right glute.\a\a\a" +
		ansi.TmuxPassthrough("\x1b]99;;Right glute. 60 seconds.\a") + "\a" +
		ansi.Notify("Done: 3 minutes rolled.") + "\x1b]11;?\x1b\\" +
		ansi.ResetProgressBar
	want := []string{"bell", "progress:40", "notify:Switch sides: Right glute.", "bell", "bell",
		"notify:Right glute. 60 seconds.", "bell", "notify:Done: 3 minutes rolled.", "progress:clear"}
	if got := Scan([]byte(raw)); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
