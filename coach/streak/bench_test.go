package streak

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// tenYears writes ten years of nightly rolling to path, 100,000 lines: each
// day 26 holds and a session record, with the offset following daylight
// saving. It returns a moment on the evening after the last day.
func tenYears(tb testing.TB, path string) time.Time {
	const lines = 100_000
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	exercises := []string{"glutes", "calves", "hamstrings", "quads", "it-band", "upper-back", "lats", "adductors"}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		tb.Fatal(err)
	}
	day := time.Date(2016, 11, 25, 21, 0, 0, 0, berlin)
	for n := 0; n < lines; day = day.AddDate(0, 0, 1) {
		session := history.NewID()
		for i := 0; i < 27 && n < lines; i, n = i+1, n+1 {
			start := day.Add(time.Duration(i) * 70 * time.Second)
			r := history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindHold,
				Exercise: exercises[i%8], Side: []string{"left", "right"}[i%2], Start: start,
				PlannedS: 60, RolledS: 60, Completed: true, Tender: i % 5 / 4}
			if i == 26 {
				feel := 5
				r = history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindSession,
					Start: day, End: start, Routine: "nightly", FeelBefore: &feel, FeelAfter: &feel}
			}
			line, _ := json.Marshal(r)
			w.Write(append(line, '\n'))
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return day.Add(-12 * time.Hour)
}

// BenchmarkStats reads ten years of history and computes the stats from
// it, as the app does to show them.
func BenchmarkStats(b *testing.B) {
	path := filepath.Join(b.TempDir(), history.FileName)
	now := tenYears(b, path)
	for b.Loop() {
		res, err := history.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		st := Compute(res, DefaultSettings(), now)
		if st.CurrentStreak != 3704 || len(res.Records) != 100_000 {
			b.Fatalf("streak %d over %d records", st.CurrentStreak, len(res.Records))
		}
	}
	perCall := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(perCall*1000, "ms/call")
	b.ReportMetric(100_000/perCall, "lines/s")
}

// TestWriteTenYears writes the history of BenchmarkStats into the folder
// named by $BACKROLL_TEN_YEARS, for timing the real command on it:
//
//	BACKROLL_TEN_YEARS=/tmp/ten go test -run TestWriteTenYears ./coach/streak
//	backroll status --data-dir /tmp/ten
func TestWriteTenYears(t *testing.T) {
	dir := os.Getenv("BACKROLL_TEN_YEARS")
	if dir == "" {
		t.Skip("set BACKROLL_TEN_YEARS to a folder to write ten years of history into it")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	now := tenYears(t, filepath.Join(dir, history.FileName))
	t.Logf("wrote %s; its streak is current until %s", filepath.Join(dir, history.FileName), now.Format(time.DateOnly))
}
