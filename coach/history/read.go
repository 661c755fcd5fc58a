package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Result is what Read makes of a history file.
type Result struct {
	Records    []Record // records of a known version, each id once, in file order
	Unreadable []int    // numbers (from 1) of corrupt or torn lines, skipped
	Newer      []int    // numbers of lines written by a newer version, skipped
}

// ReadFile reads the history file at path. A missing file is an empty
// history.
func ReadFile(path string) (Result, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}, nil
	}
	if err != nil {
		return Result{}, err
	}
	return parse(data), nil
}

// Read reads history lines from r. Lines that cannot be read are skipped and
// reported, never guessed at; the error is only for failures of r itself.
func Read(r io.Reader) (Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Result{}, err
	}
	return parse(data), nil
}

// Line kinds, as decoded.
const (
	blank = iota
	unreadable
	record
)

// parse decodes data into one slot per line. Decoding is most of the work,
// so the lines are split among the CPUs; duplicates and skipped lines are
// then dropped in file order, so the first copy of a record is the one kept.
func parse(data []byte) Result {
	var parts [][]byte
	var firsts []int // number of lines before each part
	lines := 0
	size := len(data)/runtime.GOMAXPROCS(0) + 1
	for rest := data; len(rest) > 0; {
		n := len(rest)
		if n > size {
			if i := bytes.IndexByte(rest[size:], '\n'); i >= 0 {
				n = size + i + 1
			}
		}
		parts, firsts = append(parts, rest[:n]), append(firsts, lines)
		lines += bytes.Count(rest[:n], []byte{'\n'})
		if rest[n-1] != '\n' {
			lines++
		}
		rest = rest[n:]
	}

	recs, kinds := make([]Record, lines), make([]byte, lines)
	var wg sync.WaitGroup
	for p, part := range parts {
		wg.Go(func() {
			d := decoder{strs: make(map[string]string)}
			n := firsts[p]
			for line := range bytes.Lines(part) {
				switch {
				case skipSpace(line, 0) == len(line):
					kinds[n] = blank
				case d.decode(line, &recs[n]):
					kinds[n] = record
				default:
					kinds[n] = unreadable
				}
				n++
			}
		})
	}
	wg.Wait()

	var res Result
	seen := make(map[string]struct{}, lines)
	kept := 0
	for i := range recs {
		switch {
		case kinds[i] == blank:
		case kinds[i] == unreadable:
			res.Unreadable = append(res.Unreadable, i+1)
		case hasID(seen, recs[i].ID):
		case recs[i].V > Version:
			res.Newer = append(res.Newer, i+1)
		default:
			if kept != i { // a copy only after something was dropped
				recs[kept] = recs[i]
			}
			kept++
		}
	}
	clear(recs[kept:]) // let go of what the dropped records point to
	if kept > 0 {
		res.Records = recs[:kept]
	}
	return res
}

// hasID reports whether id was seen before, and remembers it.
func hasID(seen map[string]struct{}, id string) bool {
	if _, ok := seen[id]; ok {
		return true
	}
	seen[id] = struct{}{}
	return false
}

