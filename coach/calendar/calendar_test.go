package calendar

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach/history"
)

var cet = time.FixedZone("CET", 3600)

func reminder(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Reminder(&b, 21, 30, time.Date(2026, 12, 9, 18, 0, 0, 0, cet)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func ptr(n int) *int { return &n }

// history is two sessions, the later first in the file as a merge leaves
// them, one without its session record, plus a pause that is no event.
func sessionsICS(t *testing.T) []byte {
	t.Helper()
	at := func(day, h, m, s int) time.Time { return time.Date(2026, 12, day, h, m, s, 0, cet) }
	hold := func(session, ex, side string, start time.Time, secs int) history.Record {
		return history.Record{V: 1, ID: session + ex + side, Session: session, Kind: history.KindHold,
			Exercise: ex, Side: side, Start: start, PlannedS: 60, RolledS: secs, Completed: secs == 60}
	}
	recs := []history.Record{
		hold("b2", "mid-back", "", at(8, 21, 0, 10), 60),
		hold("b2", "glutes", "left", at(8, 21, 1, 20), 60),
		hold("b2", "glutes", "right", at(8, 21, 2, 30), 45),
		{V: 1, ID: "s2", Session: "b2", Kind: history.KindSession, Start: at(8, 21, 0, 0), End: at(8, 21, 5, 0),
			Routine: "nightly", FeelBefore: ptr(6), FeelAfter: ptr(3)},
		{V: 1, ID: "p", Kind: history.KindPause, Start: at(7, 8, 0, 0), End: at(9, 8, 0, 0)},
		hold("a1", "lats", "left", at(6, 22, 0, 0), 60),
		hold("a1", "lats", "left", at(6, 22, 1, 30), 15), // back to it with k or b
		hold("a1", "not-known-yet", "", at(6, 22, 3, 0), 30),
	}
	var b bytes.Buffer
	if err := Sessions(&b, recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGoldenReminder(t *testing.T) { golden.RequireEqual(t, reminder(t)) }
func TestGoldenSessions(t *testing.T) { golden.RequireEqual(t, sessionsICS(t)) }

// The library reads back what it wrote.
func TestReminderParsesBack(t *testing.T) {
	cal, err := ics.ParseCalendar(bytes.NewReader(reminder(t)))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d events, want 1", len(events))
	}
	e := events[0]
	if p := e.GetProperty(ics.ComponentPropertyRrule); p == nil || p.Value != "FREQ=DAILY" {
		t.Errorf("RRULE %v", p)
	}
	if p := e.GetProperty(ics.ComponentPropertyDtStart); p == nil || p.Value != "20261209T213000" {
		t.Errorf("DTSTART %v, want the floating 20261209T213000", p)
	}
	alarms := e.Alarms()
	if len(alarms) != 1 || alarms[0].GetProperty(ics.ComponentPropertyAction).Value != "DISPLAY" ||
		alarms[0].GetProperty(ics.ComponentPropertyTrigger).Value != "PT0S" {
		t.Errorf("alarms %+v", alarms)
	}
}

func TestSessionsParseBack(t *testing.T) {
	cal, err := ics.ParseCalendar(bytes.NewReader(sessionsICS(t)))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) != 2 {
		t.Fatalf("%d events, want 2 (the pause is none)", len(events))
	}
	// b2 is written when its record comes; a1, which has none, at the end.
	second, first := events[0], events[1]
	if first.Id() != "a1@backroll.local" || second.Id() != "b2@backroll.local" {
		t.Fatalf("events %s, %s; want b2's, then a1's", second.Id(), first.Id())
	}
	start, err := first.GetStartAt()
	if err != nil || !start.Equal(time.Date(2026, 12, 6, 22, 0, 0, 0, cet)) {
		t.Errorf("first starts %v, %v: want the earlier session, dated by its holds", start, err)
	}
	if end, _ := first.GetEndAt(); !end.Equal(time.Date(2026, 12, 6, 22, 3, 30, 0, cet)) {
		t.Errorf("first ends %v", end)
	}
	desc := second.GetProperty(ics.ComponentPropertyDescription).Value
	for _, want := range []string{"Rolled 2:45 in all.", "Mid-back: 1:00", "Left glute: 1:00", "Right glute: 0:45", "6 before, 3 after"} {
		if !strings.Contains(desc, want) {
			t.Errorf("description %q lacks %q", desc, want)
		}
	}
	if s := second.GetProperty(ics.ComponentPropertySummary).Value; s != "Foam rolling: nightly, 2:45" {
		t.Errorf("summary %q", s)
	}
	if d := first.GetProperty(ics.ComponentPropertyDescription).Value; !strings.Contains(d, "Left lat: 1:15") ||
		!strings.Contains(d, "not-known-yet: 0:30") || strings.Contains(d, "felt") {
		t.Errorf("first description %q", d)
	}
}

// A second reader, written from RFC 5545 alone: CRLF lines of at most 75
// octets, folded lines unfolded, components balanced, and each event with
// the properties the RFC requires.
func read5545(t *testing.T, data []byte) []map[string][]string {
	t.Helper()
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") {
		t.Fatal("lines must end in CRLF, and only there")
	}
	var lines []string
	for _, raw := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(raw) > 75 {
			t.Errorf("line of %d octets: %q", len(raw), raw)
		}
		if raw != "" && (raw[0] == ' ' || raw[0] == '\t') && len(lines) > 0 {
			lines[len(lines)-1] += raw[1:] // 3.1: unfold
			continue
		}
		lines = append(lines, raw)
	}
	var stack []string
	var events []map[string][]string
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("no colon in %q", l)
		}
		name, _, _ = strings.Cut(name, ";")
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			if value == "VEVENT" {
				events = append(events, map[string][]string{})
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("END:%s does not close %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			continue
		}
		if len(stack) >= 2 && stack[1] == "VEVENT" {
			key := strings.Join(append(stack[2:], name), "/")
			events[len(events)-1][key] = append(events[len(events)-1][key], value)
		}
	}
	if len(stack) != 0 || len(lines) == 0 || lines[0] != "BEGIN:VCALENDAR" {
		t.Fatalf("unbalanced or not a calendar: %v", stack)
	}
	for _, e := range events {
		for _, required := range []string{"UID", "DTSTAMP", "DTSTART"} {
			if len(e[required]) != 1 {
				t.Errorf("event %v: %s %d times, want once", e["UID"], required, len(e[required]))
			}
		}
	}
	return events
}

