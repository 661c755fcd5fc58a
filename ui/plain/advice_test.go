package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
)

// What the history suggests, as coach/advice words it.
var (
	worse = &advice.Caution{Worse: true, Note: "Your back has been feeling worse after rolling lately. Go lighter."}
	// A sign to stop a few days ago, not today.
	flagged = &advice.Caution{RedFlag: epoch.AddDate(0, 0, -3), Note: "You reported sharp pain or tingling on Sun 22 Nov. Go lighter for now."}
	tender  = advice.Spot{Exercise: "glutes", Side: "left", Tender: 3, Sessions: 4, Extra: 15 * time.Second,
		Note: "Left glute: tender in 3 of your last 4 sessions. Slow down there and breathe into it. Press + to stay 15 s longer."}
)

// runAdvised is run with the history's advice, and a sign to stop
// reported today when stoppedToday.
func runAdvised(t *testing.T, a advice.Advice, stoppedToday bool, presses ...press) string {
	t.Helper()
	c := newFakeClock(t, presses...)
	var out bytes.Buffer
	o := Options{Plan: plan(t, "nightly", coach.Options{}), Profile: regular, Journal: &memJournal{}, Clock: c, Advice: a, StoppedToday: stoppedToday}
	Run(context.Background(), o, c.keyChan(), &out)
	return out.String()
}

// Plain mode says the history's word to go lighter, for ratings that
// trend worse or a sign to stop days ago, where the full screen shows it:
// with the routine, as home does, and in the summary.
func TestPlainSaysToGoLighter(t *testing.T) {
	for name, c := range map[string]*advice.Caution{"worse ratings": worse, "red flag": flagged} {
		t.Run(name, func(t *testing.T) {
			out := runAdvised(t, advice.Advice{Lighter: c}, false)
			inOrder(t, out,
				"backroll, nightly routine",
				c.Note,
				"Get ready, area 1 of 3",
				"Session complete.",
				c.Note,
				"Tomorrow: ",
			)
			if n := strings.Count(out, c.Note); n != 2 {
				t.Errorf("said %d times, want at the start and in the summary:\n%s", n, out)
			}
		})
	}
	if out := runAdvised(t, advice.Advice{}, false); strings.Contains(out, "Go lighter") {
		t.Errorf("a history with nothing to say said:\n%s", out)
	}
}

// A spot tender session after session is said as its hold starts, on its
// side only; the offer of + only to someone who can press it.
func TestPlainSaysTheTenderSpot(t *testing.T) {
	hold := "Left glute, figure four: hold for 1 minute."
	said, offer := strings.TrimSuffix(tender.Note, " Press + to stay 15 s longer."), " Press + to stay 15 s longer."
	piped := runAdvised(t, advice.Advice{Tender: []advice.Spot{tender}}, false)
	inOrder(t, piped, hold, said+"\n", "Right glute")
	if strings.Count(piped, said) != 1 || strings.Contains(piped, offer) {
		t.Errorf("in a pipe, want %q once and no key offered:\n%s", said, piped)
	}
	// With keys (one typed after the session, to answer its question).
	typed := runAdvised(t, advice.Advice{Tender: []advice.Spot{tender}}, false, press{10 * time.Minute, '3'})
	inOrder(t, typed, hold, tender.Note+"\n", "Right glute")
}

// After a sign to stop in this session, the summary's only advice is to
// stop; on a day one was reported already, the question before the
// session says what to do, and the start does not say it again.
func TestPlainLighterGivesWayToTheSignToStop(t *testing.T) {
	out := runAdvised(t, advice.Advice{Lighter: worse}, false, press{20 * time.Second, 'p'})
	inOrder(t, out, worse.Note, "Stopped: sharp pain or tingling.", "Session stopped.")
	if strings.Count(out, worse.Note) != 1 {
		t.Errorf("the summary after sharp pain says to go lighter:\n%s", out)
	}
	today := runAdvised(t, advice.Advice{Lighter: flagged}, true, press{0, 'y'}, press{10 * time.Minute, '3'})
	start, _, _ := strings.Cut(today, "Get ready, area 1")
	if strings.Contains(start, flagged.Note) {
		t.Errorf("the start says both the question and the word to go lighter:\n%s", start)
	}
}
