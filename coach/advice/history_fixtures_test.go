package advice

import (
	"fmt"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
)

// now is Monday 30 November 2026, 22:00 in Berlin; sessions are at 21:00.
var now = time.Date(2026, 11, 30, 22, 0, 0, 0, time.FixedZone("CET", 3600))

// days are the streak's days, which the rest after a sign to stop runs by.
var days = streak.DefaultSettings()

// made-up sessions: each is the nightly routine, a minute on the mid-back
// and on each glute, unrated, unless options say otherwise.
type option func(recs []history.Record) []history.Record

// roll is one session daysAgo days before now, at 21:00.
func roll(daysAgo int, opts ...option) []history.Record {
	id := fmt.Sprint("s", daysAgo, "-", len(opts))
	start := now.Add(-time.Hour).AddDate(0, 0, -daysAgo)
	var recs []history.Record
	for i, a := range [][2]string{{"mid-back", ""}, {"glutes", "left"}, {"glutes", "right"}} {
		recs = append(recs, history.Record{V: 1, ID: fmt.Sprint(id, "h", i), Session: id, Kind: history.KindHold,
			Exercise: a[0], Side: a[1], Start: start.Add(time.Duration(i) * time.Minute), PlannedS: 60, RolledS: 60, Completed: true})
	}
	recs = append(recs, history.Record{V: 1, ID: id, Session: id, Kind: history.KindSession,
		Start: start, End: start.Add(4 * time.Minute), Routine: "nightly"})
	for _, o := range opts {
		recs = o(recs)
	}
	return recs
}

func last(recs []history.Record) *history.Record { return &recs[len(recs)-1] }

// rated sets the feel ratings, 0 fine to 10 very sore.
func rated(before, after int) option {
	return func(recs []history.Record) []history.Record {
		last(recs).FeelBefore, last(recs).FeelAfter = &before, &after
		return recs
	}
}

// after sets only the rating after.
func after(n int) option {
	return func(recs []history.Record) []history.Record {
		last(recs).FeelAfter = &n
		return recs
	}
}

func redFlag(recs []history.Record) []history.Record {
	last(recs).RedFlag = true
	return recs
}

// tenderAt marks the area of exercise and side tender.
func tenderAt(exercise, side string) option {
	return func(recs []history.Record) []history.Record {
		for i := range recs {
			if recs[i].Exercise == exercise && recs[i].Side == side {
				recs[i].Tender = 1
			}
		}
		return recs
	}
}

// rolled sets every hold's rolled seconds.
func rolled(secs int) option {
	return func(recs []history.Record) []history.Record {
		for i := range recs[:len(recs)-1] {
			recs[i].RolledS = secs
		}
		return recs
	}
}

// planned sets every hold's planned seconds.
func planned(secs int) option {
	return func(recs []history.Record) []history.Record {
		for i := range recs[:len(recs)-1] {
			recs[i].PlannedS = secs
		}
		return recs
	}
}

// withLats adds a minute on the left lat.
func withLats(recs []history.Record) []history.Record {
	h := recs[0]
	h.ID, h.Exercise, h.Side = h.ID+"lat", "lats", "left"
	return append([]history.Record{h}, recs...)
}

func sessions(days []int, opts ...option) []history.Record {
	var recs []history.Record
	for _, d := range days {
		recs = append(recs, roll(d, opts...)...)
	}
	return recs
}

// six gentle sessions over two weeks.
var six = []int{12, 10, 8, 6, 4, 2}

var (
	firstTimer = profile.Profile{FirstTime: true, Onboarded: true, Roller: "soft"}
	graduated  = profile.Profile{Onboarded: true, Roller: "soft", Stepped: "2026-11-01"}
	withAll    = profile.Profile{Onboarded: true, Roller: "standard", Lats: true}
)

func join(parts ...[]history.Record) []history.Record {
	var recs []history.Record
	for _, p := range parts {
		recs = append(recs, p...)
	}
	return recs
}