func TestReminderBySecondReader(t *testing.T) {
	events := read5545(t, reminder(t))
	if len(events) != 1 {
		t.Fatalf("%d events", len(events))
	}
	e := events[0]
	if got := e["RRULE"]; len(got) != 1 || got[0] != "FREQ=DAILY" {
		t.Errorf("RRULE %v", got)
	}
	// 3.6.6: a DISPLAY alarm needs ACTION, TRIGGER and DESCRIPTION.
	for _, p := range []string{"VALARM/ACTION", "VALARM/TRIGGER", "VALARM/DESCRIPTION"} {
		if len(e[p]) != 1 {
			t.Errorf("%s: %v", p, e[p])
		}
	}
}

func TestSessionsBySecondReader(t *testing.T) {
	events := read5545(t, sessionsICS(t))
	if len(events) != 2 {
		t.Fatalf("%d events", len(events))
	}
	for _, e := range events {
		if len(e["DTEND"]) != 1 || !strings.HasSuffix(e["DTSTART"][0], "Z") {
			t.Errorf("event %v: times %v to %v, want UTC", e["UID"], e["DTSTART"], e["DTEND"])
		}
		if len(e["RRULE"]) != 0 || len(e["VALARM/ACTION"]) != 0 {
			t.Errorf("a past session repeats or rings: %v", e)
		}
	}
	if d := events[0]["DESCRIPTION"][0]; !strings.Contains(d, `\nMid-back: 1:00\n`) {
		t.Errorf("description %q: lines escaped as \\n", d)
	}
}
