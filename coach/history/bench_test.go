package history

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// benchNow is after every record writeHistory makes, however many.
var benchNow = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

// writeHistory writes n lines shaped like real use, a session record after
// every eight holds, to a file in dir.
func writeHistory(tb testing.TB, dir string, n int) string {
	path := filepath.Join(dir, FileName)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	exercises := []string{"glutes", "hip-flexors", "lats", "mid-back", "glutes", "hip-flexors", "lats", "mid-back-wall"}
	start := time.Date(2016, 1, 1, 21, 0, 0, 0, time.FixedZone("", 3600))
	session := NewID()
	for i := range n {
		r := Record{V: Version, ID: NewID(), Session: session, Kind: KindHold, Exercise: exercises[i%8],
			Side: "left", Start: start, PlannedS: 60, RolledS: 60, Completed: true}
		if i%9 == 8 {
			feel := 5
			r = Record{V: Version, ID: NewID(), Session: session, Kind: KindSession, Start: start,
				End: start.Add(10 * time.Minute), Routine: "nightly", FeelBefore: &feel, FeelAfter: &feel}
			session = NewID()
			start = start.Add(23 * time.Hour)
		}
		line, _ := json.Marshal(r)
		w.Write(append(line, '\n'))
		start = start.Add(time.Minute)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.Close()
	return path
}

func BenchmarkRead(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := writeHistory(b, b.TempDir(), n)
			b.ResetTimer()
			for b.Loop() {
				res, err := ReadFile(path, benchNow)
				if err != nil || len(res.Records) != n {
					b.Fatalf("read %d records, %v", len(res.Records), err)
				}
			}
			perCall := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(perCall*1000, "ms/call")
			b.ReportMetric(float64(n)/perCall, "lines/s")
		})
	}
}

// BenchmarkScan reads as Scan does, keeping no records: what a cold
// rollup costs. Time per line should not grow with the history.
func BenchmarkScan(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := writeHistory(b, b.TempDir(), n)
			b.ResetTimer()
			for b.Loop() {
				got := 0
				if _, err := ScanFile(path, benchNow, func(*Record) { got++ }); err != nil || got != n {
					b.Fatalf("scanned %d records, %v", got, err)
				}
			}
			perCall := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(perCall*1000, "ms/call")
			b.ReportMetric(perCall*1e9/float64(n), "ns/line")
		})
	}
}
