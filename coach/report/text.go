package report

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
)

// About says what a report is, in one line of each form.
const About = "Foam rolling as backroll logged it, for you or a clinician: " +
	"a record of what was done and felt, not medical advice."

// WriteText draws r as plain text in 80 columns, times as the app writes
// them and bars of █.
func WriteText(w io.Writer, r Report) error {
	var b strings.Builder
	// Rows with a missing value end in padding, which a file need not keep.
	line := func(format string, args ...any) {
		b.WriteString(strings.TrimRight(fmt.Sprintf(format, args...), " ") + "\n")
	}
	line("backroll report · %s", Range(r))
	line("%s", wrap(About, 78))
	line("")
	line("%d %s, %s rolled", r.Sessions, plural(r.Sessions, "session"), coach.Clock(r.Rolled))

	line("")
	line("Week by week, Monday to Sunday")
	line("  %-8s  %-10s  %8s  %7s", "week", "from", "sessions", "rolled")
	var most time.Duration
	for _, wk := range r.Weeks {
		most = max(most, wk.Rolled)
	}
	for _, wk := range r.Weeks {
		line("  %-8s  %-10s  %8d  %7s  %s", wk.Label(), wk.Monday.Format("Mon 2 Jan"), wk.Sessions,
			coach.Clock(wk.Rolled), bar(wk.Rolled, most, 36))
	}

	line("")
	line("Time per area")
	if len(r.Areas) == 0 {
		line("  nothing rolled")
	}
	if len(r.Areas) > 0 {
		most = r.Areas[0].Rolled
	}
	for _, a := range r.Areas {
		line("  %-18s  %7s  %s", fit(a.Name(), 18), coach.Clock(a.Rolled), bar(a.Rolled, most, 40))
	}

	line("")
	line("How it felt, 0 fine to 10 very sore")
	if len(r.Feel) == 0 {
		line("  no session rated")
	}
	for _, f := range r.Feel {
		line("  %-16s  before %2s %-10s  after %2s %s", f.Start.Format("Mon 2 Jan 15:04"),
			rating(f.Before), ratingBar(f.Before), rating(f.After), ratingBar(f.After))
	}

	line("")
	line("Tender spots marked, by area")
	if len(r.Tender) == 0 {
		line("  none")
	}
	for _, t := range r.Tender {
		line("  %-20s  %d %s, in %d of %d %s", fit(t.Name(), 20), t.Spots, plural(t.Spots, "spot"),
			t.Sessions, t.Of, plural(t.Of, "session"))
	}

	line("")
	line("Red flags: sharp pain or tingling, which stops a session")
	if len(r.RedFlags) == 0 {
		line("  none")
	}
	for _, f := range r.RedFlags {
		line("  %s  %s", f.Start.Format("Mon 2 Jan 15:04"), fit(text.Inert(f.Routine), 40))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Range is the report's dates: "8 weeks, Mon 6 Jan 2025 to Sun 2 Mar 2025".
func Range(r Report) string {
	return fmt.Sprintf("%d %s, %s to %s", len(r.Weeks), plural(len(r.Weeks), "week"),
		r.From.Format("Mon 2 Jan 2006"), r.To.Format("Mon 2 Jan 2006"))
}

// bar is v as a bar of up to width blocks, most taking them all; any time
// at all shows as at least one block.
func bar(v, most time.Duration, width int) string {
	if v <= 0 || most <= 0 {
		return ""
	}
	return strings.Repeat("█", max(1, int(math.Round(float64(v)/float64(most)*float64(width)))))
}

func rating(v *int) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprint(*v)
}

func ratingBar(v *int) string {
	if v == nil {
		return ""
	}
	return strings.Repeat("█", min(max(*v, 0), 10))
}

// fit cuts s to width columns, marking the cut.
func fit(s string, width int) string { return ansi.Truncate(s, width, "…") }

// wrap breaks s into lines of at most width columns, between words.
func wrap(s string, width int) string { return ansi.Wordwrap(s, width, "") }

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
