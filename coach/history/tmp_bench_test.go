package history

import (
	"bytes"
	"os"
	"testing"
	"time"
)

func BenchmarkTmpDecode(b *testing.B) {
	path := writeHistory(b, b.TempDir(), 100000)
	data, _ := os.ReadFile(path)
	lines := bytes.Split(data, []byte("\n"))
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			d := decoder{strs: map[string]string{}}
			var r Record
			for _, l := range lines[:len(lines)-1] {
				if !d.fast(l, &r) {
					b.Fatal("x")
				}
			}
		}
	})
	b.Run("quoted-only", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for _, l := range lines {
				for i := 0; i < len(l); i++ {
					if l[i] == '"' {
						n++
					}
				}
			}
		}
	})
	b.Run("time", func(b *testing.B) {
		s := []byte(`"2026-11-25T21:03:00+01:00"`)
		var t time.Time
		for b.Loop() {
			for range 100000 {
				t.UnmarshalJSON(s)
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			m := make(map[string]struct{}, 100000)
			d := decoder{strs: map[string]string{}}
			var r Record
			for _, l := range lines[:len(lines)-1] {
				d.fast(l, &r)
				m[r.ID] = struct{}{}
			}
		}
	})
	b.Run("append", func(b *testing.B) {
		for b.Loop() {
			var recs []Record
			var r Record
			for range 100000 {
				recs = append(recs, r)
			}
		}
	})
	b.Run("append-presized", func(b *testing.B) {
		for b.Loop() {
			recs := make([]Record, 0, 100000)
			var r Record
			for range 100000 {
				recs = append(recs, r)
			}
		}
	})
}
