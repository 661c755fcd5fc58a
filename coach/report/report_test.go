package report_test

import (
	"bytes"
	"encoding/xml"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/report"
)

// now is Wednesday 13 March 2024, in ISO week 11, the last of a made-up
// history that starts in week 8.
var now = time.Date(2024, 3, 13, 20, 0, 0, 0, time.FixedZone("CET", 3600))

const dayStarts = 4 * time.Hour

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func hold(session, start, exercise, side string, rolled, tender int) history.Record {
	return history.Record{V: 1, ID: session + start + side, Session: session, Kind: history.KindHold,
		Exercise: exercise, Side: side, Start: at(start), PlannedS: rolled, RolledS: rolled, Completed: true, Tender: tender}
}

func session(id, start, routine string, before, after *int, redFlag bool) history.Record {
	return history.Record{V: 1, ID: "r" + id, Session: id, Kind: history.KindSession, Start: at(start),
		End: at(start).Add(5 * time.Minute), Routine: routine, FeelBefore: before, FeelAfter: after, RedFlag: redFlag}
}

func rate(v int) *int { return &v }

// records is three weeks of rolling and one from before them:
//
//	week 9  (Mon 26 Feb)  s1: 3:30, feel 6 → 3, two tender spots on the left glute
//	week 10 (Mon 4 Mar)   s2 at 00:30 on Tuesday, which counts for Monday: 1:45,
//	                      feel 7 → not rated, a red flag, a tender spot;
//	                      s3 in New York with no session record: 1:00
//	week 11 (Mon 11 Mar)  s4: 3:00, feel 4 → 2; s5 dated tomorrow further east: 0:30
func records() []history.Record {
	return []history.Record{
		hold("s0", "2024-02-20T21:00:00+01:00", "glutes", "left", 60, 1),
		session("s0", "2024-02-20T21:00:00+01:00", "glutes", rate(9), rate(9), true),

		session("s1", "2024-02-26T21:00:00+01:00", "nightly", rate(6), rate(3), false),
		hold("s1", "2024-02-26T21:00:10+01:00", "mid-back", "", 90, 0),
		hold("s1", "2024-02-26T21:02:00+01:00", "glutes", "left", 60, 2),
		hold("s1", "2024-02-26T21:03:10+01:00", "glutes", "right", 60, 0),

		session("s2", "2024-03-05T00:30:00+01:00", "glutes", rate(7), nil, true),
		hold("s2", "2024-03-05T00:30:10+01:00", "glutes", "left", 60, 1),
		hold("s2", "2024-03-05T00:31:20+01:00", "glutes", "right", 45, 0),

		hold("s3", "2024-03-07T07:30:00-05:00", "lats", "left", 30, 0),
		hold("s3", "2024-03-07T07:31:00-05:00", "lats", "right", 30, 0),

		{V: 1, ID: "p1", Kind: history.KindPause, Start: at("2024-03-08T08:00:00+01:00"), End: at("2024-03-10T08:00:00+01:00")},

		session("s4", "2024-03-12T21:00:00+01:00", "nightly", rate(4), rate(2), false),
		hold("s4", "2024-03-12T21:00:10+01:00", "mid-back", "", 120, 0),
		hold("s4", "2024-03-12T21:02:20+01:00", "glutes", "left", 60, 0),

		hold("s5", "2024-03-14T07:00:00+13:00", "lats", "left", 30, 0),
	}
}

