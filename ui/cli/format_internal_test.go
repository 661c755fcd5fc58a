package cli

import (
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/text"
)

// status --format takes only known placeholders: any other brace is a
// mistake named in the message, never printed as if it were layout.
func TestCheckFormat(t *testing.T) {
	for _, tc := range []struct{ format, bad string }{
		{"", ""},
		{"{icon}{streak}/{longest}", ""},
		{"[{longest}] {today} min, done: {done} {paused}", ""},
		{"streak", ""},
		{"{stréak}", "{stréak}"},
		{"{ streak }", "{ streak }"},
		{"{streak", "{streak"},
		{"{}", "{}"},
		{"{Streak}", "{Streak}"},
		{"{nope}", "{nope}"},
		{"7 days}", "}"},
		{"{{streak}}", "{"},
		{"{streak}{", "{"},
		{"{str{streak}", "{str"},
		{"a\x1b]0;t\x07{x\x1b[2J}", `{x\x1b[2J}`},
	} {
		err := checkFormat(tc.format)
		switch {
		case tc.bad == "" && err != nil:
			t.Errorf("%q: %v", tc.format, err)
		case tc.bad != "" && err == nil:
			t.Errorf("%q: no error, want one naming %q", tc.format, tc.bad)
		case err != nil && (!strings.HasPrefix(err.Error(), "--format: "+tc.bad+" is not a placeholder; the known ones are {streak}") ||
			!text.IsInert(err.Error())):
			t.Errorf("%q: %q, want it to name %q", tc.format, err, tc.bad)
		}
	}
}
