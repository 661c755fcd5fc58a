package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	const (
		a = `{"v":1,"id":"a","session":"s","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}`
		b = `{"v":1,"id":"b","session":"s","kind":"hold","exercise":"calves","start":"2026-03-29T01:59:00-05:00","planned_s":60,"rolled_s":30,"completed":false}`
	)
	tests := []struct {
		name       string
		in         string
		ids        string // ids of the records read, in order
		unreadable string
		newer      string
	}{
		{"empty", "", "", "[]", "[]"},
		{"two lines", a + "\n" + b + "\n", "a b", "[]", "[]"},
		{"no final newline", a + "\n" + b, "a b", "[]", "[]"},
		{"torn last line", a + "\n" + b[:40], "a", "[2]", "[]"},
		{"garbage lines", "garbage\n" + a + "\n\x00\x00\x00\n[1,2]\nnull\n{}\n" + b + "\n", "a b", "[1 3 4 5 6]", "[]"},
		{"blank lines are not counted", "\n \n" + a + "\r\n\n", "a", "[]", "[]"},
		{"wrong type", `{"v":1,"id":"x","rolled_s":"60"}` + "\n" + a, "a", "[1]", "[]"},
		{"no id", `{"v":1,"kind":"hold"}`, "", "[1]", "[]"},
		{"duplicate ids count once", a + "\n" + b + "\n" + a + "\n", "a b", "[]", "[]"},
		{"newer version", `{"v":2,"id":"n","kind":"hold","shape":{"x":1}}` + "\n" + a, "a", "[]", "[1]"},
		{"unknown fields ignored", `{"v":1,"id":"u","kind":"hold","mood":"great","extra":[1,{"a":null}],"rolled_s":7}`, "u", "[]", "[]"},
		{"escaped strings", `{"v":1,"id":"e","kind":"hold","exercise":"gl\u00fctes \"x\""}`, "e", "[]", "[]"},
		{"huge line", strings.Repeat("x", 3<<20) + "\n" + a, "a", "[1]", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range res.Records {
				ids = append(ids, r.ID)
			}
			if got := strings.Join(ids, " "); got != tt.ids {
				t.Errorf("ids %q, want %q", got, tt.ids)
			}
			if got := fmt.Sprint(orEmpty(res.Unreadable)); got != tt.unreadable {
				t.Errorf("unreadable lines %s, want %s", got, tt.unreadable)
			}
			if got := fmt.Sprint(orEmpty(res.Newer)); got != tt.newer {
				t.Errorf("newer lines %s, want %s", got, tt.newer)
			}
		})
	}
}

