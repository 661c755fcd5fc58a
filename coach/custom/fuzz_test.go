package custom

import (
	"fmt"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
	"github.com/backroll/backroll/content"
)

// Whatever a shared file holds, parsing neither panics nor lets through a
// routine that names no area, a no-roll zone, a hold out of bounds or a
// string a terminal would act on; and every problem it reports is inert.
func FuzzParse(f *testing.F) {
	f.Add([]byte("name = \"x\"\n[[step]]\nexercise = \"lats\"\n"))
	f.Add([]byte("\"\\u001b]52;c;aGk=\\u0007\" = 1\n[[step]]\nexercise = \"\\u009b2J\"\n\"\\u202e\" = 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, probs := Parse("fuzz", data)
		checkInert(t, probs)
		if len(probs) > 0 {
			return
		}
		if !text.IsInert(r.Name+r.Summary) || strings.ContainsAny(r.Name+r.Summary, "\n\t") {
			t.Errorf("not inert: %q %q", r.Name, r.Summary)
		}
		for _, it := range r.Items {
			ex, ok := content.ExerciseByID(it.Exercise)
			if !ok || ex.StandsIn != "" || it.Hold != 0 && coach.ValidateHold(it.Hold) != nil {
				t.Errorf("accepted %+v", it)
			}
		}
		if _, err := coach.NewPlan(r, coach.Options{}); err != nil {
			t.Errorf("no plan: %v", err)
		}
	})
}

// A fault is one mistake a routine file can hold, written with a payload
// from the fuzzer in it, and the key its problem is reported under.
type fault struct {
	top  bool // written before the first [[step]], else in a step
	step int  // the step it is in
	line func(payload string) string
	key  func(payload string) string
}

func always(key string) func(string) string { return func(string) string { return key } }

var faults = []fault{
	{top: true, line: func(string) string { return "name = 12" }, key: always("name")},
	{top: true, line: func(p string) string { return "description = " + tomlQuote(p+"\a") }, key: always("description")},
	{top: true, line: func(string) string { return `cat_cow = "yes"` }, key: always("cat_cow")},
	{top: true, line: func(p string) string { return tomlQuote("x"+p) + " = 1" }, key: func(p string) string { return tomlfile.Cut("x" + p) }},
	{step: 0, line: func(p string) string { return "exercise = " + tomlQuote("zz"+p) }, key: always("step 1: exercise")},
	{step: 0, line: func(p string) string { return "hold = " + tomlQuote("x"+p) }, key: always("step 1: hold")},
	{step: 1, line: func(p string) string { return "sides = " + tomlQuote("q"+p) }, key: always("step 2: sides")},
	{step: 1, line: func(p string) string { return tomlQuote("k"+p) + " = 1" }, key: func(p string) string { return "step 2: " + tomlfile.Cut("k"+p) }},
}

// FuzzParseAll writes a routine with the faults that mask picks, each
// carrying payload, and checks that Parse reports every one of them, not
// only the first, each by its line, and nothing else; and that every
// message is inert.
func FuzzParseAll(f *testing.F) {
	for _, p := range []string{"", "\x1b]52;c;aGk=\x07", "\x1b]0;title\x07", "\x1b[2JFAKE: all checks passed", "\a\b\r", "\u009b2J\u009d", "\u202eevil", "\xff"} {
		f.Add(uint16(0xff), p)
	}
	f.Add(uint16(0), "")
	f.Add(uint16(0x81), "x")
	f.Fuzz(func(t *testing.T, mask uint16, payload string) {
		payload = strings.ToValidUTF8(payload, "?")
		var steps [2][]string
		var head []string
		want := map[string]bool{}
		for i, fl := range faults {
			on := mask&(1<<i) != 0
			switch {
			case !on && i == 4:
				steps[0] = append(steps[0], `exercise = "lats"`)
			case !on:
			case fl.top:
				head = append(head, fl.line(payload))
			default:
				steps[fl.step] = append(steps[fl.step], fl.line(payload))
			}
			if on {
				want[fl.key(payload)] = true
			}
		}
		steps[1] = append(steps[1], `exercise = "lats"`)
		file := strings.Join(head, "\n") + "\n[[step]]\n" + strings.Join(steps[0], "\n") + "\n[[step]]\n" + strings.Join(steps[1], "\n") + "\n"
		_, probs := Parse("fuzz", []byte(file))
		checkInert(t, probs)
		got := map[string]bool{}
		for _, p := range probs {
			got[p.Key] = true
			if p.Line == 0 {
				t.Errorf("%s: no line for %q", p.Key, p.Msg)
			}
		}
		if len(probs) != len(want) || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("problems %+v\nwant one under each of %v\nin:\n%s", probs, want, file)
		}
	})
}

func checkInert(t *testing.T, probs []Problem) {
	t.Helper()
	for _, p := range probs {
		if text.Inert(p.Key) != p.Key || text.Inert(p.Msg) != p.Msg {
			t.Errorf("not inert: %q: %q", p.Key, p.Msg)
		}
	}
	if msg := (&Invalid{Path: "a\x1b.toml", Problems: probs}).Error(); !text.IsInert(msg) {
		t.Errorf("not inert: %q", msg)
	}
}

// tomlQuote writes s as a TOML basic string, controls escaped as TOML
// wants and everything else (C1 and bidi controls too) as it is.
func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
