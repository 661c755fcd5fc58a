package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeHistory writes n lines shaped like real use, a session record after
// every eight holds, to a file in dir.
func writeHistory(tb testing.TB, dir string, n int) string {
	path := filepath.Join(dir, FileName)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	exercises := []string{"glutes", "calves", "hamstrings", "quads", "it-band", "upper-back", "lats", "adductors"}
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
				res, err := ReadFile(path)
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

// BenchmarkScan reads as Scan does, keeping no records. Time per line
// should not grow with the history.
func BenchmarkScan(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := writeHistory(b, b.TempDir(), n)
			b.ResetTimer()
			for b.Loop() {
				got := 0
				if _, err := ScanFile(path, func(*Record) { got++ }); err != nil || got != n {
					b.Fatalf("scanned %d records, %v", got, err)
				}
			}
			perCall := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(perCall*1000, "ms/call")
			b.ReportMetric(perCall*1e9/float64(n), "ns/line")
		})
	}
}

// BenchmarkDecode decodes lines on one goroutine, as each of the CPUs
// does its share of a read.
func BenchmarkDecode(b *testing.B) {
	const n = 20_000
	data, err := os.ReadFile(writeHistory(b, b.TempDir(), n))
	if err != nil {
		b.Fatal(err)
	}
	var blocks []*block
	for len(data) > 0 {
		end := len(data)
		if end > blockSize {
			end = bytes.LastIndexByte(data[:blockSize], '\n') + 1
		}
		blocks = append(blocks, &block{data: data[:end]})
		data = data[end:]
	}
	b.ResetTimer()
	for b.Loop() {
		d := newDecoder()
		for _, bl := range blocks {
			d.block(bl)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()*1e9/float64(b.N)/n, "ns/line")
}