// Warning describes the skipped lines for the user, naming the file as
// file, or returns "" when nothing was skipped.
func (res Result) Warning(file string) string {
	var parts []string
	if n := len(res.Unreadable); n > 0 {
		parts = append(parts, fmt.Sprintf("%s in %s (%s), left as %s",
			count(n, "unreadable line"), file, lineList(res.Unreadable), them(n)))
	}
	if n := len(res.Newer); n > 0 {
		parts = append(parts, fmt.Sprintf("%s from a newer backroll in %s (%s), left as %s",
			count(n, "line"), file, lineList(res.Newer), them(n)))
	}
	return strings.Join(parts, "; ")
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func them(n int) string {
	if n == 1 {
		return "it is"
	}
	return "they are"
}

// lineList names the first few line numbers; a long list helps nobody.
func lineList(lines []int) string {
	const shown = 5
	var b strings.Builder
	if len(lines) == 1 {
		b.WriteString("line ")
	} else {
		b.WriteString("lines ")
	}
	for i, n := range lines[:min(len(lines), shown)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	if len(lines) > shown {
		b.WriteString(", …")
	}
	return b.String()
}

// decoder turns lines into records.
type decoder struct {
	strs map[string]string // interned session, kind, exercise, side and routine values
	last [5]string         // the previous line's values of those, in that order
}

// decode reads one line into rec and reports whether it is a record: a JSON
// object with a version and an id.
func (d *decoder) decode(line []byte, rec *Record) bool {
	*rec = Record{}
	if !d.fast(line, rec) {
		*rec = Record{}
		if json.Unmarshal(line, rec) != nil {
			return false
		}
	}
	return rec.V >= 1 && rec.ID != ""
}

// fast decodes the plain layout that Append writes (no escapes, no unknown
// keys, no nulls) several times quicker than encoding/json. On anything else
// it returns false and encoding/json decides; what it accepts it decodes
// exactly as encoding/json would, which FuzzRead checks.
func (d *decoder) fast(b []byte, r *Record) bool {
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := quoted(b, i)
		if !ok {
			return false
		}
		i = skipSpace(b, j)
		if i == len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		var s []byte
		switch string(key) {
		case "v":
			r.V, i, ok = integer(b, i)
		case "id":
			s, i, ok = quoted(b, i)
			r.ID = string(s) // not interned: ids do not repeat
		case "session":
			r.Session, i, ok = d.str(b, i, 0)
		case "kind":
			r.Kind, i, ok = d.str(b, i, 1)
		case "exercise":
			r.Exercise, i, ok = d.str(b, i, 2)
		case "side":
			r.Side, i, ok = d.str(b, i, 3)
		case "routine":
			r.Routine, i, ok = d.str(b, i, 4)
		case "start":
			i, ok = timestamp(b, i, &r.Start)
		case "end":
			i, ok = timestamp(b, i, &r.End)
		case "planned_s":
			r.PlannedS, i, ok = integer(b, i)
		case "rolled_s":
			r.RolledS, i, ok = integer(b, i)
		case "tender":
			r.Tender, i, ok = integer(b, i)
		case "feel_before":
			r.FeelBefore = new(int)
			*r.FeelBefore, i, ok = integer(b, i)
		case "feel_after":
			r.FeelAfter = new(int)
			*r.FeelAfter, i, ok = integer(b, i)
		case "completed":
			r.Completed, i, ok = boolean(b, i)
		case "red_flag":
			r.RedFlag, i, ok = boolean(b, i)
		default:
			return false
		}
		if !ok {
			return false
		}
		i = skipSpace(b, i)
		if i == len(b) {
			return false
		}
		if b[i] == '}' {
			return skipSpace(b, i+1) == len(b)
		}
		if b[i] != ',' {
			return false
		}
		i = skipSpace(b, i+1)
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// plain marks the bytes that stand for themselves inside a JSON string:
// printable ASCII but the quote and the backslash.
var plain = func() (t [256]bool) {
	for c := ' '; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// quoted returns the contents of the string at b[i:] and the index after
// it, if it holds plain bytes only and so means what it says unescaped.
func quoted(b []byte, i int) ([]byte, int, bool) {
	if i == len(b) || b[i] != '"' {
		return nil, i, false
	}
	j := i + 1
	for j < len(b) && plain[b[j]] {
		j++
	}
	if j == len(b) || b[j] != '"' {
		return nil, i, false
	}
	return b[i+1 : j], j + 1, true
}

// str returns the string at b[i:], interned: lines repeat a handful of
// kinds, exercises and sides and, in a row, the same session; sharing those
// strings saves most of the allocations of a read. field picks d.last.
func (d *decoder) str(b []byte, i, field int) (string, int, bool) {
	s, j, ok := quoted(b, i)
	if !ok {
		return "", i, false
	}
	if string(s) != d.last[field] {
		v, ok := d.strs[string(s)]
		if !ok {
			v = string(s)
			d.strs[v] = v
		}
		d.last[field] = v
	}
	return d.last[field], j, true
}

// timestamp reads the string at b[i:] into t the way encoding/json does.
func timestamp(b []byte, i int, t *time.Time) (int, bool) {
	_, j, ok := quoted(b, i)
	return j, ok && t.UnmarshalJSON(b[i:j]) == nil
}

// integer reads a JSON integer. It leaves leading zeros (not JSON) and
// numbers long enough to overflow to encoding/json; a fraction or exponent
// that follows makes the caller fail on the next token.
func integer(b []byte, i int) (int, int, bool) {
	j, neg := i, false
	if j < len(b) && b[j] == '-' {
		j, neg = j+1, true
	}
	start := j
	var n int64
	for ; j < len(b) && b[j] >= '0' && b[j] <= '9'; j++ {
		if j > start && b[start] == '0' || j-start == 18 {
			return 0, i, false
		}
		n = n*10 + int64(b[j]-'0')
	}
	if j == start {
		return 0, i, false
	}
	if neg {
		n = -n
	}
	if int64(int(n)) != n { // 32-bit platforms
		return 0, i, false
	}
	return int(n), j, true
}

func boolean(b []byte, i int) (bool, int, bool) {
	switch {
	case bytes.HasPrefix(b[i:], []byte("true")):
		return true, i + 4, true
	case bytes.HasPrefix(b[i:], []byte("false")):
		return false, i + 5, true
	}
	return false, i, false
}
