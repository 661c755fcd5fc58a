// Package streak works out streaks and statistics from the history. The
// sums of the records (a Tally) can be saved and taken up again, so that a
// long history is read once; the figures are computed from them each time.
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

// MaxPauseDays is the longest pause `backroll pause` grants: two weeks
// covers resting a sore back; longer than that is a break, not a pause.
const MaxPauseDays = 14

// RedFlagRestDays is how many days after a red flag are excused until the
// person rolls again: the same two weeks as a pause, time enough to rest
// and to see someone about it.
const RedFlagRestDays = 14

// Why a streak is paused (Stats.PausedBy).
const (
	PausedByYou     = "pause"    // backroll pause DAYS
	PausedByRedFlag = "red-flag" // a session reported sharp pain or tingling
)

// Stats sums up the history as of a moment.
type Stats struct {
	CurrentStreak   int                `json:"current_streak"` // counted days in the run that reaches today or yesterday
	LongestStreak   int                `json:"longest_streak"`
	TodayDone       bool               `json:"today_done"`     // today already counts
	WeekDays        int                `json:"week_days"`      // counted days among the last 7, today included
	WeekMinutes     float64            `json:"week_minutes"`   // rolled in those 7 days
	TotalSessions   int                `json:"total_sessions"` // sessions, as history.SessionOf tells them
	TotalMinutes    float64            `json:"total_minutes"`
	MinutesByArea   map[string]float64 `json:"minutes_by_area"` // by exercise id
	Days            []Day              `json:"days"`            // from a Monday HeatmapWeeks weeks back to today
	Feel            []Feel             `json:"feel"`            // the last FeelSessions rated sessions, by start time
	Tender          []Tender           `json:"tender"`          // areas found tender lately, by exercise and side
	PausedUntil     string             `json:"paused_until"`    // 2006-01-02, the last day of the pause today is in; "" when not paused
	PausedBy        string             `json:"paused_by"`       // PausedByYou or PausedByRedFlag; "" when not paused
	RedFlagToday    bool               `json:"red_flag_today"`  // a session today reported a sign to stop
	UnreadableLines int                `json:"unreadable_lines"`
	InvalidLines    int                `json:"invalid_lines"` // whole records that make no sense
	NewerLines      int                `json:"newer_lines"`
	DuplicateLines  int                `json:"duplicate_lines"` // records whose id came before
}

// Day is the rolling done on one date.
type Day struct {
	Date    string  `json:"date"` // 2006-01-02
	Minutes float64 `json:"minutes"`
	Counted bool    `json:"counted"`
}

// FeelSessions is how many rated sessions the feel trend keeps: a trend,
// not ten years of numbers on every call.
const FeelSessions = 60

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
	t := NewTally(set)
	for i := range h.Records {
		t.Add(&h.Records[i])
	}
	return t.Stats(h, now)
}

// ComputeFile reads the history file at path and sums it up as Compute
// would the records of history.ReadFile, but one record at a time: however
// long the history, it holds only the sums. The Result has the skipped
// lines, for Result.Warning, and no Records.
func ComputeFile(path string, set Settings, now time.Time) (Stats, history.Result, error) {
	t := NewTally(set)
	res, err := history.ScanFile(path, now, t.Add)
	if err != nil {
		return Stats{}, history.Result{}, err
	}
	return t.Stats(res, now), res, nil
}

// Tally sums up records as they come. Its sums can be saved as JSON and
// taken up again (see MarshalJSON), so a long history need not be read
// again to add a few records.
type Tally struct {
	set      Settings
	rolled   dayTable // seconds per day; a day with a hold is in, even at 0
	day      day      // the day of the last hold...
	daySecs  int      // ...and its seconds so far, not yet in rolled:
	dayOpen  bool     // holds come day by day, a map is dear per hold
	total    int      // seconds
	areas    map[[2]string]*area
	last     *area // of the last hold
	sessions sessionSet
	feel     []Feel
	pauses   []pause
	redFlags []time.Time // when each session with a sign to stop ended
}

