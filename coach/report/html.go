package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
)

// page is the whole page, its style for screen and print included.
//
//go:embed page.html
var page string

// WriteHTML writes r as one self-contained HTML page, its charts in SVG.
// The page has no script and fetches nothing: it opens and prints the
// same anywhere, offline, years later.
func WriteHTML(w io.Writer, r Report) error {
	p := htmlPage{Range: Range(r), About: About,
		Total:     sessions(r.Sessions) + ", " + coach.Clock(r.Rolled) + " rolled.",
		WeekChart: weekChart(r.Weeks), AreaChart: areaChart(r.Areas), FeelChart: feelChart(r), Rated: len(r.Feel) > 0,
		Made: r.To.Format("Mon 2 Jan 2006")}
	for _, wk := range r.Weeks {
		p.WeekLines = append(p.WeekLines, fmt.Sprintf("%s, from %s: %s, %s",
			wk.Label(), wk.Monday.Format("Mon 2 Jan 2006"), sessions(wk.Sessions), coach.Clock(wk.Rolled)))
	}
	for _, t := range r.Tender {
		p.TenderRows = append(p.TenderRows, tenderRow{t.Name(), t.Spots, t.Sessions, t.Of})
	}
	for _, f := range r.RedFlags {
		p.FlagRows = append(p.FlagRows, flagRow{f.Start.Format("Mon 2 Jan 15:04"), text.Inert(f.Routine)})
	}
	// Written whole or not at all: a page cut short by an error is worse
	// than none.
	// The template escapes every value for where it stands in the page
	// (text, attribute, SVG), so nothing from the history is ever markup.
	// It is parsed here, not when the program starts: every run but a
	// report would pay for it.
	t, err := template.New("report").Funcs(template.FuncMap{"num": num}).Parse(page)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return err
	}
	_, err = b.WriteTo(w)
	return err
}

func sessions(n int) string {
	if n == 1 {
		return "1 session"
	}
	return fmt.Sprintf("%d sessions", n)
}

// htmlPage is what the page shows, every figure laid out and every
// sentence made; the template only places it.
type htmlPage struct {
	Range, About, Total, Made string
	WeekChart                 chart
	WeekLines                 []string
	AreaChart                 chart
	FeelChart                 feelPlot
	Rated                     bool // any session rated: the feel chart is drawn
	TenderRows                []tenderRow
	FlagRows                  []flagRow
}

type tenderRow struct {
	Name                string
	Spots, Sessions, Of int
}

type flagRow struct{ When, Routine string }

// chart is a bar chart laid out in SVG units.
type chart struct {
	W, H float64
	Base float64 // the weeks' baseline
	Bars []svgBar
}

type svgBar struct {
	X, Y, W, H float64
	Label      string  // under the bar, or before it
	LabelX     float64 // where the label is anchored
	LabelY     float64
	Value      string // above the bar, or after it; "" for none
	ValueX     float64
	ValueY     float64
	Title      string // shown on pointing at the bar
}

// Sizes of the charts, in SVG units (about CSS pixels at full width).
const (
	chartW     = 680.0
	weekTop    = 24.0  // room for the values above the bars
	weekBase   = 176.0 // the baseline; the week labels go under it
	areaRow    = 26.0
	areaLeft   = 170.0 // the bars start after the names
	areaBarMax = 420.0
	labelEvery = 13 // at most this many labelled weeks
)

