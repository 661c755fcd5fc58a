// Package report sums up the last weeks of the history for a clinician, or
// for the person who rolled them: sessions and time rolled week by week,
// time per area, how each session felt before and after, tender spots and
// red flags. Compute is a pure function of the records and a moment;
// WriteText and WriteHTML draw what it returns.
package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// DefaultWeeks is how many weeks a report covers unless asked: about the
// time between two visits to a physio.
const DefaultWeeks = 8

// MaxWeeks is the most a report covers: a year still fits a page.
const MaxWeeks = 52

// Report is the figures of whole ISO weeks, Monday to Sunday, the last one
// this week. Dates are days on the clock each record was written with
// (midnight UTC stands for the date), the day starting at the streak's
// day_starts as everywhere in backroll.
type Report struct {
	From, To time.Time     // the first Monday and today
	Sessions int           // in all the weeks
	Rolled   time.Duration // in all the weeks
	Weeks    []Week        // every week, oldest first, empty ones too
	Areas    []Area        // most rolled first
	Feel     []Feel        // every rated session, oldest first
	Tender   []Tender      // most spots first
	RedFlags []RedFlag     // oldest first
}

// Week is one ISO week.
type Week struct {
	Monday       time.Time
	Year, Number int // ISO year and week number
	Sessions     int // sessions that started in it
	Rolled       time.Duration
}

// Label names the week as ISO 8601 does: 2024-W10.
func (w Week) Label() string { return fmt.Sprintf("%d-W%02d", w.Year, w.Number) }

// Area is the time rolled on one exercise, both sides together.
type Area struct {
	Exercise string // exercise id, as in the history
	Rolled   time.Duration
}

// Name is the area as the app names it: "Glutes".
func (a Area) Name() string { return exerciseName(a.Exercise, "") }

// Feel is how a session felt, 0 fine to 10 very sore, before and after;
// nil where it was not rated.
type Feel struct {
	Start         time.Time // on the clock it was rolled by
	Day           time.Time // the date it counts for
	Before, After *int
}

// Tender is how often one side of an area was marked tender.
type Tender struct {
	Exercise, Side string
	Spots          int // tender spots marked
	Sessions       int // sessions in which any was
	Of             int // sessions that rolled this side of the area
}

// Name is the side of the area as the app names it: "Left glute".
func (t Tender) Name() string { return exerciseName(t.Exercise, t.Side) }

// RedFlag is a session that reported sharp pain or tingling.
type RedFlag struct {
	Start   time.Time // on the clock it was rolled by
	Routine string    // routine id, as in the history
}

// Compute sums up recs, records that passed the history's door, over the
// weeks (1 to MaxWeeks) that end with the week of now. Records dated after
// today, made further east, count for today.
func Compute(recs []history.Record, now time.Time, weeks int, dayStarts time.Duration) Report {
	b := NewBuilder(now, weeks, dayStarts)
	for i := range recs {
		b.Add(&recs[i])
	}
	return b.Report()
}

// Builder sums up records one at a time, as Compute does all at once:
// it keeps only what falls in the report's weeks, so a history of any
// length is read in the memory of those weeks.
type Builder struct {
	r         Report
	today     time.Time
	dayStarts time.Duration
	started   map[string]time.Time // sessions by id: when each started
	areas     map[string]time.Duration
	tender    map[side]*Tender
	marked    map[side]map[string]bool // session ids, true when tender
}

type side struct{ exercise, side string }

// NewBuilder starts the report of the weeks (1 to MaxWeeks) that end with
// the week of now.
func NewBuilder(now time.Time, weeks int, dayStarts time.Duration) *Builder {
	weeks = min(max(weeks, 1), MaxWeeks)
	today := dateOf(now, dayStarts)
	monday := today.AddDate(0, 0, -(int(today.Weekday())+6)%7)
	r := Report{From: monday.AddDate(0, 0, -7*(weeks-1)), To: today}
	for i := range weeks {
		m := r.From.AddDate(0, 0, 7*i)
		y, n := m.ISOWeek()
		r.Weeks = append(r.Weeks, Week{Monday: m, Year: y, Number: n})
	}
	return &Builder{r: r, today: today, dayStarts: dayStarts, started: make(map[string]time.Time),
		areas: make(map[string]time.Duration), tender: make(map[side]*Tender), marked: make(map[side]map[string]bool)}
}

