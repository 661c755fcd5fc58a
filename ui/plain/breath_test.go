package plain

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// stamped writes each line with the clock's time from the start, to tell
// when it was said.
type stamped struct {
	c     *fakeClock
	lines []string
}

func (s *stamped) Write(p []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimSuffix(string(p), "\n"), "\n") {
		s.lines = append(s.lines, fmt.Sprintf("%v %s", s.c.now.Sub(epoch), l))
	}
	return len(p), nil
}

// With a 4-7-8 breath the plain mode says the hold in its introduction,
// and says "hold" as each breath is held, on time: the whole cue for the
// first two breaths, then a word, as for in and out.
func TestHeldBreathNarrated(t *testing.T) {
	p := plan(t, "mid-back", coach.Options{Breath: coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}})
	c := newFakeClock(t)
	out := &stamped{c: c}
	if got := Run(context.Background(), Options{Plan: p, Profile: regular, Journal: &memJournal{}, Clock: c}, nil, out); got != Finished {
		t.Fatalf("outcome %v", got)
	}
	text := strings.Join(out.lines, "\n")
	// 5 s to get ready, the minute's hold, 5 s to get ready for cat-cow.
	const start = 70 * time.Second
	at := func(d time.Duration, line string) string { return fmt.Sprintf("%v %s", start+d, line) }
	cc := content.CatCow
	inOrder(t, text,
		at(0, "Cat-cow: 6 slow breaths, in for 4 seconds, hold for 7 seconds and out for 8 seconds."),
		at(0, "Breath 1 of 6, cow. "+cc.Cow),
		at(4*time.Second, cc.Hold),
		at(11*time.Second, "Cat. "+cc.Cat),
		at(19*time.Second, "Breath 2 of 6, cow. "+cc.Cow),
		at(23*time.Second, cc.Hold),
		at(30*time.Second, "Cat. "+cc.Cat),
		at(38*time.Second, "Breath 3 of 6, cow: breathe in."),
		at(42*time.Second, "Cow: hold."),
		at(49*time.Second, "Cat: breathe out."),
		at(5*19*time.Second+4*time.Second, "Cow: hold."),
		at(6*19*time.Second, "Session complete. Well done."),
	)
	if n := strings.Count(text, "Cow: hold."); n != 4 {
		t.Errorf("%q said %d times, want once in each of breaths 3 to 6:\n%s", "Cow: hold.", n, text)
	}
	if n := strings.Count(text, cc.Hold); n != 2 {
		t.Errorf("the hold's cue said %d times, want in breaths 1 and 2:\n%s", n, text)
	}
	for _, d := range c.woken {
		if d <= 0 {
			t.Fatalf("asked to wake after %v: a busy loop", d)
		}
	}
}