// pause is a pause record: it excuses the days from the day of from up to,
// not including, the day of until.
type pause struct{ from, until time.Time }

// NewTally starts empty sums under set.
func NewTally(set Settings) *Tally {
	return &Tally{set: set, areas: make(map[[2]string]*area), sessions: newSessionSet()}
}

// Add counts r, a record that passed history.Check.
func (t *Tally) Add(r *history.Record) {
	if id, ok := history.SessionOf(r); ok {
		t.sessions.add(id)
	}
	switch r.Kind {
	case history.KindHold:
		if d := dayOf(r.Start, t.set.DayStarts); !t.dayOpen || d != t.day {
			t.closeDay()
			t.day, t.dayOpen = d, true
		}
		secs := int(r.Rolled() / time.Second)
		t.daySecs += secs
		t.total += secs
		t.area(r.Exercise, r.Side).add(r, secs)
	case history.KindSession:
		if r.FeelBefore != nil || r.FeelAfter != nil {
			t.feel = append(t.feel, Feel{r.Session, r.Start, r.FeelBefore, r.FeelAfter})
		}
		if r.RedFlag {
			// Dated by its end, when p was pressed: a session begun just
			// before the day starts flags the new day.
			at := r.Start
			if r.End.After(at) {
				at = r.End
			}
			t.redFlags = append(t.redFlags, at)
		}
	case history.KindPause:
		t.pauses = append(t.pauses, pause{r.Start, r.End})
	}
}

func (t *Tally) closeDay() {
	if t.dayOpen {
		t.rolled.add(t.day, t.daySecs)
		t.daySecs, t.dayOpen = 0, false
	}
}

// area finds the area of exercise and side. A routine goes through its
// areas in the same order every time, so the one that followed the last
// area before is tried first.
func (t *Tally) area(exercise, side string) *area {
	last := t.last
	if last != nil {
		if a := last.next; a != nil && a.exercise == exercise && a.side == side {
			t.last = a
			return a
		}
		if last.exercise == exercise && last.side == side {
			return last
		}
	}
	k := [2]string{exercise, side}
	a := t.areas[k]
	if a == nil {
		a = &area{exercise: exercise, side: side}
		t.areas[k] = a
	}
	if last != nil {
		last.next = a
	}
	t.last = a
	return a
}

// Stats finishes the sums as of now, with h's skipped lines. The Tally can
// go on counting afterwards.
func (t *Tally) Stats(h history.Result, now time.Time) Stats {
	t.closeDay()
	t.rolled.settle()
	set, rolled := t.set, &t.rolled
	st := Stats{
		MinutesByArea:   make(map[string]float64),
		TotalSessions:   t.sessions.count(),
		TotalMinutes:    float64(t.total) / 60,
		Feel:            t.feel,
		UnreadableLines: len(h.Unreadable),
		InvalidLines:    len(h.Invalid),
		NewerLines:      len(h.Newer),
		DuplicateLines:  len(h.Duplicate),
	}
	slices.SortStableFunc(st.Feel, func(a, b Feel) int { return a.Start.Compare(b.Start) })
	st.Feel = st.Feel[max(len(st.Feel)-FeelSessions, 0):]

	counts := func(d day) bool { secs, ok := rolled.get(d); return ok && float64(secs) >= set.MinMinutes*60 }
	var counted []day // in order: the table is
	for _, r := range rolled.days {
		if float64(r.secs) >= set.MinMinutes*60 {
			counted = append(counted, r.d)
		}
	}
	today := dayOf(now, set.DayStarts)
	if n := len(counted); n > 0 && counted[n-1] > today {
		// A record dated after now was made further east (or on a clock
		// ahead); its day is today, not one to wait for.
		today = counted[n-1]
	}
	for _, at := range t.redFlags {
		today = max(today, dayOf(at, set.DayStarts)) // so is a sign to stop's
	}
	for _, at := range t.redFlags {
		st.RedFlagToday = st.RedFlagToday || dayOf(at, set.DayStarts) == today
	}
	excused := t.excused(counted)
	st.CurrentStreak, st.LongestStreak = streaks(counted, today, set.RestDaysPerWeek, excused)
	st.TodayDone = counts(today)
	if why := excused[today]; why != "" {
		until := today
		for excused[until+1] != "" {
			until++
		}
		st.PausedUntil, st.PausedBy = until.String(), why
	}

	for d := today - 6; d <= today; d++ {
		secs, _ := rolled.get(d)
		st.WeekMinutes += float64(secs) / 60
		if counts(d) {
			st.WeekDays++
		}
	}
	for d := today.monday() - 7*HeatmapWeeks; d <= today; d++ {
		secs, _ := rolled.get(d)
		st.Days = append(st.Days, Day{d.String(), float64(secs) / 60, counts(d)})
	}

	seconds := make(map[string]int) // by exercise, summed whole
	for _, a := range t.areas {
		seconds[a.exercise] += a.seconds
		if n := a.tender(); n > 0 {
			st.Tender = append(st.Tender, Tender{a.exercise, a.side, n, len(a.recent)})
		}
	}
	for ex, secs := range seconds {
		st.MinutesByArea[ex] = float64(secs) / 60
	}
	slices.SortFunc(st.Tender, func(a, b Tender) int {
		return cmp.Or(cmp.Compare(a.Exercise, b.Exercise), cmp.Compare(a.Side, b.Side))
	})
	return st
}