// days is how many days after the first Monday t falls: negative before.
func (b *Builder) days(t time.Time) int {
	d := dateOf(t, b.dayStarts)
	if d.After(b.today) {
		d = b.today
	}
	return int(d.Sub(b.r.From).Round(24*time.Hour) / (24 * time.Hour))
}

// Add counts rec, a record that passed the history's door.
func (b *Builder) Add(rec *history.Record) {
	day := b.days(rec.Start)
	// A session counts in the week it started: at its own record, or at
	// its first hold when it has none (the app ended before it could
	// say). Sessions last minutes: one that started over a day before the
	// first Monday is not the report's, and is not kept.
	if id, ok := history.SessionOf(rec); ok && day >= -1 {
		if s, ok := b.started[id]; !ok || rec.Start.Before(s) {
			b.started[id] = rec.Start
		}
	}
	if day < 0 {
		return
	}
	r, i := &b.r, day/7
	switch rec.Kind {
	case history.KindHold:
		d := rec.Rolled()
		r.Weeks[i].Rolled += d
		r.Rolled += d
		b.areas[rec.Exercise] += d
		k := side{rec.Exercise, rec.Side}
		if b.marked[k] == nil {
			b.marked[k], b.tender[k] = make(map[string]bool), &Tender{Exercise: rec.Exercise, Side: rec.Side}
		}
		b.tender[k].Spots += rec.Tender
		b.marked[k][rec.Session] = b.marked[k][rec.Session] || rec.Tender > 0
	case history.KindSession:
		if rec.FeelBefore != nil || rec.FeelAfter != nil {
			r.Feel = append(r.Feel, Feel{rec.Start, r.From.AddDate(0, 0, day), rec.FeelBefore, rec.FeelAfter})
		}
		if rec.RedFlag {
			r.RedFlags = append(r.RedFlags, RedFlag{rec.Start, rec.Routine})
		}
	}
}

// Report is the report of the records added so far.
func (b *Builder) Report() Report {
	r := b.r
	r.Weeks = slices.Clone(r.Weeks)
	for _, s := range b.started {
		if day := b.days(s); day >= 0 {
			r.Weeks[day/7].Sessions++
			r.Sessions++
		}
	}
	for ex, d := range b.areas {
		r.Areas = append(r.Areas, Area{ex, d})
	}
	slices.SortFunc(r.Areas, func(a, b Area) int {
		return cmp.Or(cmp.Compare(b.Rolled, a.Rolled), cmp.Compare(a.Exercise, b.Exercise))
	})
	for k, t := range b.tender {
		if t.Spots == 0 {
			continue
		}
		t := *t
		for _, yes := range b.marked[k] {
			t.Of++
			if yes {
				t.Sessions++
			}
		}
		r.Tender = append(r.Tender, t)
	}
	slices.SortFunc(r.Tender, func(a, b Tender) int {
		return cmp.Or(cmp.Compare(b.Spots, a.Spots), cmp.Compare(a.Exercise, b.Exercise), cmp.Compare(a.Side, b.Side))
	})
	r.Feel = slices.Clone(r.Feel)
	r.RedFlags = slices.Clone(r.RedFlags)
	slices.SortStableFunc(r.Feel, func(a, b Feel) int { return a.Start.Compare(b.Start) })
	slices.SortStableFunc(r.RedFlags, func(a, b RedFlag) int { return a.Start.Compare(b.Start) })
	return r
}

// dateOf is the date of t on its own clock, a time before dayStarts
// counting as the day before.
func dateOf(t time.Time, dayStarts time.Duration) time.Time {
	y, m, d := t.Add(-dayStarts).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// exerciseName names an exercise, or one side of it, as the app does; an
// id this version does not know (from a newer backroll) stands as it is,
// made inert.
func exerciseName(id, side string) string {
	ex, ok := content.ExerciseByID(id)
	if !ok {
		return text.Inert(strings.TrimSpace(side + " " + id))
	}
	return coach.Step{Exercise: ex, Side: side}.Title()
}
