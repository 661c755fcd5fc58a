package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// readNow is when the tests read: the records below are from before.
var readNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func TestRead(t *testing.T) {
	const (
		a = `{"v":1,"id":"a","session":"s","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}`
		b = `{"v":1,"id":"b","session":"s","kind":"hold","exercise":"mid-back-wall","start":"2026-03-29T01:59:00-05:00","planned_s":60,"rolled_s":30,"completed":false}`
	)
	tests := []struct {
		name       string
		in         string
		ids        string // ids of the records read, in order
		unreadable string
		invalid    string
		newer      string
		duplicate  string
	}{
		{"empty", "", "", "[]", "[]", "[]", "[]"},
		{"two lines", a + "\n" + b + "\n", "a b", "[]", "[]", "[]", "[]"},
		{"no final newline", a + "\n" + b, "a b", "[]", "[]", "[]", "[]"},
		{"torn last line", a + "\n" + b[:40], "a", "[2]", "[]", "[]", "[]"},
		{"garbage lines", "garbage\n" + a + "\n\x00\x00\x00\n[1,2]\nnull\n{}\n" + b + "\n", "a b", "[1 3 4 5 6]", "[]", "[]", "[]"},
		{"blank lines are not counted", "\n \n" + a + "\r\n\n", "a", "[]", "[]", "[]", "[]"},
		{"wrong type", `{"v":1,"id":"x","rolled_s":"60"}` + "\n" + a, "a", "[1]", "[]", "[]", "[]"},
		{"no id", `{"v":1,"kind":"hold"}`, "", "[1]", "[]", "[]", "[]"},
		{"duplicate ids count once", a + "\n" + b + "\n" + a + "\n", "a b", "[]", "[]", "[]", "[3]"},
		{"a duplicate id of another kind", a + "\n" + `{"v":1,"id":"a","session":"s","kind":"session","start":"2026-11-25T21:00:00+01:00"}`, "a", "[]", "[]", "[]", "[2]"},
		{"a key in capitals", strings.Replace(a, `"kind"`, `"KIND"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"a key in mixed case", strings.Replace(a, `"exercise"`, `"Exercise"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"a key twice", strings.Replace(a, `"side":"left"`, `"side":"left","side":"right"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"a newer version's key in capitals", `{"v":2,"id":"n","KIND":"hold"}` + "\n" + a, "a", "[]", "[1]", "[]", "[]"},
		{"the neck", strings.Replace(a, `"glutes"`, `"neck"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"the lower back", strings.Replace(a, `"glutes"`, `"lower-back"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"an exercise backroll has not", strings.Replace(a, `"glutes"`, `"calves"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"spaces and escapes where backroll writes none", `{ "v": 1, "id": "a", "session": "s", "kind": "hold", "exercise": "gl\u0075tes", "start": "2026-11-25T21:03:00+01:00" }`, "a", "[]", "[]", "[]", "[]"},
		{"newer version", `{"v":2,"id":"n","kind":"hold","shape":{"x":1}}` + "\n" + a, "a", "[]", "[]", "[1]", "[]"},
		{"unknown fields ignored", strings.Replace(a, `"v":1,`, `"v":1,"mood":"great","extra":[1,{"a":null}],`, 1), "a", "[]", "[]", "[]", "[]"},
		{"escapes that decode to an identifier", strings.Replace(a, `"glutes"`, `"gl\u0075tes"`, 1), "a", "[]", "[]", "[]", "[]"},
		{"escape sequence in a name", strings.Replace(a, `"glutes"`, `"\u001b]52;c;aGk=\u0007"`, 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
		{"huge line", strings.Repeat("x", 3<<20) + "\n" + a, "a", "[1]", "[]", "[]", "[]"},
		{"a record dated next week", strings.Replace(a, "2026-11-25", "2026-12-08", 1) + "\n" + b, "b", "[]", "[1]", "[]", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Read(strings.NewReader(tt.in), readNow)
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
			for _, c := range []struct {
				name string
				got  []int
				want string
			}{{"unreadable", res.Unreadable, tt.unreadable}, {"invalid", res.Invalid, tt.invalid}, {"newer", res.Newer, tt.newer}, {"duplicate", res.Duplicate, tt.duplicate}} {
				if got := fmt.Sprint(orEmpty(c.got)); got != c.want {
					t.Errorf("%s lines %s, want %s", c.name, got, c.want)
				}
			}
		})
	}
}

// TestCheck has a case for every rule of the door.
func TestCheck(t *testing.T) {
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	ok := hold("0123abcd", "s-1", "hip-flexors", start, 60)
	five, eleven, minus := 5, 11, -1
	tests := []struct {
		name string
		edit func(r *Record)
		want string // in the error; "" passes
	}{
		{"a hold", func(*Record) {}, ""},
		{"a session", func(r *Record) {
			*r = Record{V: 1, ID: "x", Session: "s", Kind: KindSession, Start: start, End: start.Add(time.Hour), Routine: "nightly", FeelBefore: &five}
		}, ""},
		{"a pause, with no session", func(r *Record) {
			*r = Record{V: 1, ID: "x", Kind: KindPause, Start: start, End: start.AddDate(0, 0, 3)}
		}, ""},
		{"a day ahead at most", func(r *Record) { r.Start = readNow.Add(Future) }, ""},
		{"longest hold", func(r *Record) { r.RolledS, r.PlannedS = 120, 120 }, ""},
		{"an earlier version's longest hold", func(r *Record) { r.PlannedS, r.RolledS = 600, 600 }, ""},
		{"...with two minutes of tender spots", func(r *Record) { r.PlannedS, r.RolledS = 600, 720 }, ""},
		{"a hold from when + had no limit", func(r *Record) { r.PlannedS, r.RolledS = 1800, 1800 }, ""},
		{"a tender spot past the hold", func(r *Record) { r.PlannedS, r.RolledS = 120, 240 }, ""},
		{"rolled past any version's longest", func(r *Record) { r.PlannedS, r.RolledS = 600, MaxRolledS+1 }, "rolled seconds"},
		{"the neck", func(r *Record) { r.Exercise = "neck" }, "never rolled"},
		{"the lower back", func(r *Record) { r.Exercise = "lower-back" }, "never rolled"},
		{"an exercise backroll has not", func(r *Record) { r.Exercise = "calves" }, "no exercise calves"},
		{"the wall mid-back", func(r *Record) { r.Exercise = "mid-back-wall" }, ""},
		{"another version", func(r *Record) { r.V = 2 }, "version"},
		{"unknown kind", func(r *Record) { r.Kind = "stretch" }, "unknown kind"},
		{"kind with capitals", func(r *Record) { r.Kind = "Hold" }, "identifier"},
		{"id with an escape", func(r *Record) { r.ID = "a\x1b[2J" }, "identifier"},
		{"long id", func(r *Record) { r.ID = strings.Repeat("a", 65) }, "identifier"},
		{"session with C1", func(r *Record) { r.Session = "s\u009b2J" }, "session"},
		{"no session", func(r *Record) { r.Session = "" }, "no session"},
		{"exercise with OSC 8", func(r *Record) { r.Exercise = "\x1b]8;;http://x\x1b\\glutes" }, "exercise"},
		{"routine with a space", func(r *Record) { r.Routine = "night ly" }, "routine"},
		{"side", func(r *Record) { r.Side = "up" }, "side"},
		{"no start", func(r *Record) { r.Start = time.Time{} }, "no start"},
		{"more than a day ahead", func(r *Record) { r.Start = readNow.Add(Future + time.Second) }, "ahead"},
		{"2031", func(r *Record) { r.Start = time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC) }, "ahead"},
		{"end before start", func(r *Record) { r.End = start.Add(-time.Second) }, "end before start"},
		{"negative seconds", func(r *Record) { r.RolledS = -100000 }, "seconds"},
		{"planned past any version's longest hold", func(r *Record) { r.PlannedS = MaxPlannedS + 1 }, "planned seconds"},
		{"huge seconds", func(r *Record) { r.RolledS = 1 << 60 }, "seconds"},
		{"a hold with no exercise", func(r *Record) { r.Exercise = "" }, "no exercise"},
		{"negative tender", func(r *Record) { r.Tender = -1 }, "tender"},
		{"feel 11", func(r *Record) { r.FeelAfter = &eleven }, "feel"},
		{"feel -1", func(r *Record) { r.FeelBefore = &minus }, "feel"},
		{"a pause with no end", func(r *Record) {
			*r = Record{V: 1, ID: "x", Kind: KindPause, Start: start}
		}, "no end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok
			tt.edit(&r)
			err := Check(&r, readNow)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func orEmpty(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func TestReadKeepsOffsetAndFields(t *testing.T) {
	line := `{"v":1,"id":"a","session":"s","kind":"session","start":"2026-03-29T01:59:00-05:00","end":"2026-03-29T15:01:00+02:00","routine":"nightly","feel_before":6,"feel_after":0,"red_flag":true}` + "\n" +
		`{"v":1,"id":"b","session":"s","kind":"hold","exercise":"glutes","side":"right","start":"2026-11-25T21:03:00+01:00","planned_s":90,"rolled_s":61,"completed":true,"tender":2}`
	res, err := Read(strings.NewReader(line), readNow)
	if err != nil || len(res.Records) != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	s, h := res.Records[0], res.Records[1]
	if got := s.Start.Format(time.RFC3339); got != "2026-03-29T01:59:00-05:00" {
		t.Errorf("start %s, offset lost", got)
	}
	if got := s.End.Format(time.RFC3339); got != "2026-03-29T15:01:00+02:00" {
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
	res, err := ReadFile(filepath.Join(t.TempDir(), "none", FileName), readNow)
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
		{Result{Invalid: []int{4}}, "1 record that makes no sense in history.jsonl (line 4), left as it is"},
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

// FuzzRead checks Read against the plain way of reading, encoding/json and
// Check on one line after another, and that whatever passes is safe to
// print: every string of every record an identifier.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"v":1,"id":"a","session":"s","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}` + "\n"))
	f.Add([]byte(`{"v":1,"id":"0123456789abcdef0123456789abcdef","session":"0123456789abcdef0123456789abcdef","kind":"session","start":"2026-11-25T21:03:00Z","end":"2026-11-25T21:13:00-05:00","routine":"nightly","feel_before":6,"feel_after":3,"red_flag":true}` + "\r\n" +
		`{"v":1,"id":"0123456789abcdef0123456789abcdef","kind":"hold","tender":1}` + "\n\n" + `{"v":2,"id":"x"}`))
	f.Add([]byte(`{"v":1,"id":"a","session":"s","kind":"hold","exercise":"\u001b]52;c;aGk=\u0007","start":"2026-11-25T21:03:00+01:00"}` + "\n" +
		`{"v":1,"id":"b","session":"s","kind":"hold","exercise":"\u009b2J\u009d8;;x\u009c","start":"2026-11-25T21:03:00+01:00"}` + "\n" +
		`{"v":1,"id":"c","session":"s","kind":"hold","exercise":"lats","start":"2031-01-01T00:00:00Z","rolled_s":99999999999999999999}` + "\n" +
		`{"v":1,"id":"d","session":"s","kind":"hold","exercise":"lats","start":"2026-11-25T21:03:00+01:00","rolled_s":-100000}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Read(bytes.NewReader(data), readNow)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range res.Records {
			got = append(got, r.ID)
			for _, s := range []string{r.ID, r.Session, r.Kind, r.Exercise, r.Side, r.Routine} {
				if s != "" && !isIdent(s) {
					t.Fatalf("record %+v passed with %q", r, s)
				}
			}
		}

		var want []string
		var unreadable, invalid, newer, dup []int
		seen := map[string]bool{}
		for i, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var r Record
			err := json.Unmarshal(line, &r)
			switch {
			case len(line) > MaxLine || err != nil || r.V < 1 || r.ID == "":
				unreadable = append(unreadable, i+1)
			case r.V > Version && !isIdent(r.ID), !ownKeys(line), r.V <= Version && Check(&r, readNow) != nil:
				invalid = append(invalid, i+1)
			case seen[r.ID]:
				dup = append(dup, i+1)
			case r.V > Version:
				seen[r.ID] = true
				newer = append(newer, i+1)
			default:
				seen[r.ID] = true
				want = append(want, r.ID)
			}
		}
		if !slices.Equal(got, want) || !slices.Equal(res.Unreadable, unreadable) || !slices.Equal(res.Invalid, invalid) || !slices.Equal(res.Newer, newer) || !slices.Equal(res.Duplicate, dup) {
			t.Fatalf("Read: records %q, unreadable %v, invalid %v, newer %v, duplicate %v\nwant records %q, unreadable %v, invalid %v, newer %v, duplicate %v",
				got, res.Unreadable, res.Invalid, res.Newer, res.Duplicate, want, unreadable, invalid, newer, dup)
		}
	})
}

// ownKeys is the plain way of telling that an object's keys are
// backroll's own: every top-level key once, and none that matches a field
// only when case is ignored.
func ownKeys(line []byte) bool {
	var keys []string
	dec := json.NewDecoder(bytes.NewReader(line))
	depth, key := 0, false // key: the next token at depth 1 is a key
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
			key = depth == 1
			continue
		case json.Delim('}'), json.Delim(']'):
			depth--
			key = depth == 1
			continue
		}
		if depth == 1 {
			if s, ok := tok.(string); ok && key {
				keys = append(keys, s)
			}
			key = !key
		}
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			return false
		}
		seen[k] = true
		for _, f := range []string{"v", "id", "session", "kind", "exercise", "side", "start", "end", "routine",
			"planned_s", "rolled_s", "completed", "tender", "feel_before", "feel_after", "red_flag"} {
			if strings.EqualFold(k, f) && k != f {
				return false
			}
		}
	}
	return true
}
