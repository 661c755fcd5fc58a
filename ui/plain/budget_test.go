package plain

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
)

// A 2:00 hold with four tender spots, each marked as the last ends: the
// spots run inside the area's two minutes, the last is cut to what is
// left and says so, + says why it adds nothing, and the time to move on
// is said once, as the area ends, never while it has time left.
func TestTwoMinutesWhateverIsPressed(t *testing.T) {
	out, _, j, _ := run(t, plan(t, "mid-back", coach.Options{Hold: coach.MaxHold}), regular,
		press{1 * time.Second, ' '}, // the hold starts
		press{3 * time.Second, 'k'},
		press{34 * time.Second, 'k'},
		press{65 * time.Second, 'k'},
		press{96 * time.Second, '+'},
		press{97 * time.Second, 'k'}, // 24 s of the area left
		press{125 * time.Second, 'n'},
		press{126 * time.Second, 'n'},
	)
	inOrder(t, out,
		"Mid-back, hands behind head: hold for 2 minutes.",
		"Tender spot: stay on it for 30 seconds",
		"Back to the area, 1 minute 28 seconds left.",
		"Tender spot: stay on it for 30 seconds",
		"Back to the area, 57 seconds left.",
		"Tender spot: stay on it for 30 seconds",
		"Back to the area, 26 seconds left.",
		"No more time on Mid-back: two minutes is the most for one area in a session",
		"This spot gets 24 s, the time left on Mid-back.",
		"Tender spot: stay on it for 24 seconds",
		"Mid-back has had its two minutes: time to move on.",
		"Get ready for cat-cow",
	)
	if n := strings.Count(out, "time to move on"); n != 1 {
		t.Errorf("move on said %d times, want once:\n%s", n, out)
	}
	if len(j.holds) != 1 || j.holds[0].Rolled != coach.MaxHold || j.holds[0].Planned != coach.MaxHold || j.holds[0].Tender != 4 {
		t.Errorf("holds saved: %+v", j.holds)
	}
}