func TestCompute(t *testing.T) {
	r := report.Compute(records(), now, 3, dayStarts)
	if got := r.From.Format(time.DateOnly) + " " + r.To.Format(time.DateOnly); got != "2024-02-26 2024-03-13" {
		t.Errorf("from, to = %s", got)
	}
	if r.Sessions != 5 || r.Rolled != 585*time.Second {
		t.Errorf("%d sessions, %v rolled; want 5, 9m45s", r.Sessions, r.Rolled)
	}
	var weeks []string
	for _, w := range r.Weeks {
		weeks = append(weeks, w.Label()+" "+w.Monday.Format("Jan 2")+" "+strconv.Itoa(w.Sessions)+" "+w.Rolled.String())
	}
	if got, want := strings.Join(weeks, "; "), "2024-W09 Feb 26 1 3m30s; 2024-W10 Mar 4 2 2m45s; 2024-W11 Mar 11 2 3m30s"; got != want {
		t.Errorf("weeks:\n got %s\nwant %s", got, want)
	}
	var areas []string
	for _, a := range r.Areas {
		areas = append(areas, a.Name()+" "+a.Rolled.String())
	}
	if got, want := strings.Join(areas, "; "), "Glutes 4m45s; Mid-back 3m30s; Lats 1m30s"; got != want {
		t.Errorf("areas: got %s, want %s", got, want)
	}
	if len(r.Tender) != 1 || r.Tender[0] != (report.Tender{Exercise: "glutes", Side: "left", Spots: 3, Sessions: 2, Of: 3}) {
		t.Errorf("tender: %+v", r.Tender)
	}
	if r.Tender[0].Name() != "Left glute" {
		t.Errorf("tender name %q", r.Tender[0].Name())
	}
	var feel []string
	for _, f := range r.Feel {
		feel = append(feel, f.Day.Format("Jan 2")+" "+rating(f.Before)+">"+rating(f.After))
	}
	if got, want := strings.Join(feel, "; "), "Feb 26 6>3; Mar 4 7>-; Mar 12 4>2"; got != want {
		t.Errorf("feel: got %s, want %s", got, want)
	}
	if len(r.RedFlags) != 1 || !r.RedFlags[0].Start.Equal(at("2024-03-05T00:30:00+01:00")) || r.RedFlags[0].Routine != "glutes" {
		t.Errorf("red flags: %+v", r.RedFlags)
	}

	// A fourth week reaches back to s0.
	r = report.Compute(records(), now, 4, dayStarts)
	if r.Sessions != 6 || len(r.RedFlags) != 2 || r.Weeks[0].Label() != "2024-W08" {
		t.Errorf("4 weeks: %d sessions, %d red flags, from %s", r.Sessions, len(r.RedFlags), r.Weeks[0].Label())
	}
}

func rating(v *int) string {
	if v == nil {
		return "-"
	}
	return strconv.Itoa(*v)
}

// The text report, read as it stands in testdata (go test -update writes
// it anew), fits 80 columns.
func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := report.WriteText(&b, report.Compute(records(), now, 3, dayStarts)); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(b.String(), "\n") {
		if w := ansi.StringWidth(line); w > 80 {
			t.Errorf("line %d is %d columns: %s", i+1, w, line)
		}
	}
	golden.RequireEqual(t, b.Bytes())
}

// svg is what the charts are checked by: every shape, with its title.
type svg struct {
	ID     string  `xml:"id,attr"`
	Groups []group `xml:"g"`
	Dots   []shape `xml:"circle"`
}

type group struct {
	Class string  `xml:"class,attr"`
	Title string  `xml:"title"`
	Rects []shape `xml:"rect"`
	Texts []shape `xml:"text"`
}

type shape struct {
	Class  string  `xml:"class,attr"`
	Y      float64 `xml:"y,attr"`
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	CY     float64 `xml:"cy,attr"`
	Text   string  `xml:",chardata"`
	Title  string  `xml:"title"`
}

// charts parses each SVG of the page as XML, by its id.
func charts(t *testing.T, page string) map[string]svg {
	t.Helper()
	out := make(map[string]svg)
	for _, raw := range regexp.MustCompile(`(?s)<svg .*?</svg>`).FindAllString(page, -1) {
		var s svg
		if err := xml.Unmarshal([]byte(raw), &s); err != nil {
			t.Fatalf("not XML: %v\n%s", err, raw)
		}
		out[s.ID] = s
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) <= 0.05 }

