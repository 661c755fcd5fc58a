package plan

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// The summary praises only a session that earned it, and never above a
// sign to stop.
func TestSummaryHead(t *testing.T) {
	ex, _ := content.ExerciseByID("mid-back")
	p := coach.Plan{Steps: []coach.Step{{Exercise: ex, Hold: 90 * time.Second}}}
	tests := []struct {
		finished, redFlag bool
		rolled            time.Duration
		want              string
	}{
		{true, false, 90 * time.Second, "Session complete. Well done."},
		{true, false, 30 * time.Second, "Session complete. Well done."}, // a third is not "mostly skipped"
		{true, false, 29 * time.Second, "Session over, with most of it skipped. A few slow minutes next time will do more."},
		{true, false, 0, "Session complete, with every area skipped."},
		{true, true, 90 * time.Second, "Session complete."},
		{true, true, 0, "Session complete."},
		{false, true, 10 * time.Second, "Session stopped."},
		{false, false, 0, "Session stopped early. Nothing was rolled yet."},
		{false, false, 40 * time.Second, "Session stopped early."},
	}
	for _, tt := range tests {
		sum := coach.Summary{Finished: tt.finished, RedFlag: tt.redFlag, Rolled: tt.rolled}
		if got := SummaryHead(sum, p); got != tt.want {
			t.Errorf("finished %v, red flag %v, rolled %v: %q, want %q", tt.finished, tt.redFlag, tt.rolled, got, tt.want)
		}
	}
}
