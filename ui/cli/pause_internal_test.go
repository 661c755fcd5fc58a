package cli

import (
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/streak"
)

// While the streak rests, status says so instead of asking for a roll;
// once today counts, it shows the streak as ever.
func TestStatusLinePaused(t *testing.T) {
	for _, tc := range []struct {
		st     streak.Stats
		format string
		want   string
	}{
		{streak.Stats{CurrentStreak: 7, PausedUntil: "2026-11-30", PausedBy: streak.PausedByRedFlag}, "", "paused · 7"},
		{streak.Stats{PausedUntil: "2026-11-30", PausedBy: streak.PausedByYou}, "", "paused"},
		{streak.Stats{CurrentStreak: 8, TodayDone: true, PausedUntil: "2026-11-30", PausedBy: streak.PausedByYou}, "", "🔥8"},
		{streak.Stats{CurrentStreak: 7, PausedUntil: "2026-11-30", PausedBy: streak.PausedByYou}, "{streak} {paused}", "7 2026-11-30"},
		{streak.Stats{CurrentStreak: 7}, "{streak}{paused}", "7"},
	} {
		if got := statusLine(tc.st, tc.format, false); got != tc.want {
			t.Errorf("%+v, %q: %q, want %q", tc.st, tc.format, got, tc.want)
		}
	}
}

func TestStatsPaused(t *testing.T) {
	var b strings.Builder
	writeStats(&b, streak.Stats{CurrentStreak: 7, PausedUntil: "2026-11-30", PausedBy: streak.PausedByRedFlag}, nil)
	if want := "\npaused           through Mon 30 Nov after a red flag, or until you roll\n"; !strings.Contains(b.String(), want) {
		t.Errorf("stats:\n%s\nwant a line %q", b.String(), want)
	}
}

// pause DAYS: 0 to 14; -0 is a negative number like any other, not 0
// (`pause -0` once printed a panic from a nil error).
func TestPauseDays(t *testing.T) {
	for _, tc := range []struct {
		arg  string
		want int
		err  string
	}{
		{"3", 3, ""}, {" 14 ", 14, ""}, {"0", 0, ""}, {"+2", 2, ""},
		{"-0", 0, "a pause lasts 1 to 14 days, not -0; 0 ends one"},
		{"-1", 0, "not -1"}, {"15", 0, "not 15"},
		{"soon", 0, `"soon" is not a number of days`},
		{"3\x1b[2J", 0, `"3\x1b[2J" is not a number of days`},
	} {
		n, err := pauseDays(tc.arg)
		switch {
		case tc.err == "" && (err != nil || n != tc.want):
			t.Errorf("%q: %d, %v; want %d", tc.arg, n, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: %d, %v; want an error with %q", tc.arg, n, err, tc.err)
		}
	}
}
