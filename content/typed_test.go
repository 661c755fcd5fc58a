package content

import (
	"strings"
	"testing"
)

func TestTyped(t *testing.T) {
	for _, tt := range []struct {
		cmd     string
		overSSH bool
		want    string
	}{
		{"setup", false, "backroll setup"},
		{"tips red flags", false, "backroll tips red flags"},
		{"setup", true, "ssh -t -p PORT HOST setup"}, // it asks on a terminal
		{"tips red flags", true, "ssh -p PORT HOST tips red flags"},
		{"routines", true, "ssh -p PORT HOST routines"},
		{"start nightly", true, "ssh -t -p PORT HOST start nightly"},
		{"stats", true, "ssh -p PORT HOST stats"},
		{"class NAME [ROUTINE]", true, "ssh -t -p PORT HOST class NAME [ROUTINE]"}, // it draws
		{"classes", true, "ssh -p PORT HOST classes"},                              // a word, not a prefix
	} {
		if got := Typed(tt.cmd, tt.overSSH); got != tt.want {
			t.Errorf("Typed(%q, %v) = %q, want %q", tt.cmd, tt.overSSH, got, tt.want)
		}
	}
	got := OverSSH(RedFlagsBrief + " " + Unscreened + " backroll is a guide.")
	for _, want := range []string{"ssh -p PORT HOST tips red flags lists every sign.", "answer with ssh -t -p PORT HOST setup first.",
		" backroll is a guide."} {
		if !strings.Contains(got, want) {
			t.Errorf("OverSSH: %q does not say %q", got, want)
		}
	}
}
