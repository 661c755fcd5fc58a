package history

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// scanIn reads data as Read does, in blocks of blockSize bytes; with noIDs
// as Scan does.
func scanIn(data []byte, blockSize int, noIDs bool) (Result, error) {
	var recs []Record
	s := &scanner{r: bytes.NewReader(data), size: -1, blockSize: blockSize, noIDs: noIDs,
		fn: func(r *Record) { recs = append(recs, *r) }}
	res, err := s.run()
	res.Records = recs
	return res, err
}

// mixedHistory is a history with all that Read has to deal with: records
// from Append and written by hand, with spaces, escapes, unknown fields,
// blank and torn lines, garbage, records of a newer version, and copies of
// records appended again, some with ids from NewID.
func mixedHistory(lines int) (data []byte, ids []string, bad []int) {
	var b strings.Builder
	seen := map[string]bool{}
	for i := range lines {
		n := i + 1
		switch {
		case i%11 == 5:
			b.WriteString(`{"v":1,"id":"torn`)
			bad = append(bad, n)
		case i%17 == 3:
			b.WriteString(strings.Repeat(" ", i%4))
		case i%19 == 7:
			b.WriteString("garbage")
			bad = append(bad, n)
		case i%23 == 9:
			fmt.Fprintf(&b, `{"v":2,"id":"n%d","kind":"stretch","shape":[1,2]}`, i)
		default:
			var id string
			if i%3 == 0 {
				id = fmt.Sprintf("%032x", uint64(i%400)*0x9e3779b97f4a7c15) // hex, like NewID's
			} else {
				id = fmt.Sprint("hand-", i%400)
			}
			if i%7 == 0 {
				fmt.Fprintf(&b, `{ "v": 1, "id": %q, "kind": "hold", "exercise": "gl\u00fctes", "rolled_s": %d, "mood": {"x": null} }`, id, i)
			} else {
				fmt.Fprintf(&b, `{"v":1,"id":%q,"session":"s%d","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":%d,"completed":true}`, id, i/10, i)
			}
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		if i%5 == 0 {
			b.WriteString("\r")
		}
		b.WriteString("\n")
	}
	return []byte(b.String()), ids, bad
}

// The result must not depend on how the input is cut into blocks nor on
// how many CPUs decode them.
func TestScanInBlocks(t *testing.T) {
	data, wantIDs, wantBad := mixedHistory(3000)
	want, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range want.Records {
		ids = append(ids, r.ID)
	}
	if !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(want.Unreadable, wantBad) || len(want.Newer) == 0 {
		t.Fatalf("Read: %d records, unreadable %v, newer %v\nwant %d records, unreadable %v",
			len(ids), want.Unreadable, want.Newer, len(wantIDs), wantBad)
	}

	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for procs := 1; procs <= 5; procs++ {
		runtime.GOMAXPROCS(procs)
		for _, size := range []int{1, 2, 100, 4096, len(data) - 1, len(data), len(data) + 1} {
			got, err := scanIn(data, size, false)
			if err != nil {
				t.Fatal(err)
			}
			if !sameResult(got, want) {
				t.Errorf("%d CPUs, blocks of %d: %d records, unreadable %v, newer %v; want %d, %v, %v", procs, size,
					len(got.Records), got.Unreadable, got.Newer, len(want.Records), want.Unreadable, want.Newer)
			}
		}
	}
}

// Scan hands over what Read keeps, but without ids.
func TestScan(t *testing.T) {
	data, _, _ := mixedHistory(2000)
	want, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for i := range want.Records {
		want.Records[i].ID = ""
	}
	var got Result
	res, err := Scan(bytes.NewReader(data), func(r *Record) { got.Records = append(got.Records, *r) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != nil {
		t.Errorf("Scan kept %d records", len(res.Records))
	}
	got.Unreadable, got.Newer = res.Unreadable, res.Newer
	if !sameResult(got, want) {
		t.Errorf("Scan differs from Read: %d records, unreadable %v; want %d, %v",
			len(got.Records), got.Unreadable, len(want.Records), want.Unreadable)
	}
	for _, size := range []int{1, 333, 1 << 20} {
		got, err := scanIn(data, size, true)
		if err != nil || !sameResult(got, want) {
			t.Errorf("blocks of %d: %d records, %v", size, len(got.Records), err)
		}
	}
}

func sameResult(a, b Result) bool {
	if len(a.Records) != len(b.Records) || !reflect.DeepEqual(a.Unreadable, b.Unreadable) || !reflect.DeepEqual(a.Newer, b.Newer) {
		return false
	}
	for i := range a.Records {
		if !reflect.DeepEqual(comparable(a.Records[i]), comparable(b.Records[i])) {
			return false
		}
	}
	return true
}

// A failing reader fails the read, wherever it fails, and leaves no
// goroutine behind.
func TestScanReadError(t *testing.T) {
	data, _, _ := mixedHistory(2000)
	boom := errors.New("boom")
	before := runtime.NumGoroutine()
	for _, at := range []int{0, 10, 5000, len(data) - 1} {
		for _, size := range []int{64, 1 << 20} {
			r := io.MultiReader(bytes.NewReader(data[:at]), iotest.ErrReader(boom))
			s := &scanner{r: r, size: -1, blockSize: size, fn: func(*Record) {}}
			if res, err := s.run(); !errors.Is(err, boom) || res.Records != nil || res.Unreadable != nil {
				t.Errorf("failing after %d bytes, blocks of %d: %v, %+v", at, size, err, res)
			}
		}
	}
	if _, err := Read(iotest.TimeoutReader(bytes.NewReader(data))); err == nil {
		t.Error("Read hid a read error")
	}
	if n := goroutinesAbove(before); n > 0 {
		t.Errorf("%d goroutines left running", n)
	}
}

// A panic in fn stops the read without leaving goroutines blocked.
func TestScanPanicInFn(t *testing.T) {
	data, _, _ := mixedHistory(3000)
	before := runtime.NumGoroutine()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic did not come through")
			}
		}()
		s := &scanner{r: bytes.NewReader(data), size: -1, blockSize: 100, fn: func(*Record) { panic("stop") }}
		s.run()
	}()
	if n := goroutinesAbove(before); n > 0 {
		t.Errorf("%d goroutines left running", n)
	}
}

