package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

// sampleStats is four months of a person who rolls most evenings, rates
// how the back feels, and keeps finding the left glute tender.
func sampleStats(now time.Time) streak.Stats {
	var recs []history.Record
	day := now.AddDate(0, 0, -120)
	for i := 0; !day.After(now); i, day = i+1, day.AddDate(0, 0, 1) {
		if i%9 == 4 || i%13 == 0 {
			continue // a missed evening now and then
		}
		session := history.NewID()
		at := time.Date(day.Year(), day.Month(), day.Day(), 21, 30, 0, 0, now.Location())
		holds := []struct{ ex, side string }{{"mid-back", ""}, {"glutes", "left"}, {"glutes", "right"}}
		if i%3 == 0 {
			holds = append(holds, struct{ ex, side string }{"lats", "left"}, struct{ ex, side string }{"lats", "right"})
		}
		for k, h := range holds {
			tender := 0
			if h.ex == "glutes" && h.side == "left" && i%5 != 0 {
				tender = 1
			}
			recs = append(recs, history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindHold,
				Exercise: h.ex, Side: h.side, Start: at.Add(time.Duration(k) * 65 * time.Second),
				PlannedS: 60, RolledS: 60, Completed: true, Tender: tender})
		}
		before, after := 3+i%5, 1+i%3
		recs = append(recs, history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindSession,
			Start: at, End: at.Add(5 * time.Minute), Routine: "nightly", FeelBefore: &before, FeelAfter: &after})
	}
	return streak.Compute(history.Result{Records: recs}, streak.DefaultSettings(), now)
}

func TestProgressScreen(t *testing.T) {
	j := &journal{stats: sampleStats(t0)}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	homeTo(t, m, "Progress")
	_, cmd := m.Update(keyMsg("enter"))
	runAll(m, cmd)
	if m.active != progressScreen {
		t.Fatalf("screen %v", m.active)
	}
	golden.RequireEqual(t, shown(m))
	press(m, "esc")
	if m.active != homeScreen {
		t.Fatal("esc did not go home")
	}
}

// Time rolled reads as the rest of the app shows it: never "0 min" for half
// a minute beside a bar that shows something, nor seconds under a heading
// in minutes.
func TestMinutesText(t *testing.T) {
	for m, want := range map[float64]string{0: "0:00", 0.5: "0:30", 0.01: "0:01", 59.9 / 60: "1:00", 1: "1:00", 59.5: "59:30", 60: "1 h 0 min", 74.4: "1 h 14 min", 198: "3 h 18 min"} {
		if got := minutesText(m); got != want {
			t.Errorf("minutesText(%v) = %q, want %q", m, got, want)
		}
	}
}

// Tender spots read as people say them: not "1 of the last 1 sessions".
func TestTenderLines(t *testing.T) {
	s := newStyles(true, false)
	for _, tc := range []struct {
		tender, sessions int
		want             string
	}{
		{1, 1, "left glute: in your last session"},
		{2, 2, "left glute: in each of the last 2 sessions"},
		{3, 5, "left glute: in 3 of the last 5 sessions"},
	} {
		got := ansi.Strip(strings.Join(tenderLines(&s, []streak.Tender{{Exercise: "glutes", Side: "left", Tender: tc.tender, Sessions: tc.sessions}}, 76), ""))
		if !strings.HasSuffix(got, tc.want) {
			t.Errorf("%d of %d: %q, want it to end %q", tc.tender, tc.sessions, got, tc.want)
		}
	}
}

// The calendar names each month over the week that holds its first day,
// the last column's too.
func TestHeatmapMonths(t *testing.T) {
	var days []streak.Day
	end := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC) // a Wednesday: its week began on 30 November
	for d := end.AddDate(0, 0, -7*25-2); !d.After(end); d = d.AddDate(0, 0, 1) {
		days = append(days, streak.Day{Date: d.Format(time.DateOnly)})
	}
	st := newStyles(true, false)
	months := ansi.Strip(heatmap(&st, days)[0])
	if !strings.HasSuffix(months, "Dec") || !strings.Contains(months, " Jul Aug ") || strings.Contains(months, "JunJul") {
		t.Fatalf("month row %q; want every name apart, ending with Dec over the last week", months)
	}
	if col, want := strings.Index(months, "Dec"), 1+4+(len(days)+6)/7-1; col != want {
		t.Fatalf("Dec at column %d, want %d (the last week's): %q", col, want, months)
	}
}

// The bars start in one column, however long an area's name.
func TestAreaBarsLineUp(t *testing.T) {
	lines := areaLines(&Styles{}, map[string]float64{"glutes": 4, content.MidBackWall: 2.5, "a-very-long-id-from-a-synced-file": 1})
	col := -1
	for _, l := range lines[1:] {
		i := ansi.StringWidth(l[:strings.IndexRune(l, '█')]) // in cells
		if col == -1 {
			col = i
		}
		if i != col || i > maxAreaName+2 {
			t.Errorf("bar at %d, want %d (at most %d): %q", i, col, maxAreaName+2, l)
		}
	}
}

// An error from the history, which may quote a file name with anything in
// it, is shown with its controls written out, never sent.
func TestProgressErrorInert(t *testing.T) {
	j := &journal{fail: errors.New("cannot read /sync/\x1b]52;c;SU5K\x07\u009b2J\u202ehistory.jsonl: permission denied")}
	m, _ := newModel(t, Options{Journal: j})
	runAll(m, m.Init())
	homeTo(t, m, "Progress")
	_, cmd := m.Update(keyMsg("enter"))
	runAll(m, cmd)
	view := m.View().Content
	if strings.Contains(view, "\x1b]52") || strings.ContainsAny(view, "\x07\u009b\u202e") {
		t.Errorf("the error reached the screen raw: %q", view)
	}
	if !strings.Contains(ansi.Strip(view), `\x1b]52;c;SU5K\x07\u009b2J\u202ehistory.jsonl`) {
		t.Errorf("the error is not shown written out:\n%s", ansi.Strip(view))
	}
}
