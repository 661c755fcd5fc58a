package history

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"github.com/backroll/backroll/content"
)

// decode reads one line into rec as encoding/json would, and reports
// whether it is a JSON object at all (false: unreadable) and whether its
// keys are backroll's own as backroll spells them (false: a key such as
// "KIND" differs from one only in case, which encoding/json would take for
// it, or a key is given twice: no version of backroll wrote either).
//
// Lines as backroll writes them take a fast path, which matters on a
// history of a million lines; anything else goes through encoding/json.
// FuzzDecode checks that both read every line the same.
func decode(line []byte, rec *Record) (ok, ownKeys bool) {
	*rec = Record{}
	if fastDecode(line, rec) {
		return true, true
	}
	*rec = Record{}
	if json.Unmarshal(line, rec) != nil {
		return false, false
	}
	return true, keysOwn(line)
}

// fields are the keys of a record, as backroll writes them.
var fields = []string{"v", "id", "session", "kind", "exercise", "side", "start", "end", "routine",
	"planned_s", "rolled_s", "completed", "tender", "feel_before", "feel_after", "red_flag"}

// keysOwn reports whether every key of the object line that matches a
// record's field in encoding/json's way (ignoring case) is the field's
// own spelling, and is there once. Other keys, from newer versions, are
// fine.
func keysOwn(line []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(line))
	// A map keeps the last of a key given twice: count them as they come.
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return false
	}
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		key, _ := tok.(string)
		for _, f := range fields {
			if strings.EqualFold(key, f) && key != f {
				return false
			}
		}
		if seen[key] {
			return false
		}
		seen[key] = true
		var v json.RawMessage
		if dec.Decode(&v) != nil {
			return false
		}
	}
	return true
}

// fastDecode decodes line when it is shaped exactly as backroll writes a
// record: one object, no spaces, each known key at most once, strings of
// printable ASCII without escapes, whole numbers of up to 18 digits, and
// false or true. It reports false, leaving rec in any state, for
// everything else.
func fastDecode(line []byte, rec *Record) bool {
	p := parser{b: line}
	if !p.byte('{') {
		return false
	}
	var seen uint32
	for first := true; ; first = false {
		if p.byte('}') {
			break
		}
		if !first && !p.byte(',') {
			return false
		}
		key, ok := p.str()
		if !ok || !p.byte(':') {
			return false
		}
		i := fieldIndex(key)
		if i < 0 || seen&(1<<i) != 0 {
			return false
		}
		seen |= 1 << i
		if !p.value(rec, i) {
			return false
		}
	}
	rest := p.b[p.i:]
	return len(rest) == 0 || string(rest) == "\n" || string(rest) == "\r\n"
}

func fieldIndex(key []byte) int {
	for i, f := range fields {
		if string(key) == f {
			return i
		}
	}
	return -1
}

type parser struct {
	b []byte
	i int
}

func (p *parser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a string of printable ASCII with no escapes, quotes included
// in line but not in what it returns.
func (p *parser) str() ([]byte, bool) {
	if !p.byte('"') {
		return nil, false
	}
	start := p.i
	for ; p.i < len(p.b); p.i++ {
		switch c := p.b[p.i]; {
		case c == '"':
			p.i++
			return p.b[start : p.i-1], true
		case c < 0x20 || c >= 0x7f || c == '\\':
			return nil, false
		}
	}
	return nil, false
}

// int reads -?(0|[1-9][0-9]{0,17}): never more than an int holds.
func (p *parser) int() (int, bool) {
	neg := p.byte('-')
	start, n := p.i, 0
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		n = n*10 + int(p.b[p.i]-'0')
		p.i++
	}
	digits := p.i - start
	if digits == 0 || digits > 18 || digits > 1 && p.b[start] == '0' {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

func (p *parser) bool() (bool, bool) {
	switch {
	case strings.HasPrefix(string(p.b[p.i:]), "true"):
		p.i += 4
		return true, true
	case strings.HasPrefix(string(p.b[p.i:]), "false"):
		p.i += 5
		return false, true
	}
	return false, false
}

// time reads a string as time.Time's own UnmarshalJSON does, which is what
// encoding/json calls.
func (p *parser) time(t *time.Time) bool {
	start := p.i
	if _, ok := p.str(); !ok {
		return false
	}
	return t.UnmarshalJSON(p.b[start:p.i]) == nil
}

// value reads the value of field i into rec.
func (p *parser) value(rec *Record, i int) bool {
	strField := func(dst *string) bool {
		s, ok := p.str()
		*dst = intern(s)
		return ok
	}
	intField := func(dst *int) bool {
		n, ok := p.int()
		*dst = n
		return ok
	}
	feel := func(dst **int) bool {
		n, ok := p.int()
		*dst = &n
		return ok
	}
	boolField := func(dst *bool) bool {
		v, ok := p.bool()
		*dst = v
		return ok
	}
	switch fields[i] {
	case "v":
		return intField(&rec.V)
	case "id":
		return strField(&rec.ID)
	case "session":
		return strField(&rec.Session)
	case "kind":
		return strField(&rec.Kind)
	case "exercise":
		return strField(&rec.Exercise)
	case "side":
		return strField(&rec.Side)
	case "start":
		return p.time(&rec.Start)
	case "end":
		return p.time(&rec.End)
	case "routine":
		return strField(&rec.Routine)
	case "planned_s":
		return intField(&rec.PlannedS)
	case "rolled_s":
		return intField(&rec.RolledS)
	case "completed":
		return boolField(&rec.Completed)
	case "tender":
		return intField(&rec.Tender)
	case "feel_before":
		return feel(&rec.FeelBefore)
	case "feel_after":
		return feel(&rec.FeelAfter)
	case "red_flag":
		return boolField(&rec.RedFlag)
	}
	return false
}

// common are the values most lines share: kinds, sides, exercises and the
// built-in routines. A line's copy of one is not kept: a million lines
// make a million fewer strings.
var common = func() map[string]string {
	m := make(map[string]string)
	for _, s := range []string{KindHold, KindSession, KindPause, "left", "right"} {
		m[s] = s
	}
	for _, e := range content.Exercises {
		m[e.ID] = e.ID
	}
	for _, r := range content.Routines {
		m[r.ID] = r.ID
	}
	return m
}()

func intern(b []byte) string {
	if s, ok := common[string(b)]; ok { // no copy made to look up
		return s
	}
	return string(b)
}
