package streak

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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
	exercises := []string{"glutes", "hip-flexors", "lats", "mid-back", "glutes", "hip-flexors", "lats", "mid-back-wall"}
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
		res, err := history.ReadFile(path, now)
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

// BenchmarkComputeFile sums up ten years of history record by record,
// without keeping the records.
func BenchmarkComputeFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), history.FileName)
	now := tenYears(b, path)
	for b.Loop() {
		st, res, err := ComputeFile(path, DefaultSettings(), now)
		if err != nil {
			b.Fatal(err)
		}
		if st.CurrentStreak != 3704 || len(res.Unreadable) != 0 {
			b.Fatalf("streak %d", st.CurrentStreak)
		}
	}
	perCall := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(perCall*1000, "ms/call")
	b.ReportMetric(100_000/perCall, "lines/s")
}

// statusPaths are the ways from history.jsonl to what `backroll status` and
// `backroll stats --json` print: the settings, the history, the sums, the
// output (the settings are the defaults: no config file is read here).
// "records" is the way through history.ReadFile and Compute, the
// one an export needs; "streamed" goes through ComputeFile.
var statusPaths = []struct {
	name string
	run  func(dir string, now time.Time, out io.Writer) (Stats, error)
}{
	{"status/streamed", func(dir string, now time.Time, out io.Writer) (Stats, error) {
		return statusPath(dir, now, out, false, true)
	}},
	{"status/records", func(dir string, now time.Time, out io.Writer) (Stats, error) {
		return statusPath(dir, now, out, false, false)
	}},
	{"stats-json/streamed", func(dir string, now time.Time, out io.Writer) (Stats, error) {
		return statusPath(dir, now, out, true, true)
	}},
}

func statusPath(dir string, now time.Time, out io.Writer, asJSON, streamed bool) (Stats, error) {
	set := DefaultSettings()
	path := filepath.Join(dir, history.FileName)
	var st Stats
	var res history.Result
	var err error
	if streamed {
		st, res, err = ComputeFile(path, set, now)
	} else {
		res, err = history.ReadFile(path, now)
		st = Compute(res, set, now)
	}
	if err != nil {
		return Stats{}, err
	}
	if asJSON {
		fmt.Fprintln(io.Discard, res.Warning(history.FileName))
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return st, enc.Encode(st)
	}
	_, err = fmt.Fprintf(out, "🔥%d/%d %s\n", st.CurrentStreak, st.LongestStreak, strconv.FormatBool(st.TodayDone))
	return st, err
}

// BenchmarkStatus runs the whole of `backroll status` and `stats --json`
// but the process: settings, reading, summing up, output. Target: under 50
// ms a call for ten years (100,000 lines). The first-call sub-benchmarks
// measure one call in a fresh process each, where every page of memory is
// new and costs a page fault: what a shell prompt pays.
func BenchmarkStatus(b *testing.B) {
	dir := b.TempDir()
	now := tenYears(b, filepath.Join(dir, history.FileName))
	for _, p := range statusPaths {
		b.Run(p.name+"/warm", func(b *testing.B) {
			for b.Loop() {
				st, err := p.run(dir, now, io.Discard)
				if err != nil || st.CurrentStreak != 3704 {
					b.Fatalf("streak %d, %v", st.CurrentStreak, err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/call")
		})
		b.Run(p.name+"/first-call", func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestStatusChild$")
				cmd.Env = append(os.Environ(), statusChildEnv+"="+p.name+" "+dir+" "+now.Format(time.RFC3339))
				out, err := cmd.CombinedOutput()
				var d time.Duration
				if _, scanErr := fmt.Sscanf(string(out), "took %d", &d); err != nil || scanErr != nil {
					b.Fatalf("child: %v %v\n%s", err, scanErr, out)
				}
				total += d
			}
			b.ReportMetric(total.Seconds()*1000/float64(b.N), "ms/call")
		})
	}
}

const statusChildEnv = "BACKROLL_STATUS_CHILD" // "path dir now" for TestStatusChild

// TestStatusChild is run by BenchmarkStatus in a process of its own: it
// times one call of a status path and prints "took NANOSECONDS".
func TestStatusChild(t *testing.T) {
	var name, dir, when string
	if _, err := fmt.Sscan(os.Getenv(statusChildEnv), &name, &dir, &when); err != nil {
		t.Skip("run by BenchmarkStatus")
	}
	now, err := time.Parse(time.RFC3339, when)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range statusPaths {
		if p.name == name {
			start := time.Now()
			st, err := p.run(dir, now, io.Discard)
			took := time.Since(start)
			if err != nil || st.CurrentStreak != 3704 {
				t.Fatalf("streak %d, %v", st.CurrentStreak, err)
			}
			fmt.Printf("took %d\n", took.Nanoseconds())
			return
		}
	}
	t.Fatalf("no status path %q", name)
}
