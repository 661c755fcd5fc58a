// Package streak works out streaks and statistics from the history. Nothing
// here is stored: it is all computed again from the log each time.
package streak

import (
	"cmp"
	"slices"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// TenderSessions is how many of an area's latest sessions the tender
// counts look back over.
const TenderSessions = 5

// HeatmapWeeks is how many whole weeks Stats.Days covers before this one.
const HeatmapWeeks = 25

// Stats sums up the history as of a moment.
type Stats struct {
	CurrentStreak   int                `json:"current_streak"` // counted days in the run that reaches today or yesterday
	LongestStreak   int                `json:"longest_streak"`
	TodayDone       bool               `json:"today_done"`     // today already counts
	WeekDays        int                `json:"week_days"`      // counted days among the last 7, today included
	WeekMinutes     float64            `json:"week_minutes"`   // rolled in those 7 days
	TotalSessions   int                `json:"total_sessions"` // session records
	TotalMinutes    float64            `json:"total_minutes"`
	MinutesByArea   map[string]float64 `json:"minutes_by_area"` // by exercise id
	Days            []Day              `json:"days"`            // from a Monday HeatmapWeeks weeks back to today
	Feel            []Feel             `json:"feel"`            // by start time
	Tender          []Tender           `json:"tender"`          // areas found tender lately, by exercise and side
	UnreadableLines int                `json:"unreadable_lines"`
	NewerLines      int                `json:"newer_lines"`
}

// Day is the rolling done on one date.
type Day struct {
	Date    string  `json:"date"` // 2006-01-02
	Minutes float64 `json:"minutes"`
	Counted bool    `json:"counted"`
}

// Feel is how a session felt before and after, as rated by the user.
type Feel struct {
	Session string    `json:"session"`
	Start   time.Time `json:"start"`
	Before  *int      `json:"before,omitempty"`
	After   *int      `json:"after,omitempty"`
}

// Tender says in how many of the latest Sessions (at most TenderSessions)
// that rolled an area it was marked tender, as in "left glute: tender in 4
// of the last 5 sessions".
type Tender struct {
	Exercise string `json:"exercise"`
	Side     string `json:"side,omitempty"`
	Tender   int    `json:"tender"`
	Sessions int    `json:"sessions"`
}

// Compute sums up the history h under the settings as of now. The days of
// records and of now are dates on their own clocks (the UTC offset each was
// written with), starting at set.DayStarts: travel and daylight saving never
// split or merge a day.
func Compute(h history.Result, set Settings, now time.Time) Stats {
	st := Stats{
		MinutesByArea:   make(map[string]float64),
		UnreadableLines: len(h.Unreadable),
		NewerLines:      len(h.Newer),
	}
	rolled := make(map[day]int) // seconds per day
	areas := make(map[[2]string]*area)
	total := 0
	for i := range h.Records {
		r := &h.Records[i]
		switch r.Kind {
		case history.KindHold:
			rolled[dayOf(r.Start, set.DayStarts)] += r.RolledS
			total += r.RolledS
			a := areas[[2]string{r.Exercise, r.Side}]
			if a == nil {
				a = new(area)
				areas[[2]string{r.Exercise, r.Side}] = a
			}
			a.add(r)
		case history.KindSession:
			st.TotalSessions++
			if r.FeelBefore != nil || r.FeelAfter != nil {
				st.Feel = append(st.Feel, Feel{r.Session, r.Start, r.FeelBefore, r.FeelAfter})
			}
		}
	}
	st.TotalMinutes = float64(total) / 60
	slices.SortStableFunc(st.Feel, func(a, b Feel) int { return a.Start.Compare(b.Start) })

	counts := func(d day) bool { secs, ok := rolled[d]; return ok && float64(secs) >= set.MinMinutes*60 }
	var counted []day
	for d := range rolled {
		if counts(d) {
			counted = append(counted, d)
		}
	}
	slices.Sort(counted)
	today := dayOf(now, set.DayStarts)
	if n := len(counted); n > 0 && counted[n-1] > today {
		// A record dated after now was made further east (or on a clock
		// ahead); its day is today, not one to wait for.
		today = counted[n-1]
	}
	st.CurrentStreak, st.LongestStreak = streaks(counted, today, set.RestDaysPerWeek)
	st.TodayDone = counts(today)

	for d := today - 6; d <= today; d++ {
		st.WeekMinutes += float64(rolled[d]) / 60
		if counts(d) {
			st.WeekDays++
		}
	}
	for d := today.monday() - 7*HeatmapWeeks; d <= today; d++ {
		st.Days = append(st.Days, Day{d.String(), float64(rolled[d]) / 60, counts(d)})
	}

	for k, a := range areas {
		st.MinutesByArea[k[0]] += float64(a.seconds) / 60
		if n := a.tender(); n > 0 {
			st.Tender = append(st.Tender, Tender{k[0], k[1], n, len(a.recent)})
		}
	}
	slices.SortFunc(st.Tender, func(a, b Tender) int {
		return cmp.Or(cmp.Compare(a.Exercise, b.Exercise), cmp.Compare(a.Side, b.Side))
	})
	return st
}

// streaks returns the current and the longest streak over the counted days,
// given in ascending order, as of today.
//
// A streak is a run of counted days, and its length is how many there are.
// A run may pass over missed days that are rest days: a missed day is a rest
// day when no more than restPerWeek missed days of the same run, itself
// included, fall in its calendar week (Monday to Sunday). Rest days keep the
// run alive but do not add to it. Today is never a missed day: it is still
// open, so the run that reaches yesterday is current.
func streaks(counted []day, today day, restPerWeek int) (current, longest int) {
	run, week, rest := 0, 0, 0 // rest: rest days of this run in week
	// bridge reports whether every day strictly between from and to can be
	// a rest day of this run, and books them.
	bridge := func(from, to day) bool {
		for d := from + 1; d < to; d++ {
			if w := d.week(); w != week {
				week, rest = w, 0
			}
			if rest++; rest > restPerWeek {
				return false
			}
		}
		return true
	}
	for i, d := range counted {
		if i == 0 || !bridge(counted[i-1], d) {
			run, rest = 0, 0
		}
		run++
		longest = max(longest, run)
	}
	if n := len(counted); n > 0 && bridge(counted[n-1], today) {
		current = run
	}
	return current, longest
}

// day is a date, as days since 1970-01-01.
type day int

// dayOf is the date of t on its own clock, counting times before
// dayStarts as the day before.
func dayOf(t time.Time, dayStarts time.Duration) day {
	_, offset := t.Zone()
	secs := t.Unix() + int64(offset) - int64(dayStarts/time.Second)
	d := secs / (24 * 60 * 60)
	if secs%(24*60*60) < 0 {
		d-- // round down before 1970 too
	}
	return day(d)
}

// week numbers calendar weeks, Monday to Sunday; 1970-01-01 was a Thursday.
func (d day) week() int {
	w := int(d) + 3
	if w < 0 {
		w -= 6 // round down
	}
	return w / 7
}

func (d day) monday() day { return day(d.week()*7 - 3) }

func (d day) String() string {
	return time.Unix(int64(d)*24*60*60, 0).UTC().Format(time.DateOnly)
}

// area follows one exercise and side.
type area struct {
	seconds int
	recent  []session // the latest TenderSessions sessions that rolled it
}

type session struct {
	id     string
	start  time.Time // of its first hold of the area seen
	tender bool      // any of its holds of the area marked tender
}

// add counts the hold r. Records may come in any order (a merge appends
// old ones), so a session joins recent only if newer than one there.
func (a *area) add(r *history.Record) {
	a.seconds += r.RolledS
	oldest := -1
	for i := range a.recent {
		s := &a.recent[i]
		if s.id == r.Session {
			s.tender = s.tender || r.Tender > 0
			return
		}
		if oldest < 0 || s.start.Before(a.recent[oldest].start) {
			oldest = i
		}
	}
	s := session{r.Session, r.Start, r.Tender > 0}
	switch {
	case len(a.recent) < TenderSessions:
		a.recent = append(a.recent, s)
	case r.Start.After(a.recent[oldest].start):
		a.recent[oldest] = s
	}
}

// tender counts the recent sessions that found the area tender.
func (a *area) tender() int {
	n := 0
	for _, s := range a.recent {
		if s.tender {
			n++
		}
	}
	return n
}
