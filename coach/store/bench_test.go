package store

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// writeLines writes n lines shaped like real use, ending the day before
// now: a session record after every eight holds, a session a day.
func writeLines(tb testing.TB, dir string, n int) {
	f, err := os.Create(filepath.Join(dir, history.FileName))
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	exercises := []string{"glutes", "hip-flexors", "lats", "mid-back", "glutes", "hip-flexors", "lats", "mid-back-wall"}
	start := now.AddDate(0, 0, -n/9-1)
	session := history.NewID()
	for i := range n {
		r := history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindHold, Exercise: exercises[i%8],
			Side: "left", Start: start, PlannedS: 60, RolledS: 60, Completed: true}
		if i%9 == 8 {
			r = history.Record{V: 1, ID: history.NewID(), Session: session, Kind: history.KindSession, Start: start,
				End: start.Add(10 * time.Minute), Routine: "nightly"}
			session = history.NewID()
			start = start.Add(24*time.Hour - 9*time.Minute) // back to the same time, a day later
		}
		line, _ := json.Marshal(r)
		w.Write(append(line, '\n'))
		start = start.Add(time.Minute)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.Close()
}

// BenchmarkStatus is `backroll status` on 100,000 lines: warm, from the
// rollup (what every shell prompt pays), and cold, with no rollup yet.
// The lines make 11,111 whole sessions and one begun (a hold with no
// session record yet), which counts as a session too (history.SessionOf).
func BenchmarkStatus(b *testing.B) {
	dir := b.TempDir()
	writeLines(b, dir, 100_000)
	for _, warm := range []bool{true, false} {
		name := map[bool]string{true: "warm", false: "cold"}[warm]
		b.Run(name, func(b *testing.B) {
			cache := b.TempDir()
			if warm {
				if _, _, err := Open(dir, cache, streak.DefaultSettings()).Stats(now); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				if !warm {
					os.RemoveAll(cache)
				}
				st, _, err := Open(dir, cache, streak.DefaultSettings()).Stats(now)
				if err != nil || st.TotalSessions != 11_112 {
					b.Fatalf("%d sessions, %v", st.TotalSessions, err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/status")
		})
	}
}

// BenchmarkStatusAfterAHold is `backroll status` on 100,000 lines with one
// hold added since the rollup (the prompt after a session), and the app's
// first figures then, which go on from the rollup. Each run starts from
// the same rollup, the history cut back to what it covers.
func BenchmarkStatusAfterAHold(b *testing.B) {
	dir := b.TempDir()
	writeLines(b, dir, 100_000)
	path := filepath.Join(dir, history.FileName)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	// On the disk before timing: else the first save's sync writes it.
	if f, err := os.Open(path); err == nil {
		f.Sync()
		f.Close()
	}
	line := []byte(hold("after", "after", now.Add(-time.Hour), 60))
	for _, app := range []bool{false, true} {
		b.Run(map[bool]string{false: "status", true: "app"}[app], func(b *testing.B) {
			cache := b.TempDir()
			if _, _, err := Open(dir, cache, streak.DefaultSettings()).Stats(now); err != nil {
				b.Fatal(err)
			}
			rollup := os.DirFS(cache)
			kept := map[string][]byte{}
			names, _ := fs.Glob(rollup, "*")
			for _, name := range names {
				kept[name], _ = fs.ReadFile(rollup, name)
			}
			for b.Loop() {
				b.StopTimer()
				for name, data := range kept {
					if err := os.WriteFile(filepath.Join(cache, name), data, 0o600); err != nil {
						b.Fatal(err)
					}
				}
				f, err := os.OpenFile(path, os.O_WRONLY, 0)
				if err == nil {
					err = f.Truncate(st.Size())
				}
				if err == nil {
					_, err = f.WriteAt(line, st.Size())
					f.Close()
				}
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				s := Open(dir, cache, streak.DefaultSettings())
				if app {
					if t, err := s.Today(now); err != nil || !t.Done {
						b.Fatalf("today %+v, %v", t, err)
					}
				} else if st, _, err := s.Stats(now); err != nil || st.TotalSessions != 11_113 {
					b.Fatalf("%d sessions, %v; want 11,113", st.TotalSessions, err)
				}
			}
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/status")
		})
	}
}

// BenchmarkHoldSave is what saving a hold costs in the running app, with
// today's figures after it: one append and fsync, no read of the history.
func BenchmarkHoldSave(b *testing.B) {
	dir := b.TempDir()
	writeLines(b, dir, 100_000)
	s := Open(dir, b.TempDir(), streak.DefaultSettings())
	if _, err := s.Today(now); err != nil {
		b.Fatal(err)
	}
	e := coach.HoldEvent{Exercise: "glutes", Side: "left", Start: now.Add(-time.Hour), Planned: time.Minute, Rolled: time.Minute, Completed: true}
	for b.Loop() {
		if err := s.Hold("s", e); err != nil {
			b.Fatal(err)
		}
		if _, err := s.Today(now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1e6/float64(b.N), "µs/save")
}
