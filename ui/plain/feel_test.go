package plain

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
)

// At a terminal, how the back feels is asked as on the full screen:
// before, on the first get-ready, and after, once the summary is said;
// 1 then 0 is 10, and both are saved with the session.
func TestFeelBeforeAndAfter(t *testing.T) {
	p := plan(t, "mid-back", coach.Options{})
	end := p.Total()
	out, got, j, _ := run(t, p, regular,
		press{1 * time.Second, '4'},
		press{end + 2*time.Second, '1'},
		press{end + 2*time.Second + 500*time.Millisecond, '0'},
	)
	if got != Finished {
		t.Errorf("outcome %v, want Finished", got)
	}
	inOrder(t, out,
		"Before the first area, you may type 0 (fine) to 10 (very sore) for how your back feels.",
		"Noted: your back feels 4 of 10.",
		"Session complete",
		"How does your back feel now? Type 0 (fine) to 10 (very sore), or wait 30 seconds to finish without.",
		"Noted: your back feels 10 of 10.",
	)
	if len(j.ends) != 1 || j.ends[0].FeelBefore == nil || *j.ends[0].FeelBefore != 4 || j.ends[0].FeelAfter == nil || *j.ends[0].FeelAfter != 10 {
		t.Errorf("saved %+v; want feel 4 before and 10 after", j.ends)
	}
}

// From the floor digits come slowly: a 0 long after a 1 still makes 10,
// and the 1 says so; a 0 after that corrects it to 0. No answer leaves
// the rating out after the wait, and after a 1 the wait starts again.
func TestFeelTenSlowly(t *testing.T) {
	p := plan(t, "mid-back", coach.Options{})
	end := p.Total()
	out, _, j, _ := run(t, p, regular,
		press{1 * time.Second, '1'},
		press{3 * time.Second, '0'},
		press{4 * time.Second, '0'},
		press{end + 2*time.Second, '1'},
		press{end + 27*time.Second, '0'}, // 25 s after the 1
	)
	inOrder(t, out,
		"Noted: 1 of 10; type 0 next to make it 10.",
		"Noted: your back feels 10 of 10.",
		"Noted: your back feels 0 of 10.",
		"How does your back feel now?",
		"Noted: 1 of 10; type 0 next to make it 10.",
		"Noted: your back feels 10 of 10.",
	)
	if len(j.ends) != 1 || *j.ends[0].FeelBefore != 0 || j.ends[0].FeelAfter == nil || *j.ends[0].FeelAfter != 10 {
		t.Errorf("saved %+v:\n%s", j.ends, out)
	}
	out, _, j, _ = run(t, p, regular, press{1 * time.Second, '1'})
	if !strings.Contains(out, "Noted: 1 of 10;") || *j.ends[0].FeelBefore != 1 || j.ends[0].FeelAfter != nil {
		t.Errorf("saved %+v:\n%s", j.ends, out)
	}
}

// l and h move on and back as on the full screen; ? says the keys.
func TestVimKeys(t *testing.T) {
	out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), regular,
		press{1 * time.Second, ' '},
		press{5 * time.Second, 'l'},
		press{6 * time.Second, 'h'},
		press{7 * time.Second, '?'},
	)
	inOrder(t, out,
		"Switch sides: Right glute",
		"Get ready, area 1 of 2: Left glute",
		"Keys: space pause or start now",
	)
}

// A session stopped early with q, y that rolled is asked how the back
// feels too, and the answer is saved.
func TestFeelAfterQuitting(t *testing.T) {
	out, got, j, _ := run(t, plan(t, "nightly", coach.Options{}), regular,
		press{25 * time.Second, 'q'},
		press{26 * time.Second, 'y'},
		press{28 * time.Second, '6'},
	)
	if got != Stopped {
		t.Errorf("outcome %v, want Stopped", got)
	}
	inOrder(t, out, "Session stopped early.", "How does your back feel now?", "Noted: your back feels 6 of 10.")
	if len(j.ends) != 1 || j.ends[0].FeelAfter == nil || *j.ends[0].FeelAfter != 6 {
		t.Errorf("saved %+v:\n%s", j.ends, out)
	}
}