// weekChart is a bar of time rolled per week; with many weeks only some
// are labelled, so the labels never collide.
func weekChart(weeks []Week) chart {
	c := chart{W: chartW, H: weekBase + 22, Base: weekBase}
	var most time.Duration
	for _, wk := range weeks {
		most = max(most, wk.Rolled)
	}
	every := (len(weeks) + labelEvery - 1) / labelEvery
	col := (chartW - 16) / float64(len(weeks))
	for i, wk := range weeks {
		h := 0.0
		if most > 0 {
			h = round1(float64(wk.Rolled) / float64(most) * (weekBase - weekTop))
		}
		// A few weeks make wide columns; a bar stays a bar.
		w := min(col*0.6, 56)
		b := svgBar{
			X: round1(8 + float64(i)*col + (col-w)/2), W: round1(w), H: h, Y: round1(weekBase - h),
			Title: fmt.Sprintf("%s, from %s: %d %s, %s rolled", wk.Label(), wk.Monday.Format("Mon 2 Jan 2006"),
				wk.Sessions, plural(wk.Sessions, "session"), coach.Clock(wk.Rolled)),
		}
		mid := round1(b.X + b.W/2)
		if i%every == 0 {
			b.Label, b.LabelX, b.LabelY = fmt.Sprintf("W%02d", wk.Number), mid, weekBase+16
		}
		if every == 1 && wk.Rolled > 0 {
			b.Value, b.ValueX, b.ValueY = coach.Clock(wk.Rolled), mid, round1(b.Y-5)
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// areaChart is a row per area: its name, a bar and its time.
func areaChart(areas []Area) chart {
	c := chart{W: chartW, H: areaRow * float64(len(areas))}
	if len(areas) == 0 {
		return c
	}
	most := areas[0].Rolled
	for i, a := range areas {
		top := areaRow * float64(i)
		w := 0.0
		if most > 0 {
			w = round1(float64(a.Rolled) / float64(most) * areaBarMax)
		}
		c.Bars = append(c.Bars, svgBar{
			X: areaLeft, Y: top + 5, W: w, H: areaRow - 10,
			Label: a.Name(), LabelX: 0, LabelY: top + 17,
			Value: coach.Clock(a.Rolled), ValueX: round1(areaLeft + w + 6), ValueY: top + 17,
			Title: a.Name() + ": " + coach.Clock(a.Rolled) + " rolled",
		})
	}
	return c
}

// feelPlot is the ratings over the report's days: 0 at the bottom, 10 at
// the top, before and after each a line through its dots.
type feelPlot struct {
	W, H          float64
	Left, Right   float64
	Top, Bottom   float64
	Grid          []tick // across, at 0, 5 and 10
	Days          []tick // along, at each labelled Monday
	Before, After series
}

type tick struct {
	At    float64
	Label string
}

type series struct {
	Points string // for the polyline
	Dots   []dot
}

type dot struct {
	X, Y  float64
	Value int
	Title string
}

const (
	feelLeft, feelRight = 36.0, 668.0
	feelTop, feelBottom = 30.0, 188.0
)

func feelChart(r Report) feelPlot {
	p := feelPlot{W: chartW, H: feelBottom + 22, Left: feelLeft, Right: feelRight, Top: feelTop, Bottom: feelBottom}
	for _, v := range []int{0, 5, 10} {
		p.Grid = append(p.Grid, tick{feelY(v), strconv.Itoa(v)})
	}
	// along is where a point in the report's days sits: 0 its first
	// moment, 0.5 the middle of its first day.
	total := float64(len(r.Weeks) * 7)
	along := func(day time.Time, frac float64) float64 {
		return round1(feelLeft + (day.Sub(r.From).Hours()/24+frac)/total*(feelRight-feelLeft))
	}
	every := (len(r.Weeks) + labelEvery - 1) / labelEvery
	for i, wk := range r.Weeks {
		if i%every == 0 {
			p.Days = append(p.Days, tick{along(wk.Monday, 0), wk.Monday.Format("2 Jan")})
		}
	}
	add := func(s *series, v *int, f Feel, name string) {
		if v == nil {
			return
		}
		d := dot{X: along(f.Day, 0.5), Y: feelY(*v), Value: *v,
			Title: fmt.Sprintf("%s: %s %d", f.Start.Format("Mon 2 Jan 15:04"), name, *v)}
		s.Dots = append(s.Dots, d)
		s.Points = strings.TrimSpace(s.Points + " " + num(d.X) + "," + num(d.Y))
	}
	for _, f := range r.Feel {
		add(&p.Before, f.Before, f, "before")
		add(&p.After, f.After, f, "after")
	}
	return p
}

// feelY is where a rating of v sits: 10, the sorest, at the top.
func feelY(v int) float64 {
	return round1(feelBottom - float64(min(max(v, 0), 10))/10*(feelBottom-feelTop))
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// num writes an SVG coordinate: 12.5, 160.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
