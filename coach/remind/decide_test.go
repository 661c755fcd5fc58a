package remind

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// now is a Wednesday at the reminder's time.
var now = time.Date(2026, 12, 9, 21, 30, 0, 0, time.FixedZone("CET", 3600))

// rolled is a two-minute hold daysAgo days before now, at 21:00.
func rolled(daysAgo int) history.Record {
	start := time.Date(2026, 12, 9-daysAgo, 21, 0, 0, 0, now.Location())
	return history.Record{V: 1, ID: start.String(), Session: start.String(), Kind: history.KindHold,
		Exercise: "glutes", Side: "left", Start: start, PlannedS: 120, RolledS: 120, Completed: true}
}

func session(daysAgo int, redFlag bool) history.Record {
	r := rolled(daysAgo)
	r.Kind, r.Exercise, r.Side, r.RedFlag = history.KindSession, "", "", redFlag
	r.End = r.Start.Add(5 * time.Minute)
	return r
}

func pause(days int) history.Record {
	at := now.Add(-12 * time.Hour)
	return history.Record{V: 1, ID: "p", Kind: history.KindPause, Start: at, End: at.AddDate(0, 0, days)}
}

// decide computes the figures of recs as Decide's caller does: now, and
// a day later with nothing added.
func decide(recs []history.Record, set streak.Settings) Decision {
	h := history.Result{Records: recs}
	return Decide(streak.Compute(h, set, now), streak.Compute(h, set, now.AddDate(0, 0, 1)))
}

func TestDecide(t *testing.T) {
	plain := streak.DefaultSettings()
	restful := plain
	restful.RestDaysPerWeek = 1
	for _, tc := range []struct {
		name string
		recs []history.Record
		set  streak.Settings
		send bool
		why  string
		body string // part of the notification's words
	}{
		{"first run", nil, plain, true, WhyFirstRun, "Tonight starts your streak."},
		{"streak of three", []history.Record{rolled(3), rolled(2), rolled(1)}, plain, true, WhySend, "Streak: 3 days."},
		{"one day", []history.Record{rolled(1)}, plain, true, WhySend, "Streak: 1 day."},
		{"rolled, but never a whole day", []history.Record{session(2, false)}, plain, true, WhySend, "Tonight starts your streak."},
		{"streak broken", []history.Record{rolled(5), session(5, false)}, plain, true, WhySend, "Tonight starts a new streak."},
		{"rolled today", []history.Record{rolled(1), rolled(0)}, plain, false, WhyRolled, ""},
		// Monday and Tuesday rolled, Wednesday can rest under one rest day a week.
		{"rest day", []history.Record{rolled(2), rolled(1)}, restful, false, WhyRestDay, ""},
		// Monday missed (the week's rest day), Tuesday rolled: tonight counts.
		{"rest day used", []history.Record{rolled(3), rolled(1)}, restful, true, WhySend, "Streak: 2 days."},
		{"rest days but no streak", nil, restful, true, WhyFirstRun, ""},
		{"pause", []history.Record{rolled(1), pause(3)}, plain, false, WhyPaused, ""},
		{"pause ended", []history.Record{rolled(1), pause(3), pause(0)}, plain, true, WhySend, ""},
		{"red flag today", []history.Record{rolled(1), session(0, true)}, plain, false, WhyRedFlag, ""},
		{"red flag days ago", []history.Record{rolled(3), session(3, true)}, plain, false, WhyRedFlag, ""},
		{"red flag, then rolled again", []history.Record{rolled(3), session(3, true), rolled(1)}, plain, true, WhySend, "Streak: 2 days."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := decide(tc.recs, tc.set)
			if d.Send != tc.send || d.Why != tc.why {
				t.Fatalf("Send %v, Why %q (%s); want %v, %q", d.Send, d.Why, d.Said, tc.send, tc.why)
			}
			if !strings.Contains(d.Body, tc.body) || tc.send != (d.Body != "") {
				t.Errorf("body %q, want one with %q", d.Body, tc.body)
			}
			if d.Said == "" {
				t.Error("nothing said")
			}
		})
	}
}
