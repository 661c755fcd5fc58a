package advice

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// The question every start asks after a sign to stop (Advice.Stop) and the
// streak's rest for it (Stats.PausedBy) are one window: hour by hour from
// the sign until days after both are over, for days that start at
// midnight or at 4:00, a sign at any hour, and a reader on another clock,
// each asks exactly when the other rests. The records are those the store
// keeps for the advice (the Window before now).
func TestStopAndRestAreOneWindow(t *testing.T) {
	berlin, newYork := time.FixedZone("CET", 3600), time.FixedZone("EST", -5*3600)
	for _, starts := range []time.Duration{0, 4 * time.Hour} {
		set := streak.DefaultSettings()
		set.DayStarts = starts
		for _, hour := range []int{0, 2, 3, 4, 5, 12, 21, 23} {
			at := time.Date(2026, 11, 2, hour, 30, 0, 0, berlin)
			flag := history.Record{V: 1, ID: "e", Session: "s", Kind: history.KindSession, Routine: "nightly",
				Start: at.Add(-20 * time.Minute), End: at, RedFlag: true}
			asked, rested := 0, 0
			for h := 0; h < 18*24; h++ {
				for _, zone := range []*time.Location{berlin, newYork} {
					now := at.Add(time.Duration(h) * time.Hour).In(zone)
					var recs []history.Record
					if !flag.Start.Before(now.Add(-Window)) {
						recs = []history.Record{flag}
					}
					ask := Advise(recs, firstTimer, set, now).Stop != nil
					rest := streak.Compute(history.Result{Records: []history.Record{flag}}, set, now).PausedBy == streak.PausedByRedFlag
					if ask != rest {
						t.Fatalf("days from %v, sign at %v, now %v: asks %v, streak rests %v", starts, at, now, ask, rest)
					}
					if zone == berlin && ask {
						asked++
					}
					if zone == berlin && rest {
						rested++
					}
				}
			}
			// Two weeks and the rest of its own day: more than 14 x 24 hours.
			if asked <= 14*24 || asked > 15*24 {
				t.Errorf("days from %v, sign at %d:30: asked for %d hours", starts, hour, asked)
			}
		}
	}
}
