// Package calendar writes iCalendar files (RFC 5545): a daily reminder to
// roll, for those who would rather not install a timer, and the history's
// sessions as past events.
package calendar

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

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
	y, m, d := now.Date()
	start := time.Date(y, m, d, hour, minute, 0, 0, time.UTC) // its wall clock only
	l := &lines{w: w}
	l.write(calendarHead)
	l.write("BEGIN:VEVENT" + newLine)
	l.text("UID", fmt.Sprintf("remind-%02d%02d%s", hour, minute, uidDomain))
	l.utc("DTSTAMP", now)
	l.line("DTSTART:" + start.Format(floating))
	l.line("DTEND:" + start.Add(5*time.Minute).Format(floating))
	l.line("RRULE:FREQ=DAILY")
	l.text("SUMMARY", "Foam roll before bed")
	l.text("DESCRIPTION", "Five minutes on the roller before bed: run backroll start.")
	l.text("TRANSP", "TRANSPARENT")
	l.write("BEGIN:VALARM" + newLine)
	l.text("ACTION", "DISPLAY")
	l.line("TRIGGER:PT0S")
	l.text("DESCRIPTION", "Five minutes on the roller before bed?")
	l.write("END:VALARM" + newLine + "END:VEVENT" + newLine + "END:VCALENDAR" + newLine)
	return l.err
}

// calendarHead begins every calendar backroll writes.
const calendarHead = "BEGIN:VCALENDAR" + newLine + "VERSION:2.0" + newLine + "PRODID:" + productID + newLine +
	"CALSCALE:GREGORIAN" + newLine

// Sessions writes each session in recs as an event (see NewSessions).
func Sessions(w io.Writer, recs []history.Record) error {
	e := NewSessions(w)
	for i := range recs {
		if err := e.Write(&recs[i]); err != nil {
			return err
		}
	}
	return e.Close()
}

// NewSessions exports the history to w as a calendar of its sessions, one
// record at a time: the routine and the time rolled in each event's title;
// each area with its time, and how the back felt before and after when
// rated, in its description. An event's UID is its session's id and its
// stamp the session's end, so that the same history exports to the same
// file, and importing it again adds nothing.
//
// A session's holds come before its own record, written when it ends: the
// event is written then, and only the sessions still open are held.
// Sessions that never got their record (the program was stopped) are
// written at Close, dated by their holds.
func NewSessions(w io.Writer) history.Exporter {
	return &sessions{w: w, open: map[string]*session{}}
}

type sessions struct {
	w       io.Writer
	started bool
	open    map[string]*session
}

func (e *sessions) Write(r *history.Record) error {
	if r.Kind != history.KindHold && r.Kind != history.KindSession || r.Session == "" {
		return nil
	}
	s := e.open[r.Session]
	if s == nil {
		s = &session{id: r.Session, start: r.Start, end: r.Start}
		e.open[r.Session] = s
	}
	s.add(r)
	if !s.hasRecord {
		return nil
	}
	delete(e.open, r.Session)
	return e.write(s)
}

// ErrNoSessions is Close's answer for a history with no session: a
// calendar must hold at least one event (RFC 5545, 3.6), and an empty one
// that some readers take and others reject helps nobody. Nothing is
// written then.
var ErrNoSessions = errors.New("no sessions to export yet: a calendar file needs at least one event")

func (e *sessions) Close() error {
	left := slices.SortedFunc(maps.Values(e.open), func(a, b *session) int { return a.start.Compare(b.start) })
	for _, s := range left {
		if err := e.write(s); err != nil {
			return err
		}
	}
	if !e.started {
		return ErrNoSessions
	}
	_, err := io.WriteString(e.w, "END:VCALENDAR\r\n")
	return err
}

func (e *sessions) begin() error {
	if e.started {
		return nil
	}
	e.started = true
	_, err := io.WriteString(e.w, calendarHead)
	return err
}

func (e *sessions) write(s *session) error {
	if err := e.begin(); err != nil {
		return err
	}
	title := "Foam rolling, " + coach.Clock(s.rolled)
	if s.routine != "" {
		title = "Foam rolling: " + s.routine + ", " + coach.Clock(s.rolled)
	}
	l := &lines{w: e.w}
	l.write("BEGIN:VEVENT" + newLine)
	l.text("UID", s.id+uidDomain)
	l.utc("DTSTAMP", s.end)
	l.utc("DTSTART", s.start)
	l.utc("DTEND", s.end)
	l.text("SUMMARY", title)
	l.text("DESCRIPTION", s.description())
	l.text("TRANSP", "TRANSPARENT")
	l.write("END:VEVENT" + newLine)
	return l.err
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

// add counts r, a hold or the session's own record, in. A session with
// no record of its own is dated by its holds.
func (s *session) add(r *history.Record) {
	if r.Kind == history.KindSession {
		s.hasRecord, s.start, s.routine = true, r.Start, r.Routine
		s.end = later(r.End, r.Start)
		s.before, s.after, s.redFlag = r.FeelBefore, r.FeelAfter, r.RedFlag
		return
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
