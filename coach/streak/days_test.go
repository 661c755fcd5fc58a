package streak

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// Records in any order (a merge appends old ones, a sync interleaves two
// machines) sum up as they do in order: summed in one go, across saved
// sums, and after Stats was asked for halfway.
func TestDaysInAnyOrder(t *testing.T) {
	start := time.Date(2026, 6, 1, 21, 0, 0, 0, time.FixedZone("", 7200))
	var recs []history.Record
	for i := range 200 {
		// Two holds most days, some days none, a few of 20 s that do not
		// count alone; one day far back, past the heatmap.
		d := i / 2
		if d%7 == 3 {
			continue
		}
		secs := 60
		if d%11 == 0 {
			secs = 20
		}
		at := start.AddDate(0, 0, d).Add(time.Duration(i%2) * time.Minute)
		if i == 5 {
			at = start.AddDate(-3, 0, 0)
		}
		recs = append(recs, history.Record{V: 1, ID: fmt.Sprint("h", i), Session: fmt.Sprint("s", d), Kind: history.KindHold,
			Exercise: "glutes", Side: "left", Start: at, PlannedS: 60, RolledS: secs, Completed: true})
	}
	now := start.AddDate(0, 0, 100)
	want := Compute(history.Result{Records: recs}, DefaultSettings(), now)
	if want.LongestStreak < 5 || want.TotalSessions != 86 {
		t.Fatalf("the history in order: longest %d, %d sessions; want a streak, 86 sessions", want.LongestStreak, want.TotalSessions)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for try := range 20 {
		order := append([]history.Record{}, recs...)
		if try%2 == 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		} else {
			half := len(order) / 2 // the second half first, as a merge of an older file
			order = append(order[half:], order[:half]...)
		}
		in := NewTally(DefaultSettings())
		for i := range order {
			in.Add(&order[i])
			if i == len(order)/3 {
				in.Stats(history.Result{}, now) // closes the day and settles the table midway
			}
		}
		if got := in.Stats(history.Result{}, now); !reflect.DeepEqual(got, want) {
			t.Fatalf("try %d, in one go: %s\nwant %s", try, figures(got), figures(want))
		}
		part := NewTally(DefaultSettings())
		for i := range order[:len(order)/2] {
			part.Add(&order[i])
		}
		b, err := part.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		again := NewTally(DefaultSettings())
		if err := again.UnmarshalJSON(b); err != nil {
			t.Fatal(err)
		}
		if err := again.TakeSessions(part.Sessions()); err != nil {
			t.Fatal(err)
		}
		for i := range order[len(order)/2:] {
			again.Add(&order[len(order)/2+i])
		}
		if got := again.Stats(history.Result{}, now); !reflect.DeepEqual(got, want) {
			t.Fatalf("try %d, across saved sums: %s\nwant %s", try, figures(got), figures(want))
		}
	}
}

// Saved days too far from 1970 to count on from are damage, never summed.
func TestSavedDaysOutOfRange(t *testing.T) {
	for _, from := range []int{maxDay + 1, -maxDay - 1, 20000} {
		b := fmt.Appendf(nil, `{"day_starts":%d,"from":%d,"rolled":"AQE="}`, DefaultSettings().DayStarts, from)
		if err := NewTally(DefaultSettings()).UnmarshalJSON(b); (err == nil) != (from == 20000) {
			t.Errorf("days from %d: %v", from, err)
		}
	}
}

func figures(st Stats) string {
	last := st.Days[len(st.Days)-7:]
	return fmt.Sprintf("streak %d/%d, week %d days %.1f min, %d sessions, %.1f min, last days %v",
		st.CurrentStreak, st.LongestStreak, st.WeekDays, st.WeekMinutes, st.TotalSessions, st.TotalMinutes, last)
}