// excused returns the days on which resting does not break a streak, with
// why: resting an injury should not cost the person their streak.
//
// A pause record excuses the days from its own up to, not including, the
// day it runs out, or the day of the next pause record, which replaces it
// (so `backroll pause 0` ends a pause without taking back the days it
// already excused). A red flag excuses its own day and the RedFlagRestDays
// after it, up to the next counted day: rolling again ends the rest.
func (t *Tally) excused(counted []day) map[day]string {
	ex := make(map[day]string)
	ds := t.set.DayStarts
	slices.SortFunc(t.pauses, func(a, b pause) int { return a.from.Compare(b.from) })
	for i, p := range t.pauses {
		from := dayOf(p.from, ds)
		to := min(dayOf(p.until, ds), from+MaxPauseDays) // a hand-made record asks no more than the command
		if i+1 < len(t.pauses) {
			to = min(to, dayOf(t.pauses[i+1].from, ds))
		}
		for d := from; d < to; d++ {
			ex[d] = PausedByYou
		}
	}
	for _, at := range t.redFlags {
		from, to := t.set.redFlagDays(at)
		if i, _ := slices.BinarySearch(counted, from+1); i < len(counted) {
			to = min(to, counted[i]-1)
		}
		for d := from; d <= to; d++ {
			ex[d] = PausedByRedFlag // the graver reason, when both apply
		}
	}
	return ex
}

// LastPausedDay is the date, as 2006-01-02, of the last day a pause
// running out at until excuses: the day before until's own.
func (s Settings) LastPausedDay(until time.Time) string {
	return (dayOf(until, s.DayStarts) - 1).String()
}

// streaks returns the current and the longest streak over the counted days,
// given in ascending order, as of today.
//
// A streak is a run of counted days, and its length is how many there are.
// A run may pass over missed days that are excused or are rest days: a
// missed day is a rest day when no more than restPerWeek missed days of the
// same run, itself included and excused days not, fall in its calendar week
// (Monday to Sunday). Excused and rest days keep the run alive but do not
// add to it. Today is never a missed day: it is still open, so the run that
// reaches yesterday is current.
func streaks(counted []day, today day, restPerWeek int, excused map[day]string) (current, longest int) {
	run, week, rest := 0, 0, 0 // rest: rest days of this run in week
	// bridge reports whether every day strictly between from and to can be
	// excused or a rest day of this run, and books the rest days.
	bridge := func(from, to day) bool {
		for d := from + 1; d < to; d++ {
			if excused[d] != "" {
				continue
			}
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
