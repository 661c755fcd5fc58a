package streak

import (
	"fmt"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// week is seven days of a minute's rolling, 10 to 16 November 2026 in
// Berlin, the last of them at 21:00 on Monday 16.
func week() []history.Record {
	var recs []history.Record
	for d := 10; d <= 16; d++ {
		recs = append(recs, roll(d))
	}
	return recs
}

func roll(d int) history.Record {
	return history.Record{V: 1, ID: fmt.Sprint("h", d), Session: fmt.Sprint("s", d), Kind: history.KindHold,
		Exercise: "glutes", Start: berlin(d, 21), PlannedS: 60, RolledS: 60}
}

func berlin(d, hour int) time.Time {
	return time.Date(2026, 11, d, hour, 0, 0, 0, time.FixedZone("CET", 3600))
}

func redFlag(d int) history.Record {
	return history.Record{V: 1, ID: fmt.Sprint("r", d), Session: fmt.Sprint("s", d), Kind: history.KindSession,
		Start: berlin(d, 21), End: berlin(d, 21).Add(3 * time.Minute), RedFlag: true}
}

// across is a session on day d begun just before the day starts (4:00)
// and stopped with p just after it.
func across(d int) history.Record {
	r := redFlag(d)
	r.Start, r.End = berlin(d, 4).Add(-10*time.Minute), berlin(d, 4).Add(5*time.Minute)
	return r
}

// pausedFor is `backroll pause days` on day d at 22:00.
func pausedFor(d, days int) history.Record {
	from := berlin(d, 22)
	return history.Record{V: 1, ID: fmt.Sprint("p", d), Kind: history.KindPause, Start: from, End: from.AddDate(0, 0, days)}
}

func TestPausedStreaks(t *testing.T) {
	tests := []struct {
		name             string
		extra            []history.Record // after the week of 10 to 16 November
		now              time.Time
		current, longest int
		until, by        string
	}{
		{name: "without a red flag five days off break the streak",
			extra: []history.Record{roll(22)}, now: berlin(22, 22), current: 1, longest: 7},
		// The example of the issue: a 7-day streak, a red flag, 5 days
		// off, a roll: the streak goes on at 8.
		{name: "a red flag excuses the days off until the next roll",
			extra: []history.Record{redFlag(16), roll(22)}, now: berlin(22, 22), current: 8, longest: 8},
		{name: "resting after a red flag is a pause",
			extra: []history.Record{redFlag(16)}, now: berlin(20, 12), current: 7, longest: 7,
			until: "2026-11-30", by: PausedByRedFlag},
		{name: "a red flag on a day that did not count excuses it too",
			extra: []history.Record{redFlag(17), roll(19)}, now: berlin(19, 22), current: 8, longest: 8},
		{name: "the red flag's day is paused",
			extra: []history.Record{redFlag(16)}, now: berlin(16, 22), current: 7, longest: 7,
			until: "2026-11-30", by: PausedByRedFlag},
		{name: "the rest after a red flag lasts 14 days",
			extra: []history.Record{redFlag(16)}, now: berlin(30, 12), current: 7, longest: 7,
			until: "2026-11-30", by: PausedByRedFlag},
		{name: "the day after those 14 is open",
			extra: []history.Record{redFlag(16)}, now: time.Date(2026, 12, 1, 12, 0, 0, 0, time.FixedZone("CET", 3600)),
			current: 7, longest: 7},
		{name: "and missing it too breaks the streak",
			extra: []history.Record{redFlag(16)}, now: time.Date(2026, 12, 2, 12, 0, 0, 0, time.FixedZone("CET", 3600)),
			current: 0, longest: 7},
		{name: "rolling again ends the rest: later days off count",
			extra: []history.Record{redFlag(16), roll(18)}, now: berlin(21, 12), current: 0, longest: 8},
		{name: "a pause excuses today and the days after",
			extra: []history.Record{pausedFor(17, 5)}, now: berlin(19, 12), current: 7, longest: 7,
			until: "2026-11-21", by: PausedByYou},
		{name: "a roll after a pause goes on from the streak",
			extra: []history.Record{pausedFor(17, 5), roll(22)}, now: berlin(22, 22), current: 8, longest: 8},
		{name: "a roll during a pause counts",
			extra: []history.Record{pausedFor(17, 5), roll(19)}, now: berlin(19, 22), current: 8, longest: 8,
			until: "2026-11-21", by: PausedByYou},
		{name: "a pause runs out: the day after it is missed",
			extra: []history.Record{pausedFor(17, 5)}, now: berlin(23, 12), current: 0, longest: 7},
		{name: "pause 0 ends a pause from its day on",
			extra: []history.Record{pausedFor(17, 10), pausedFor(19, 0)}, now: berlin(19, 23), current: 7, longest: 7},
		{name: "the days it excused stay excused",
			extra: []history.Record{pausedFor(17, 10), pausedFor(19, 0), roll(19)}, now: berlin(20, 12), current: 8, longest: 8},
		{name: "a later pause replaces an earlier one",
			extra: []history.Record{pausedFor(17, 3), pausedFor(18, 6)}, now: berlin(20, 12), current: 7, longest: 7,
			until: "2026-11-23", by: PausedByYou},
		{name: "a record asking for more than 14 days gets 14",
			extra: []history.Record{pausedFor(17, 30)}, now: berlin(30, 12), current: 7, longest: 7,
			until: "2026-11-30", by: PausedByYou},
		{name: "a red flag during a pause is the reason shown",
			extra: []history.Record{pausedFor(17, 3), redFlag(18)}, now: berlin(18, 23), current: 7, longest: 7,
			until: "2026-12-02", by: PausedByRedFlag},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := history.Result{Records: append(week(), tt.extra...)}
			st := Compute(res, DefaultSettings(), tt.now)
			got := fmt.Sprintf("streak %d/%d, paused until %q by %q", st.CurrentStreak, st.LongestStreak, st.PausedUntil, st.PausedBy)
			want := fmt.Sprintf("streak %d/%d, paused until %q by %q", tt.current, tt.longest, tt.until, tt.by)
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

// Rest days go on working beside excused ones: one rest day a week and a
// pause together bridge a gap neither would alone.
func TestPauseWithRestDays(t *testing.T) {
	// A pause on Tuesday 17 for two days excuses 17 and 18; Thursday 19 is
	// the week's rest day; Friday 20 rolls.
	res := history.Result{Records: append(week(), pausedFor(17, 2), roll(20))}
	set := DefaultSettings()
	set.RestDaysPerWeek = 1
	if st := Compute(res, set, berlin(20, 22)); st.CurrentStreak != 8 {
		t.Errorf("streak %d, want 8", st.CurrentStreak)
	}
	set.RestDaysPerWeek = 0
	if st := Compute(res, set, berlin(20, 22)); st.CurrentStreak != 1 {
		t.Errorf("without the rest day: streak %d, want 1", st.CurrentStreak)
	}
}

// A pause asked for after midnight, before the day starts, belongs to the
// evening before, as a roll then would.
func TestLastPausedDay(t *testing.T) {
	set := DefaultSettings()
	if got := set.LastPausedDay(pausedFor(17, 5).End); got != "2026-11-21" {
		t.Errorf("pause 5 on the 17th: through %s, want 2026-11-21", got)
	}
	late := berlin(18, 1)
	if got := set.LastPausedDay(late.AddDate(0, 0, 3)); got != "2026-11-19" {
		t.Errorf("pause 3 at 01:00 on the 18th: through %s, want 2026-11-19", got)
	}
	res := history.Result{Records: append(week(), history.Record{V: 1, ID: "p", Kind: history.KindPause, Start: late, End: late.AddDate(0, 0, 3)})}
	if st := Compute(res, set, berlin(19, 12)); st.PausedUntil != "2026-11-19" {
		t.Errorf("paused until %q, want what LastPausedDay said", st.PausedUntil)
	}
}

// RedFlagToday is a sign to stop reported on today's date only: home and
// the next start go by it, and the day before is another day.
func TestRedFlagToday(t *testing.T) {
	tests := []struct {
		name  string
		extra []history.Record
		now   time.Time
		want  bool
	}{
		{"no red flag", nil, berlin(16, 22), false},
		{"reported tonight", []history.Record{redFlag(16)}, berlin(16, 23), true},
		{"reported yesterday", []history.Record{redFlag(16)}, berlin(17, 12), false},
		// Half past midnight is still the evening before: the day starts at 4:00.
		{"after midnight, before the day starts", []history.Record{redFlag(16)}, berlin(17, 1).Add(-30 * time.Minute), true},
		// Begun at 3:50, p pressed at 4:05: the day it was pressed on.
		{"pressed just after the day starts", []history.Record{across(17)}, berlin(17, 12), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := history.Result{Records: append(week(), tt.extra...)}
			if got := Compute(res, DefaultSettings(), tt.now).RedFlagToday; got != tt.want {
				t.Errorf("red flag today %v; want %v", got, tt.want)
			}
		})
	}
}
