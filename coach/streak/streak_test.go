package streak

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin and America/New_York wherever the tests run

	"github.com/backroll/backroll/coach/history"
)

func at(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// holds makes hold records from "time seconds" pairs, one session each.
func holds(t *testing.T, specs ...string) history.Result {
	var res history.Result
	for i, spec := range specs {
		var when string
		var secs int
		if _, err := fmt.Sscan(spec, &when, &secs); err != nil {
			t.Fatalf("spec %q: %v", spec, err)
		}
		res.Records = append(res.Records, history.Record{V: 1, ID: fmt.Sprint(i), Session: fmt.Sprint(i),
			Kind: history.KindHold, Exercise: "glutes", Start: at(t, when), PlannedS: 60, RolledS: secs})
	}
	return res
}

// Week of 2026-11-23: Monday 23 to Sunday 29; 2026-11-25 is a Wednesday.
func TestStreaks(t *testing.T) {
	tests := []struct {
		name             string
		set              Settings // zero fields take the defaults; DayStarts -1 means midnight
		holds            []string
		now              string
		current, longest int
		todayDone        bool
	}{
		{name: "no history", now: "2026-11-25T21:00:00+01:00"},
		{name: "today only", holds: []string{"2026-11-25T21:00:00+01:00 60"},
			now: "2026-11-25T22:00:00+01:00", current: 1, longest: 1, todayDone: true},
		{name: "yesterday keeps the streak while today is open",
			holds:   []string{"2026-11-23T21:00:00+01:00 60", "2026-11-24T21:00:00+01:00 60"},
			now:     "2026-11-25T23:59:00+01:00",
			current: 2, longest: 2},
		{name: "the day before yesterday does not",
			holds: []string{"2026-11-22T21:00:00+01:00 60", "2026-11-23T21:00:00+01:00 60"},
			now:   "2026-11-25T21:00:00+01:00", current: 0, longest: 2},
		{name: "a gap starts over",
			holds: []string{"2026-11-19T21:00:00+01:00 60", "2026-11-20T21:00:00+01:00 60", "2026-11-21T21:00:00+01:00 60",
				"2026-11-23T21:00:00+01:00 60", "2026-11-24T21:00:00+01:00 60", "2026-11-25T21:00:00+01:00 60"},
			now: "2026-11-25T22:00:00+01:00", current: 3, longest: 3, todayDone: true},
		{name: "longest run in the past",
			holds: []string{"2026-11-10T21:00:00+01:00 60", "2026-11-11T21:00:00+01:00 60", "2026-11-12T21:00:00+01:00 60",
				"2026-11-25T21:00:00+01:00 60"},
			now: "2026-11-25T22:00:00+01:00", current: 1, longest: 3, todayDone: true},
		{name: "00:30 counts for the day before",
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T00:30:00+01:00 60"},
			now:   "2026-11-25T12:00:00+01:00", current: 2, longest: 2},
		{name: "04:00 starts the day",
			holds: []string{"2026-11-24T21:00:00+01:00 60", "2026-11-25T04:00:00+01:00 60"},
			now:   "2026-11-25T12:00:00+01:00", current: 2, longest: 2, todayDone: true},
		{name: "before 04:00 today is still yesterday",
			holds: []string{"2026-11-25T21:00:00+01:00 60"},
			now:   "2026-11-26T03:59:00+01:00", current: 1, longest: 1, todayDone: true},
		{name: "day_starts moved to midnight",
			set:   Settings{DayStarts: -1},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T00:30:00+01:00 60"},
			now:   "2026-11-25T12:00:00+01:00", current: 1, longest: 1, todayDone: true},
		{name: "a day under min_minutes is missed",
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-24T21:00:00+01:00 59"},
			now:   "2026-11-25T12:00:00+01:00", current: 0, longest: 1},
		{name: "holds add up to min_minutes",
			holds: []string{"2026-11-24T21:00:00+01:00 30", "2026-11-24T21:05:00+01:00 30"},
			now:   "2026-11-25T12:00:00+01:00", current: 1, longest: 1},
		{name: "min_minutes 3",
			set:   Settings{MinMinutes: 3},
			holds: []string{"2026-11-24T21:00:00+01:00 120", "2026-11-25T21:05:00+01:00 120", "2026-11-25T21:08:00+01:00 60"},
			now:   "2026-11-25T22:00:00+01:00", current: 1, longest: 1, todayDone: true},
		{name: "an earlier version's 10-minute hold counts as the longest hold now",
			set:   Settings{MinMinutes: 3},
			holds: []string{"2026-11-24T21:00:00+01:00 600", "2026-11-25T21:05:00+01:00 720", "2026-11-25T21:18:00+01:00 60"},
			now:   "2026-11-25T22:00:00+01:00", current: 1, longest: 1, todayDone: true},
		{name: "flying west the evening after: each day on its own clock",
			// 00:30 in New York is 06:30 in Berlin the next day; in UTC this
			// would be the 26th and leave the 25th empty.
			holds: []string{"2026-11-24T21:00:00+01:00 60", "2026-11-26T00:30:00-05:00 60"},
			now:   "2026-11-26T10:00:00-05:00", current: 2, longest: 2},
		{name: "flying west the same day counts it once",
			holds: []string{"2026-11-24T21:00:00+01:00 60", "2026-11-25T08:00:00+01:00 60", "2026-11-25T20:00:00-05:00 60"},
			now:   "2026-11-25T21:00:00-05:00", current: 2, longest: 2, todayDone: true},
		{name: "flying east overnight",
			holds: []string{"2026-11-24T20:00:00-05:00 60", "2026-11-25T21:00:00+01:00 60"},
			now:   "2026-11-25T22:00:00+01:00", current: 2, longest: 2, todayDone: true},
		{name: "a record from a clock ahead is today, not the future",
			// Rolled in Berlin at 05:00, then in New York it is still the
			// evening before; that evening is not left to do.
			set:   Settings{RestDaysPerWeek: 1},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T05:00:00+01:00 60"},
			now:   "2026-11-24T23:30:00-05:00", current: 2, longest: 2, todayDone: true},
		{name: "Berlin spring forward",
			holds: []string{"2026-03-28T21:00:00+01:00 60", "2026-03-29T21:00:00+02:00 60", "2026-03-30T03:30:00+02:00 60"},
			now:   "2026-03-30T09:00:00+02:00", current: 2, longest: 2},
		{name: "Berlin fall back",
			holds: []string{"2026-10-24T21:00:00+02:00 60", "2026-10-25T02:30:00+02:00 60", "2026-10-25T02:30:00+01:00 60",
				"2026-10-25T21:00:00+01:00 60"},
			now: "2026-10-26T09:00:00+01:00", current: 2, longest: 2},
		{name: "rest day bridges a missed day",
			set:   Settings{RestDaysPerWeek: 1},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T21:00:00+01:00 60", "2026-11-26T21:00:00+01:00 60"},
			now:   "2026-11-26T22:00:00+01:00", current: 3, longest: 3, todayDone: true},
		{name: "one rest day a week does not bridge two",
			set:   Settings{RestDaysPerWeek: 1},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T21:00:00+01:00 60", "2026-11-27T21:00:00+01:00 60"},
			now:   "2026-11-27T22:00:00+01:00", current: 1, longest: 2, todayDone: true},
		{name: "two missed days in two weeks",
			set: Settings{RestDaysPerWeek: 1},
			// Sunday 22 and Monday 23 fall in different weeks.
			holds: []string{"2026-11-21T21:00:00+01:00 60", "2026-11-24T21:00:00+01:00 60"},
			now:   "2026-11-24T22:00:00+01:00", current: 2, longest: 2, todayDone: true},
		{name: "two rest days a week bridge two",
			set:   Settings{RestDaysPerWeek: 2},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-26T21:00:00+01:00 60"},
			now:   "2026-11-27T12:00:00+01:00", current: 2, longest: 2},
		{name: "a new run has its own rest days",
			set: Settings{RestDaysPerWeek: 1},
			// Tuesday and Wednesday break the first run; Friday is the
			// second run's rest day, in the same week.
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-26T21:00:00+01:00 60", "2026-11-28T21:00:00+01:00 60"},
			now:   "2026-11-28T22:00:00+01:00", current: 2, longest: 2, todayDone: true},
		{name: "rest day yesterday keeps the streak",
			set:   Settings{RestDaysPerWeek: 1},
			holds: []string{"2026-11-22T21:00:00+01:00 60", "2026-11-23T21:00:00+01:00 60"},
			now:   "2026-11-25T21:00:00+01:00", current: 2, longest: 2},
		{name: "rest days used up by yesterday",
			set:   Settings{RestDaysPerWeek: 1},
			holds: []string{"2026-11-23T21:00:00+01:00 60", "2026-11-25T21:00:00+01:00 60"},
			now:   "2026-11-27T21:00:00+01:00", current: 0, longest: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := DefaultSettings()
			if tt.set.MinMinutes != 0 {
				set.MinMinutes = tt.set.MinMinutes
			}
			if tt.set.DayStarts < 0 {
				set.DayStarts = 0
			}
			set.RestDaysPerWeek = tt.set.RestDaysPerWeek
			st := Compute(holds(t, tt.holds...), set, at(t, tt.now))
			if st.CurrentStreak != tt.current || st.LongestStreak != tt.longest || st.TodayDone != tt.todayDone {
				t.Errorf("current %d, longest %d, today done %v; want %d, %d, %v",
					st.CurrentStreak, st.LongestStreak, st.TodayDone, tt.current, tt.longest, tt.todayDone)
			}
		})
	}
}