// The HTML report's charts draw the figures of the history they came from:
// each bar as long as its time, relative to the longest, under its label;
// each rating at its height.
func TestHTMLCharts(t *testing.T) {
	var b strings.Builder
	if err := report.WriteHTML(&b, report.Compute(records(), now, 3, dayStarts)); err != nil {
		t.Fatal(err)
	}
	c := charts(t, b.String())

	// Weeks: 3:30, 2:45 and 3:30 rolled, the longest 152 units high.
	weeks := c["weeks"].Groups
	want := []struct {
		label, value string
		seconds      float64
		sessions     string
	}{{"W09", "3:30", 210, "1 session"}, {"W10", "2:45", 165, "2 sessions"}, {"W11", "3:30", 210, "2 sessions"}}
	if len(weeks) != len(want) {
		t.Fatalf("%d week bars, want %d", len(weeks), len(want))
	}
	full := weeks[0].Rects[0].Height
	if full != 152 {
		t.Errorf("the longest week is %v high, want 152", full)
	}
	for i, w := range want {
		g := weeks[i]
		if h := g.Rects[0].Height; !near(h, w.seconds/210*full) {
			t.Errorf("%s: bar %v high, want %v", w.label, h, w.seconds/210*full)
		}
		if base := g.Rects[0].Y + g.Rects[0].Height; base != 176 {
			t.Errorf("%s: bar stands on %v, want 176", w.label, base)
		}
		texts := map[string]string{}
		for _, s := range g.Texts {
			texts[strings.Fields(s.Class)[0]] = s.Text
		}
		if texts["label"] != w.label || texts["value"] != w.value {
			t.Errorf("week %d labelled %q, %q; want %q, %q", i, texts["label"], texts["value"], w.label, w.value)
		}
		if !strings.Contains(g.Title, w.sessions+", "+w.value+" rolled") {
			t.Errorf("%s: title %q lacks %q", w.label, g.Title, w.sessions)
		}
	}

	// Areas: 4:45, 3:30 and 1:30, the longest 420 units wide.
	areas := c["areas"].Groups
	wantAreas := []struct {
		name    string
		seconds float64
	}{{"Glutes", 285}, {"Mid-back", 210}, {"Lats", 90}}
	if len(areas) != len(wantAreas) {
		t.Fatalf("%d area bars, want %d", len(areas), len(wantAreas))
	}
	for i, a := range wantAreas {
		g := areas[i]
		if w := g.Rects[0].Width; !near(w, a.seconds/285*420) {
			t.Errorf("%s: bar %v wide, want %v", a.name, w, a.seconds/285*420)
		}
		if g.Texts[0].Text != a.name {
			t.Errorf("area %d named %q, want %q", i, g.Texts[0].Text, a.name)
		}
	}

	// Feel: 10 (very sore) at 30, 0 (fine) at 188; the dots before, then
	// after, in the order the sessions were rolled.
	var dots []string
	for _, d := range c["feel"].Dots {
		if d.Title == "" {
			continue // the legend's
		}
		v := math.Round((188 - d.CY) / 158 * 10)
		if !near(d.CY, 188-v/10*158) {
			t.Errorf("dot at %v is between ratings", d.CY)
		}
		dots = append(dots, d.Class+" "+strconv.Itoa(int(v))+" "+d.Title)
	}
	wantDots := []string{
		"before 6 Mon 26 Feb 21:00: before 6",
		"before 7 Tue 5 Mar 00:30: before 7",
		"before 4 Tue 12 Mar 21:00: before 4",
		"after 3 Mon 26 Feb 21:00: after 3",
		"after 2 Tue 12 Mar 21:00: after 2",
	}
	if got := strings.Join(dots, "\n"); got != strings.Join(wantDots, "\n") {
		t.Errorf("feel dots:\n%s\nwant\n%s", got, strings.Join(wantDots, "\n"))
	}
}

// The page stands alone: no script, and nothing fetched (the only
// address is SVG's namespace).
func TestHTMLSelfContained(t *testing.T) {
	var b strings.Builder
	if err := report.WriteHTML(&b, report.Compute(records(), now, 8, dayStarts)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(strings.ToLower(page), "<script") {
		t.Error("the page has a script")
	}
	if n, ns := strings.Count(page, "http"), strings.Count(page, `xmlns="http://www.w3.org/2000/svg"`); n != 3 || ns != 3 {
		t.Errorf("%d addresses, %d of them SVG's namespace; want only the 3 charts'", n, ns)
	}
	if !strings.Contains(page, "not medical advice") || !strings.Contains(page, "8 weeks, Mon 22 Jan 2024 to Wed 13 Mar 2024") {
		t.Error("the page does not say what it is and when")
	}
	// The style is the page's as written: a printf once turned a % in it
	// into "%!;(MISSING)".
	if !strings.Contains(page, "svg { display: block; width: 100%; height: auto; }") || strings.Contains(page, "%!") {
		t.Error("the style is garbled")
	}
}

// A hostile string in a history is shown as text, with nothing a
// browser or a terminal would act on.
func TestHostileStrings(t *testing.T) {
	recs := append(records(),
		session("s9", "2024-03-13T08:00:00+01:00", "<script>alert(1)</script>\x1b[31m", nil, nil, true),
		hold("s9", "2024-03-13T08:00:10+01:00", "<img src=x onerror=alert(1)>\u202e", "left", 10, 1))
	r := report.Compute(recs, now, 3, dayStarts)
	var h, txt strings.Builder
	if err := report.WriteHTML(&h, r); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteText(&txt, r); err != nil {
		t.Fatal(err)
	}
	page := h.String()
	for _, bad := range []string{"<script", "<img", "\x1b", "\u202e"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("the strings are not shown as text")
	}
	charts(t, page) // every chart is still well-formed
	for _, bad := range []string{"\x1b", "\u202e"} {
		if strings.Contains(txt.String(), bad) {
			t.Errorf("the text holds %q", bad)
		}
	}
	if !strings.Contains(txt.String(), "<script>alert(1)</script>") {
		t.Errorf("the routine is not named:\n%s", txt.String())
	}
}
