package history

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// FuzzDecode checks the fast path against encoding/json: a line it takes
// decodes to the very record encoding/json makes of it.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"v":1,"id":"a","session":"s","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true,"tender":2}`))
	f.Add([]byte(`{"v":1,"id":"a","session":"s","kind":"session","start":"2026-11-25T21:03:00Z","end":"2026-11-25T21:13:00-05:00","routine":"nightly","feel_before":6,"feel_after":0,"red_flag":true}`))
	f.Add([]byte(`{"v":1,"id":"a","kind":"pause","start":"2026-11-25T21:03:00+01:00","end":"2026-11-28T21:03:00+01:00"}`))
	f.Add([]byte(`{"v":-0,"id":"","rolled_s":-12,"planned_s":999999999999999999,"start":"2026-11-25T21:03:00.5+01:00"}`))
	f.Add([]byte(`{"v":1,"start":"2026-13-25T21:03:00Z"}`))
	f.Add([]byte(`{"v":01}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var fast Record
		if !fastDecode(line, &fast) {
			return
		}
		var slow Record
		if err := json.Unmarshal(line, &slow); err != nil {
			t.Fatalf("fast path took %q, which encoding/json refuses: %v", line, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q: fast path %+v, encoding/json %+v", line, fast, slow)
		}
		if !keysOwn(line) {
			t.Fatalf("fast path took %q, whose keys are not backroll's own", line)
		}
	})
}

// The fast path takes what backroll writes, and leaves the rest to
// encoding/json.
func TestFastDecodeTakesWhatBackrollWrites(t *testing.T) {
	for _, r := range []Record{
		hold("0123abcd", "s-1", "hip-flexors", readNow, 60),
		{V: 1, ID: "x", Session: "s", Kind: KindSession, Start: readNow, End: readNow, Routine: "nightly", FeelBefore: new(int), RedFlag: true},
		{V: 1, ID: "p", Kind: KindPause, Start: readNow, End: readNow},
	} {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var got Record
		if !fastDecode(line, &got) {
			t.Errorf("fast path refused %s", line)
		}
	}
	for _, line := range []string{`{ "v":1}`, `{"v":1,"id":"a\u0062"}`, `{"v":1,"x":2}`, `{"v":1,"v":1}`, `{"v":1}x`, `{"v":null}`} {
		var got Record
		if fastDecode([]byte(line), &got) {
			t.Errorf("fast path took %s", line)
		}
	}
}

// The JSON export, written a record at a time, is what encoding/json
// writes of the whole slice.
func TestJSONExportAsEncodingJSON(t *testing.T) {
	six, zero := 6, 0
	tender := hold("h2", "s1", "lats", readNow.Add(1500*time.Millisecond), 45)
	tender.Tender, tender.Side, tender.Completed = 3, "", true
	all := []Record{
		hold("h1", "s1", "glutes", readNow, 45),
		tender,
		{V: 1, ID: "s1r", Session: "s1", Kind: KindSession, Start: readNow, End: readNow, Routine: "nightly", FeelBefore: &six},
		{V: 1, ID: "s2r", Session: "s2", Kind: KindSession, Start: readNow.In(time.FixedZone("", -5*3600)), FeelAfter: &zero, RedFlag: true},
		{V: 1, ID: "p", Kind: KindPause, Start: readNow, End: readNow},
		{V: 2, ID: "n<&>", Kind: "stretch\u2028", Start: readNow, Tender: -1},
	}
	for n := range len(all) + 1 {
		recs := all[:n]
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(append([]Record{}, recs...)); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&got, recs); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d records:\n%s\nwant:\n%s", n, got.String(), want.String())
		}
	}
}
