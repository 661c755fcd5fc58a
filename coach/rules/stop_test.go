package rules

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

// A fixed evening: Monday 7 December 2026, 21:00 in Berlin.
var (
	berlin = time.FixedZone("CET", 3600)
	now    = time.Date(2026, 12, 7, 21, 0, 0, 0, berlin)
)

func flagged(start, end time.Time) history.Record {
	return history.Record{Kind: history.KindSession, Session: start.String(), Start: start, End: end, RedFlag: true}
}

// Every start asks first through the rest after the sign to stop: its own
// day and the 14 days after it, days as the streak counts them (from 4:00
// here), dated by when it was reported (its session's end).
func TestLastStop(t *testing.T) {
	day := 24 * time.Hour
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, berlin) }
	tests := []struct {
		name string
		recs []history.Record
		want time.Time // zero: no question
	}{
		{"no history", nil, time.Time{}},
		{"a session without a flag", []history.Record{{Kind: history.KindSession, Start: now.Add(-time.Hour)}}, time.Time{}},
		{"a hold record never flags", []history.Record{{Kind: history.KindHold, Start: now.Add(-time.Hour), RedFlag: true}}, time.Time{}},
		{"today", []history.Record{flagged(now.Add(-time.Hour), now.Add(-50*time.Minute))}, now.Add(-50 * time.Minute)},
		{"three days ago", []history.Record{flagged(now.Add(-3*day), now.Add(-3*day+5*time.Minute))}, now.Add(-3*day + 5*time.Minute)},
		// Mon 23 Nov and the 14 days after it: the rest's last evening is
		// tonight, more than 14 x 24 hours after the flag.
		{"the last day of the rest", []history.Record{flagged(at(23, 9), at(23, 10))}, at(23, 10)},
		{"the day after the rest", []history.Record{flagged(at(22, 22), at(22, 23))}, time.Time{}},
		// 2:00 on Tue 24 Nov is still Monday's evening: the day starts at 4:00.
		{"before the day starts", []history.Record{flagged(at(24, 1), at(24, 2))}, at(24, 2)},
		{"no end: dated by its start", []history.Record{flagged(now.Add(-day), time.Time{})}, now.Add(-day)},
		{"the latest of several", []history.Record{
			flagged(now.Add(-10*day), now.Add(-10*day)),
			flagged(now.Add(-2*day), now.Add(-2*day)),
			flagged(now.Add(-20*day), now.Add(-20*day)),
		}, now.Add(-2 * day)},
		{"a clock ahead counts as recent", []history.Record{flagged(now.Add(time.Hour), now.Add(2*time.Hour))}, now.Add(2 * time.Hour)},
	}
	for _, tt := range tests {
		got, ok := LastStop(tt.recs, streak.DefaultSettings(), now)
		if ok != !tt.want.IsZero() || !got.At.Equal(tt.want) {
			t.Errorf("%s: LastStop = %v, %v; want %v", tt.name, got.At, ok, tt.want)
		}
	}
}

// The head says today or the date, by the calendar where now is; home
// says the same words as the question before a session.
func TestStopWords(t *testing.T) {
	tests := []struct {
		at   time.Time
		want string
	}{
		{now.Add(-20 * time.Hour), "You reported a sign to stop today"},
		{now.Add(-22 * time.Hour), "You reported a sign to stop on Sun 6 Dec"},
		{time.Date(2026, 12, 6, 23, 30, 0, 0, time.UTC), "You reported a sign to stop today"}, // 00:30 in Berlin
		{now.Add(-13 * 24 * time.Hour), "You reported a sign to stop on Tue 24 Nov"},
	}
	for _, tt := range tests {
		s := Stop{At: tt.at}
		if got := s.Head(now); got != tt.want {
			t.Errorf("Head(%v) = %q; want %q", tt.at, got, tt.want)
		}
		if got, want := s.Home(now), tt.want+". "+content.StoppedHome; got != want {
			t.Errorf("Home = %q; want %q", got, want)
		}
	}
	if got := StopToday(now).Head(now); got != "You reported a sign to stop today" {
		t.Errorf("StopToday says %q", got)
	}
}