// Times in zones with daylight saving rules, as time.Now gives them, must
// land on the same days as their fixed offsets.
func TestStreakInZones(t *testing.T) {
	for _, name := range []string{"Europe/Berlin", "America/New_York"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		var res history.Result
		// Three weeks of nightly holds across the spring change of both zones.
		first := time.Date(2026, 3, 1, 23, 30, 0, 0, loc)
		for i := range 21 {
			start := time.Date(2026, 3, 1+i, 23, 30, 0, 0, loc)
			res.Records = append(res.Records, history.Record{V: 1, ID: fmt.Sprint(i), Kind: history.KindHold, Start: start, RolledS: 60})
		}
		now := first.AddDate(0, 0, 21).Add(-12 * time.Hour)
		st := Compute(res, DefaultSettings(), now)
		if st.CurrentStreak != 21 || st.LongestStreak != 21 || st.TodayDone {
			t.Errorf("%s: current %d, longest %d, today done %v; want 21, 21, false", name, st.CurrentStreak, st.LongestStreak, st.TodayDone)
		}
	}
}

// A record appended twice (a merge, a retry) counts once.
func TestStreakDuplicates(t *testing.T) {
	line := `{"v":1,"id":"x","session":"s","kind":"hold","exercise":"glutes","start":"2026-11-24T21:00:00+01:00","planned_s":60,"rolled_s":40,"completed":false}` + "\n"
	res, err := history.Read(strings.NewReader(line+line), at(t, "2026-11-25T12:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	st := Compute(res, DefaultSettings(), at(t, "2026-11-25T12:00:00+01:00"))
	if st.LongestStreak != 0 || st.TotalMinutes != 40.0/60 {
		t.Errorf("longest %d, total %.2f min: the duplicate was counted", st.LongestStreak, st.TotalMinutes)
	}
}

func TestStats(t *testing.T) {
	log := `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-20T21:00:00+01:00","planned_s":60,"rolled_s":60,"completed":true,"tender":2}
{"v":1,"id":"h2","session":"s1","kind":"hold","exercise":"glutes","side":"right","start":"2026-11-20T21:01:00+01:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"x1","session":"s1","kind":"session","start":"2026-11-20T21:00:00+01:00","end":"2026-11-20T21:10:00+01:00","routine":"nightly","feel_before":6,"feel_after":3}
{"v":1,"id":"h3","session":"s2","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-24T21:00:00+01:00","planned_s":60,"rolled_s":90,"completed":true,"tender":1}
{"v":1,"id":"h4","session":"s2","kind":"hold","exercise":"hip-flexors","start":"2026-11-24T21:02:00+01:00","planned_s":60,"rolled_s":30,"completed":false}
{"v":1,"id":"x2","session":"s2","kind":"session","start":"2026-11-24T21:00:00+01:00","end":"2026-11-24T21:10:00+01:00","routine":"nightly","feel_before":5}
torn {"v":1
{"v":1,"id":"h5","session":"s0","kind":"hold","exercise":"glutes","side":"left","start":"2026-10-01T21:00:00+02:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"x0","session":"s0","kind":"session","start":"2026-10-01T21:00:00+02:00","end":"2026-10-01T21:10:00+02:00"}
`
	res, err := history.Read(strings.NewReader(log), at(t, "2026-11-25T12:00:00+01:00"))
	if err != nil {
		t.Fatal(err)
	}
	st := Compute(res, DefaultSettings(), at(t, "2026-11-25T12:00:00+01:00"))

	got := fmt.Sprintf("streak %d/%d %v, week %d days %.1f min, sessions %d, total %.1f min, areas %v, unreadable %d",
		st.CurrentStreak, st.LongestStreak, st.TodayDone, st.WeekDays, st.WeekMinutes, st.TotalSessions,
		st.TotalMinutes, st.MinutesByArea, st.UnreadableLines)
	want := "streak 1/1 false, week 2 days 4.0 min, sessions 3, total 5.0 min, areas map[glutes:4.5 hip-flexors:0.5], unreadable 1"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if len(st.Feel) != 2 || st.Feel[0].Session != "s1" || *st.Feel[0].After != 3 || st.Feel[1].After != nil {
		t.Errorf("feel %+v", st.Feel)
	}
	if fmt.Sprint(st.Tender) != "[{glutes left 2 3}]" {
		t.Errorf("tender %+v, want glutes left tender in 2 of 3 sessions", st.Tender)
	}
	first, last := st.Days[0], st.Days[len(st.Days)-1]
	if len(st.Days) != 7*HeatmapWeeks+3 || first.Date != "2026-06-01" || last.Date != "2026-11-25" {
		t.Errorf("heatmap %d days from %s to %s; want from Monday 2026-06-01 to today 2026-11-25", len(st.Days), first.Date, last.Date)
	}
	if d := st.Days[len(st.Days)-2]; d.Date != "2026-11-24" || d.Minutes != 2 || !d.Counted {
		t.Errorf("yesterday in the heatmap: %+v", d)
	}
}

func TestTenderLooksAtLatestSessions(t *testing.T) {
	var res history.Result
	// Eight sessions, tender in the first three and the last one, appended
	// out of order: the old ones come last, as after a merge.
	for _, i := range []int{3, 4, 7, 5, 6, 0, 1, 2} {
		r := history.Record{V: 1, ID: fmt.Sprint(i), Session: fmt.Sprint("s", i), Kind: history.KindHold,
			Exercise: "hip-flexors", Side: "right", Start: time.Date(2026, 11, 1+i, 21, 0, 0, 0, time.UTC), RolledS: 60}
		if i < 3 || i == 7 {
			r.Tender = 1
		}
		res.Records = append(res.Records, r)
	}
	st := Compute(res, DefaultSettings(), time.Date(2026, 11, 9, 12, 0, 0, 0, time.UTC))
	if fmt.Sprint(st.Tender) != "[{hip-flexors right 1 5}]" {
		t.Errorf("tender %+v, want hip-flexors right tender in 1 of the last 5", st.Tender)
	}
}

// ComputeFile, record by record, sums up as Compute does over the records
// of history.ReadFile.
func TestComputeFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, history.FileName)
	now := tenYears(t, path)
	// A merge from another machine appends old records again, and some
	// that are new; a crash tears a line.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	f.WriteString(strings.Join(lines[5000:5100], "") + `{"v":1,"id":"torn","ki` + "\n" +
		`{"v":1,"id":"extra","session":"x","kind":"hold","exercise":"hip-flexors","side":"right","start":"2019-03-31T02:30:00+02:00","planned_s":60,"rolled_s":45,"completed":false,"tender":1}` + "\n")
	f.Close()

	for _, set := range []Settings{DefaultSettings(), {MinMinutes: 30, DayStarts: 0, RestDaysPerWeek: 2}} {
		res, err := history.ReadFile(path, now)
		if err != nil {
			t.Fatal(err)
		}
		want := Compute(res, set, now)
		got, scanned, err := ComputeFile(path, set, now)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: ComputeFile differs from Compute:\n got %+v\nwant %+v", set, brief(got), brief(want))
		}
		if scanned.Records != nil || !reflect.DeepEqual(scanned.Unreadable, res.Unreadable) || scanned.Warning("h") != res.Warning("h") {
			t.Errorf("ComputeFile's result: %d records, unreadable %v; want none, %v", len(scanned.Records), scanned.Unreadable, res.Unreadable)
		}
	}
	if st, res, err := ComputeFile(filepath.Join(dir, "none"), DefaultSettings(), now); err != nil || st.TotalSessions != 0 || res.Warning("h") != "" {
		t.Errorf("missing file: %+v, %v", st, err)
	}
}

// brief leaves out the long lists of a Stats.
func brief(st Stats) Stats {
	st.Days, st.Feel = st.Days[len(st.Days)-3:], st.Feel[len(st.Feel)-2:]
	return st
}
