package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// What the history suggests, as coach/advice words it.
var (
	worse = &advice.Caution{Worse: true, Note: "Your back has been feeling worse after rolling lately. Go lighter."}
	// A sign to stop a few days ago, not today: every start asks first.
	stop    = &rules.Stop{At: epoch.AddDate(0, 0, -3)}
	flagged = &advice.Caution{RedFlag: stop.At, Note: stop.Home(epoch)}
	tender  = advice.Spot{Exercise: "glutes", Side: "left", Tender: 3, Sessions: 4, Extra: 15 * time.Second,
		Note: "Left glute: tender in 3 of your last 4 sessions. Slow down there and breathe into it."}
)

// runAdvised is run with the history's advice, whose sign to stop, if it
// has one, is asked about first.
func runAdvised(t *testing.T, a advice.Advice, presses ...press) string {
	t.Helper()
	return runAdvisedHold(t, a, 0, presses...)
}

// runAdvisedHold is runAdvised with every area held for hold (0: each
// exercise's own).
func runAdvisedHold(t *testing.T, a advice.Advice, hold time.Duration, presses ...press) string {
	t.Helper()
	c := newFakeClock(t, presses...)
	var out bytes.Buffer
	o := Options{Plan: plan(t, "nightly", coach.Options{Hold: hold}), Profile: regular, Journal: &memJournal{}, Clock: c, Advice: a, Stop: a.Stop}
	Run(context.Background(), o, c.keyChan(), &out)
	return out.String()
}

// Plain mode says the history's word to go lighter, for ratings that
// trend worse, where the full screen shows it: with the routine, as home
// does, and in the summary.
func TestPlainSaysToGoLighter(t *testing.T) {
	for name, c := range map[string]*advice.Caution{"worse ratings": worse} {
		t.Run(name, func(t *testing.T) {
			out := runAdvised(t, advice.Advice{Lighter: c})
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
	if out := runAdvised(t, advice.Advice{}); strings.Contains(out, "Go lighter") {
		t.Errorf("a history with nothing to say said:\n%s", out)
	}
}

// A spot tender session after session is said as its hold starts, on its
// side only; the offer of + only to someone who can press it.
func TestPlainSaysTheTenderSpot(t *testing.T) {
	hold := "Left glute, figure four: hold for 1 minute."
	said, offer := tender.Note, " Press + to stay 15 s longer."
	piped := runAdvised(t, advice.Advice{Tender: []advice.Spot{tender}})
	inOrder(t, piped, hold, said+"\n", "Right glute")
	if strings.Count(piped, said) != 1 || strings.Contains(piped, offer) {
		t.Errorf("in a pipe, want %q once and no key offered:\n%s", said, piped)
	}
	// With keys (one typed after the session, to answer its question).
	typed := runAdvised(t, advice.Advice{Tender: []advice.Spot{tender}}, press{10 * time.Minute, '3'})
	inOrder(t, typed, hold, said+offer+"\n", "Right glute")
	// The offer is of the room the hold has in the area's two minutes:
	// 10 s on a hold of 1:50, none on one of 2:00.
	typed = runAdvisedHold(t, advice.Advice{Tender: []advice.Spot{tender}}, coach.MaxHold-10*time.Second, press{20 * time.Minute, '3'})
	inOrder(t, typed, "Left glute, figure four: hold for", said+" Press + to stay 10 s longer.\n", "Right glute")
	typed = runAdvisedHold(t, advice.Advice{Tender: []advice.Spot{tender}}, coach.MaxHold, press{20 * time.Minute, '3'})
	inOrder(t, typed, "Left glute, figure four: hold for 2 minutes.", said+"\n", "Right glute")
	if strings.Contains(typed, "Press +") {
		t.Errorf("a two-minute hold is offered more time:\n%s", typed)
	}
}

// After a sign to stop in this session, the summary's only advice is to
// stop; days after one was reported, the question before the session
// says what to do, and the start does not say it again: the summary does,
// in the same words.
func TestPlainLighterGivesWayToTheSignToStop(t *testing.T) {
	out := runAdvised(t, advice.Advice{Lighter: worse}, press{20 * time.Second, 'p'})
	inOrder(t, out, worse.Note, "Stopped: sharp pain or tingling.", "Session stopped.")
	if strings.Count(out, worse.Note) != 1 {
		t.Errorf("the summary after sharp pain says to go lighter:\n%s", out)
	}
	later := runAdvised(t, advice.Advice{Lighter: flagged, Stop: stop}, press{0, 'y'}, press{10 * time.Minute, '3'})
	start, _, _ := strings.Cut(later, "Get ready, area 1")
	if !strings.Contains(start, content.StoppedAsk) || strings.Contains(start, flagged.Note) {
		t.Errorf("the start does not ask, or says both the question and the note:\n%s", start)
	}
	inOrder(t, later, "Session complete.", flagged.Note)
}
