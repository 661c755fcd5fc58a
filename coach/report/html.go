package report

import (
	_ "embed"
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
)

// head is the page's head: its title (a %s) and its style, for screen
// and print.
//
//go:embed head.html
var head string

// WriteHTML writes r as one self-contained HTML page, its charts in SVG.
// The page has no script and fetches nothing: it opens and prints the
// same anywhere, offline, years later. Every string is escaped where it is
// written. It is written by hand, not with html/template: that package
// keeps every method of every type in the program (text/template calls
// methods by name), which made backroll 3 MB larger and its hold screen
// 1.6 MiB heavier in memory for a page written once in a while.
func WriteHTML(w io.Writer, r Report) error {
	p := htmlPage{Report: r, Range: Range(r), About: About,
		WeekChart: weekChart(r.Weeks), AreaChart: areaChart(r.Areas), FeelChart: feelChart(r)}
	b := &pageWriter{}
	b.f(head, e(p.Range))
	b.s("<body>\n<header>\n<h1>Foam rolling report</h1>\n")
	b.f("<p class=\"range\">%s</p>\n<p class=\"about\">%s</p>\n", e(p.Range), e(p.About))
	b.f("<p>%s, %s rolled.</p>\n</header>\n", sessions(r.Sessions), coach.Clock(r.Rolled))
	p.weeks(b)
	p.areas(b)
	p.feel(b)
	b.s("<div class=\"pair\">\n<section>\n<h2>Tender spots marked</h2>\n")
	if len(r.Tender) == 0 {
		b.s("<p class=\"none\">None.</p>\n")
	} else {
		b.s("<table>\n<tr><th>Area</th><th>Spots</th><th>Sessions</th></tr>\n")
		for _, t := range r.Tender {
			b.f("<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d of %d</td></tr>\n", e(t.Name()), t.Spots, t.Sessions, t.Of)
		}
		b.s("</table>\n")
	}
	b.s("</section>\n\n<section>\n<h2>Red flags: sharp pain or tingling</h2>\n")
	if len(r.RedFlags) == 0 {
		b.s("<p class=\"none\">None.</p>\n")
	} else {
		b.s("<table>\n<tr><th>When</th><th>Routine</th></tr>\n")
		for _, f := range r.RedFlags {
			b.f("<tr><td>%s</td><td>%s</td></tr>\n", e(f.Start.Format("Mon 2 Jan 15:04")), e(text.Inert(f.Routine)))
		}
		b.s("</table>\n")
	}
	b.s("</section>\n</div>\n\n")
	b.f("<footer>Made by backroll on %s. Times are minutes and seconds; a week runs Monday to Sunday.</footer>\n</body>\n</html>\n",
		e(r.To.Format("Mon 2 Jan 2006")))
	_, err := io.WriteString(w, b.String())
	return err
}

// pageWriter builds the page.
type pageWriter struct{ strings.Builder }

func (b *pageWriter) s(s string)                { b.WriteString(s) }
func (b *pageWriter) f(format string, a ...any) { fmt.Fprintf(b, format, a...) }

// e escapes text for HTML, attributes included.
func e(s string) string { return html.EscapeString(s) }

func sessions(n int) string {
	if n == 1 {
		return "1 session"
	}
	return fmt.Sprintf("%d sessions", n)
}

func (p htmlPage) weeks(b *pageWriter) {
	c := p.WeekChart
	b.s("\n<section>\n<h2>Time rolled per week, Monday to Sunday</h2>\n")
	b.f("<svg id=\"weeks\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" role=\"img\" aria-label=\"Time rolled per week\">\n", num(c.W), num(c.H))
	b.f("<line class=\"axis\" x1=\"0\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", num(c.Base), num(c.W), num(c.Base))
	for _, bar := range c.Bars {
		b.f("<g class=\"week\">\n<title>%s</title>\n", e(bar.Title))
		b.f("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n", num(bar.X), num(bar.Y), num(bar.W), num(bar.H))
		if bar.Value != "" {
			b.f("<text class=\"value middle\" x=\"%s\" y=\"%s\">%s</text>\n", num(bar.ValueX), num(bar.ValueY), e(bar.Value))
		}
		if bar.Label != "" {
			b.f("<text class=\"label middle\" x=\"%s\" y=\"%s\">%s</text>\n", num(bar.LabelX), num(bar.LabelY), e(bar.Label))
		}
		b.s("</g>\n")
	}
	b.s("</svg>\n<ol class=\"weeks\">\n")
	for _, wk := range p.Weeks {
		b.f("<li>%s, from %s: %s, %s</li>\n", e(wk.Label()), e(wk.Monday.Format("Mon 2 Jan 2006")), sessions(wk.Sessions), coach.Clock(wk.Rolled))
	}
	b.s("</ol>\n</section>\n")
}

