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
