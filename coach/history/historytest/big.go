// Package historytest makes history files shaped like years of real use,
// for benchmarks and for measuring the commands on big histories. It
// writes them on demand: no big file is kept in the repository.
package historytest

import (
	"bufio"
	"encoding/json"
	"io"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// Steps are the holds of one session, as the nightly routine rolls them.
var Steps = []struct{ Exercise, Side string }{
	{"mid-back", ""}, {"lats", "left"}, {"lats", "right"}, {"glutes", "left"},
	{"glutes", "right"}, {"hip-flexors", "left"}, {"hip-flexors", "right"}, {"mid-back-wall", ""},
}

// LinesPerSession is how many lines one session writes: its holds and
// its own record.
var LinesPerSession = len(Steps) + 1

// Write writes n lines to w: sessions of eight one-minute holds and a
// session record, one a day at 21:00, the last one ending the day before
// end. Ids are random, so every line is a record of its own.
func Write(w io.Writer, n int, end time.Time) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	zone := time.FixedZone("", 3600)
	day := end.In(zone).AddDate(0, 0, -(n/LinesPerSession)-1)
	start := time.Date(day.Year(), day.Month(), day.Day(), 21, 0, 0, 0, zone)
	session := history.NewID()
	feel := 4
	for i := range n {
		step := i % LinesPerSession
		r := history.Record{V: history.Version, ID: history.NewID(), Session: session, Kind: history.KindSession,
			Start: start, End: start.Add(10 * time.Minute), Routine: "nightly", FeelBefore: &feel, FeelAfter: &feel}
		if step < len(Steps) {
			r = history.Record{V: history.Version, ID: history.NewID(), Session: session, Kind: history.KindHold,
				Exercise: Steps[step].Exercise, Side: Steps[step].Side, Start: start.Add(time.Duration(step) * time.Minute),
				PlannedS: 60, RolledS: 60, Completed: true, Tender: i % 3 / 2}
		} else {
			session = history.NewID()
			start = start.AddDate(0, 0, 1)
		}
		line, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if _, err := bw.Write(append(line, '\n')); err != nil {
			return err
		}
	}
	return bw.Flush()
}