// Read splits the work among the CPUs; the result must not depend on how.
func TestReadInParts(t *testing.T) {
	var in strings.Builder
	var wantIDs []string
	var wantBad []int
	for i := range 1000 {
		switch {
		case i%7 == 3:
			in.WriteString("junk\n")
			wantBad = append(wantBad, i+1)
		case i%13 == 0:
			in.WriteString(strings.Repeat(" ", i%3*20) + "\n")
		default:
			id := fmt.Sprint(i % 500) // the second half repeats the first
			fmt.Fprintf(&in, `{"v":1,"id":"%s","kind":"hold","rolled_s":%d}`+"\n", id, i)
			if !slices.Contains(wantIDs, id) {
				wantIDs = append(wantIDs, id)
			}
		}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for procs := 1; procs <= 5; procs++ {
		runtime.GOMAXPROCS(procs)
		res, err := Read(strings.NewReader(in.String()))
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range res.Records {
			ids = append(ids, r.ID)
		}
		if !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(res.Unreadable, wantBad) {
			t.Errorf("%d CPUs: %d records, unreadable %v", procs, len(ids), res.Unreadable)
		}
	}
}

func orEmpty(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func TestReadKeepsOffsetAndFields(t *testing.T) {
	line := `{"v":1,"id":"a","session":"s","kind":"session","start":"2026-03-29T01:59:00-05:00","end":"2026-03-29T03:01:00+02:00","routine":"nightly","feel_before":6,"feel_after":0,"red_flag":true}` + "\n" +
		`{"v":1,"id":"b","session":"s","kind":"hold","exercise":"glutes","side":"right","start":"2026-11-25T21:03:00+01:00","planned_s":90,"rolled_s":61,"completed":true,"tender":2}`
	res, err := Read(strings.NewReader(line))
	if err != nil || len(res.Records) != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	s, h := res.Records[0], res.Records[1]
	if got := s.Start.Format(time.RFC3339); got != "2026-03-29T01:59:00-05:00" {
		t.Errorf("start %s, offset lost", got)
	}
	if got := s.End.Format(time.RFC3339); got != "2026-03-29T03:01:00+02:00" {
		t.Errorf("end %s, offset lost", got)
	}
	if s.Routine != "nightly" || *s.FeelBefore != 6 || s.FeelAfter == nil || *s.FeelAfter != 0 || !s.RedFlag {
		t.Errorf("session fields %+v", s)
	}
	if h.Exercise != "glutes" || h.Side != "right" || h.PlannedS != 90 || h.RolledS != 61 || !h.Completed || h.Tender != 2 || h.FeelBefore != nil {
		t.Errorf("hold fields %+v", h)
	}
}

func TestReadFileMissing(t *testing.T) {
	res, err := ReadFile(filepath.Join(t.TempDir(), "none", FileName))
	if err != nil || len(res.Records) != 0 {
		t.Errorf("missing file: %+v, %v; want empty history", res, err)
	}
}

func TestWarning(t *testing.T) {
	tests := []struct {
		res  Result
		want string
	}{
		{Result{}, ""},
		{Result{Unreadable: []int{17, 90}}, "2 unreadable lines in history.jsonl (lines 17, 90), left as they are"},
		{Result{Unreadable: []int{3}, Newer: []int{1, 2, 4, 5, 6, 7}},
			"1 unreadable line in history.jsonl (line 3), left as it is; " +
				"6 lines from a newer backroll in history.jsonl (lines 1, 2, 4, 5, 6, …), left as they are"},
	}
	for _, tt := range tests {
		if got := tt.res.Warning("history.jsonl"); got != tt.want {
			t.Errorf("Warning(%v) = %q, want %q", tt.res, got, tt.want)
		}
	}
}

// FuzzRead checks Read against the plain way of reading, encoding/json on
// one line after another, and that the fast path decodes every line it
// accepts exactly as encoding/json does.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"v":1,"id":"a","session":"s","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}` + "\n"))
	f.Add([]byte(`{"v":1,"id":"0123456789abcdef0123456789abcdef","session":"0123456789abcdef0123456789abcdef","kind":"session","start":"2026-11-25T21:03:00Z","end":"2026-11-25T21:13:00-05:00","routine":"nightly","feel_before":6,"feel_after":3,"red_flag":true}` + "\r\n" +
		`{"v":1,"id":"0123456789abcdef0123456789abcdef","kind":"hold","tender":1}` + "\n\n" + `{"v":2,"id":"x"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range res.Records {
			got = append(got, r.ID)
		}

		var want []string
		var unreadable, newer []int
		seen := map[string]bool{}
		d := newDecoder() // one for all lines: it remembers things between them
		for i, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.Trim(line, " \t\r")) == 0 {
				continue
			}
			var slow, fast Record
			err := json.Unmarshal(line, &slow)
			if d.fast(line, &fast) {
				if err != nil {
					t.Fatalf("fast path accepted %q, encoding/json says %v", line, err)
				}
				if f, s := comparable(fast), comparable(slow); !reflect.DeepEqual(f, s) {
					t.Fatalf("line %q:\nfast %+v\njson %+v", line, f, s)
				}
			}
			switch {
			case err != nil || slow.V < 1 || slow.ID == "":
				unreadable = append(unreadable, i+1)
			case seen[slow.ID]:
			case slow.V > Version:
				newer = append(newer, i+1)
			default:
				want = append(want, slow.ID)
			}
			if err == nil && slow.V >= 1 {
				seen[slow.ID] = true
			}
		}
		if !slices.Equal(got, want) || !slices.Equal(res.Unreadable, unreadable) || !slices.Equal(res.Newer, newer) {
			t.Fatalf("Read: records %q, unreadable %v, newer %v\nwant records %q, unreadable %v, newer %v",
				got, res.Unreadable, res.Newer, want, unreadable, newer)
		}

		// In small blocks, decoded by several goroutines, the same; and
		// the same without ids, as Scan hands them over.
		if blocks, err := scanIn(data, 7, false); err != nil || !sameResult(blocks, res) {
			t.Fatalf("in blocks of 7 bytes: %+v, %v\nwant %+v", blocks, err, res)
		}
		for i := range res.Records {
			res.Records[i].ID = ""
		}
		if blocks, err := scanIn(data, 5, true); err != nil || !sameResult(blocks, res) {
			t.Fatalf("without ids, in blocks of 5 bytes: %+v, %v\nwant %+v", blocks, err, res)
		}
	})
}

// comparable replaces the parts of r that reflect.DeepEqual compares by
// address (time locations, pointers) with their values.
func comparable(r Record) any {
	type plain Record
	str := func(t time.Time) string { return t.Format(time.RFC3339Nano) + t.Location().String() }
	deref := func(p *int) string {
		if p == nil {
			return "nil"
		}
		return fmt.Sprint(*p)
	}
	start, end, before, after := str(r.Start), str(r.End), deref(r.FeelBefore), deref(r.FeelAfter)
	r.Start, r.End, r.FeelBefore, r.FeelAfter = time.Time{}, time.Time{}, nil, nil
	return []any{plain(r), start, end, before, after}
}
