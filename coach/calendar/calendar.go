// Package calendar writes iCalendar files (RFC 5545): a daily reminder to
// roll, for those who would rather not install a timer, and the history's
// sessions as past events.
package calendar

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/content"
)

const (
	productID = "-//backroll//backroll//EN"
	uidDomain = "@backroll.local"
	floating  = "20060102T150405" // a local time with no zone: the calendar's own
)

// Reminder writes a calendar with one event every day at hh:mm, from the
// day of now, with an alarm as it starts. The time floats (no zone): the
// reminder stays at bedtime wherever the calendar is. Its UID names the
// time, so importing it again updates the event rather than adding one.
func Reminder(w io.Writer, hour, minute int, now time.Time) error {
	cal := newCalendar()
	y, m, d := now.Date()
	start := time.Date(y, m, d, hour, minute, 0, 0, time.UTC) // its wall clock only
	e := cal.AddEvent(fmt.Sprintf("remind-%02d%02d%s", hour, minute, uidDomain))
	e.SetDtStampTime(now)
	e.SetProperty(ics.ComponentPropertyDtStart, start.Format(floating))
	e.SetProperty(ics.ComponentPropertyDtEnd, start.Add(5*time.Minute).Format(floating))
	e.AddRrule("FREQ=DAILY")
	e.SetSummary("Foam roll before bed")
	e.SetDescription("Five minutes on the roller before bed: run backroll start.")
	e.SetTimeTransparency(ics.TransparencyTransparent)
	a := e.AddAlarm()
	a.SetAction(ics.ActionDisplay)
	a.SetTrigger("PT0S")
	a.SetProperty(ics.ComponentPropertyDescription, "Five minutes on the roller before bed?")
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

// Sessions writes each session in recs as an event: the routine and the
// time rolled in its title; each area with its time, and how the back
// felt before and after when rated, in its description. An event's UID is
// its session's id and its stamp the session's end, so that the same
// history exports to the same file, and importing it again adds nothing.
func Sessions(w io.Writer, recs []history.Record) error {
	cal := newCalendar()
	for _, s := range group(recs) {
		e := cal.AddEvent(s.id + uidDomain)
		e.SetDtStampTime(s.end)
		e.SetStartAt(s.start)
		e.SetEndAt(s.end)
		title := "Foam rolling, " + coach.Clock(s.rolled)
		if s.routine != "" {
			title = "Foam rolling: " + s.routine + ", " + coach.Clock(s.rolled)
		}
		e.SetSummary(title)
		e.SetDescription(s.description())
		e.SetTimeTransparency(ics.TransparencyTransparent)
	}
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

func newCalendar() *ics.Calendar {
	cal := ics.NewCalendarFor("backroll")
	cal.SetProductId(productID)
	cal.SetCalscale("GREGORIAN")
	return cal
}

// session is a session's records gathered: its own record, when written,
// and its holds.
type session struct {
	id                 string
	start, end         time.Time
	routine            string
	rolled             time.Duration
	areas              []area
	before, after      *int
	redFlag, hasRecord bool
}

type area struct {
	exercise, side string
	rolled         time.Duration
}

// group gathers recs by session, in order of start. A session with no
// record of its own (the program stopped before writing it) is dated by
// its holds.
func group(recs []history.Record) []*session {
	byID := map[string]*session{}
	var all []*session
	for _, r := range recs {
		if r.Kind != history.KindHold && r.Kind != history.KindSession || r.Session == "" {
			continue
		}
		s := byID[r.Session]
		if s == nil {
			s = &session{id: r.Session, start: r.Start, end: r.Start}
			byID[r.Session] = s
			all = append(all, s)
		}
		if r.Kind == history.KindSession {
			s.hasRecord, s.start, s.routine = true, r.Start, r.Routine
			s.end = later(r.End, r.Start)
			s.before, s.after, s.redFlag = r.FeelBefore, r.FeelAfter, r.RedFlag
			continue
		}
		d := time.Duration(r.RolledS) * time.Second
		s.rolled += d
		if !s.hasRecord {
			s.start = earlier(s.start, r.Start)
			s.end = later(s.end, r.Start.Add(d))
		}
		i := slices.IndexFunc(s.areas, func(a area) bool { return a.exercise == r.Exercise && a.side == r.Side })
		if i < 0 {
			s.areas = append(s.areas, area{exercise: r.Exercise, side: r.Side})
			i = len(s.areas) - 1
		}
		s.areas[i].rolled += d
	}
	slices.SortStableFunc(all, func(a, b *session) int { return a.start.Compare(b.start) })
	return all
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func (s *session) description() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Rolled %s in all.\n", coach.Clock(s.rolled))
	for _, a := range s.areas {
		fmt.Fprintf(&b, "%s: %s\n", areaName(a.exercise, a.side), coach.Clock(a.rolled))
	}
	switch {
	case s.before != nil && s.after != nil:
		fmt.Fprintf(&b, "How the back felt (0 fine to 10 very sore): %d before, %d after.\n", *s.before, *s.after)
	case s.before != nil:
		fmt.Fprintf(&b, "How the back felt (0 fine to 10 very sore): %d before.\n", *s.before)
	case s.after != nil:
		fmt.Fprintf(&b, "How the back felt (0 fine to 10 very sore): %d after.\n", *s.after)
	}
	if s.redFlag {
		b.WriteString("Stopped on a sign to stop (sharp pain or tingling).\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// areaName is "Left glute" or "Mid-back"; an exercise this backroll does
// not know keeps its id, which the history's door made lowercase letters,
// digits and dashes.
func areaName(id, side string) string {
	e, ok := content.ExerciseByID(id)
	if !ok {
		return strings.TrimSpace(side + " " + id)
	}
	if side == "" || e.OneSide == "" {
		return e.Name
	}
	return strings.ToUpper(side[:1]) + side[1:] + " " + e.OneSide
}