func (p htmlPage) areas(b *pageWriter) {
	c := p.AreaChart
	b.s("\n<section>\n<h2>Time per area</h2>\n")
	if len(c.Bars) == 0 {
		b.s("<p class=\"none\">Nothing was rolled in these weeks.</p>\n</section>\n")
		return
	}
	b.f("<svg id=\"areas\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" role=\"img\" aria-label=\"Time rolled per area\">\n", num(c.W), num(c.H))
	for _, bar := range c.Bars {
		b.f("<g class=\"area\">\n<title>%s</title>\n", e(bar.Title))
		b.f("<text class=\"label\" x=\"%s\" y=\"%s\">%s</text>\n", num(bar.LabelX), num(bar.LabelY), e(bar.Label))
		b.f("<rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>\n", num(bar.X), num(bar.Y), num(bar.W), num(bar.H))
		b.f("<text class=\"value\" x=\"%s\" y=\"%s\">%s</text>\n</g>\n", num(bar.ValueX), num(bar.ValueY), e(bar.Value))
	}
	b.s("</svg>\n</section>\n")
}

func (p htmlPage) feel(b *pageWriter) {
	c := p.FeelChart
	b.s("\n<section>\n<h2>How it felt, before and after each session</h2>\n")
	if len(p.Feel) == 0 {
		b.s("<p class=\"none\">No session was rated in these weeks.</p>\n</section>\n")
		return
	}
	b.f("<svg id=\"feel\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %s %s\" role=\"img\" aria-label=\"Soreness before and after each session, 0 fine to 10 very sore\">\n", num(c.W), num(c.H))
	b.f("<text x=\"%s\" y=\"14\">0 fine to 10 very sore</text>\n", num(c.Left))
	b.s("<circle class=\"before\" cx=\"540\" cy=\"10\" r=\"4\"/><text x=\"550\" y=\"14\">before</text>\n")
	b.s("<circle class=\"after\" cx=\"610\" cy=\"10\" r=\"4\"/><text x=\"620\" y=\"14\">after</text>\n")
	for _, g := range c.Grid {
		b.f("<line class=\"grid\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", num(c.Left), num(g.At), num(c.Right), num(g.At))
		b.f("<text x=\"%s\" y=\"%s\" dx=\"-8\" dy=\"4\" text-anchor=\"end\">%s</text>\n", num(c.Left), num(g.At), e(g.Label))
	}
	for _, d := range c.Days {
		b.f("<line class=\"grid\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", num(d.At), num(c.Top), num(d.At), num(c.Bottom))
		b.f("<text class=\"day\" x=\"%s\" y=\"%s\" dy=\"16\">%s</text>\n", num(d.At), num(c.Bottom), e(d.Label))
	}
	for _, s := range []struct {
		class string
		series
	}{{"before", c.Before}, {"after", c.After}} {
		if s.Points != "" {
			b.f("<polyline class=\"%s\" points=\"%s\"/>\n", s.class, e(s.Points))
		}
	}
	for _, s := range []struct {
		class string
		series
	}{{"before", c.Before}, {"after", c.After}} {
		for _, d := range s.Dots {
			b.f("<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"4\"><title>%s</title></circle>\n", s.class, num(d.X), num(d.Y), e(d.Title))
		}
	}
	b.s("</svg>\n</section>\n")
}

type htmlPage struct {
	Report
	Range, About string
	WeekChart    chart
	AreaChart    chart
	FeelChart    feelPlot
}

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
