package cli

import (
	"testing"

	"github.com/backroll/backroll/coach/streak"
)

// The plain status line counts days as people do: 1 day, 2 days.
func TestStatusLinePlainDays(t *testing.T) {
	for _, tc := range []struct {
		streak int
		want   string
	}{{1, "1 day"}, {2, "2 days"}, {12, "12 days"}} {
		st := streak.Stats{CurrentStreak: tc.streak, TodayDone: true}
		if got := statusLine(st, "", true); got != tc.want {
			t.Errorf("streak %d: %q, want %q", tc.streak, got, tc.want)
		}
	}
}