func TestIDSet(t *testing.T) {
	var s idSet
	s.init(0)
	for round := range 2 {
		for i := range 5000 {
			var k [16]byte
			// Sequential ids, not random ones, and the zero id.
			k[15], k[14], k[0] = byte(i), byte(i>>8), byte(i%3)
			if got := s.add(&k); got != (round == 0) {
				t.Fatalf("round %d: add(%x) = %v", round, k, got)
			}
		}
	}
	if s.n != 4999 || !s.zero {
		t.Errorf("%d ids in the set, zero %v; want 4999 and the zero id", s.n, s.zero)
	}
}

func TestHexID(t *testing.T) {
	for id, ok := range map[string]bool{
		"0123456789abcdef0123456789abcdef":  true,
		"0123456789ABCDEF0123456789abcdef":  false, // "A" and "a" are different ids
		"0123456789abcdef0123456789abcde":   false,
		"0123456789abcdef0123456789abcdef0": false,
		"0123456789abcdef0123456789abcdeg":  false,
		"":                                  false,
	} {
		k, got := hexID(id)
		if got != ok || ok && fmt.Sprintf("%x", k) != id {
			t.Errorf("hexID(%q) = %x, %v", id, k, got)
		}
	}
}

// goroutinesAbove counts goroutines beyond before, giving ones that have
// finished their work a moment to exit: a WaitGroup's Wait returns just
// before the goroutine that called Done is gone.
func goroutinesAbove(before int) int {
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
	}
	return runtime.NumGoroutine() - before
}
