package history

import (
	"bytes"
	"encoding/binary"
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

// What a line turned out to be; the last two have a slot.
const (
	lineBlank = iota
	lineShort // too short to be a record: unreadable
	lineUnreadable
	lineRecord
)

// slotted reports whether line gets a slot to be decoded into: whether it is
// not blank and as long as the shortest record, {"v":1,"id":"x"}. A file of
// garbage thus cannot make a read allocate much more than one of records.
func slotted(line []byte) bool {
	return len(line) >= len(`{"v":1,"id":"x"}`) && skipSpace(line, 0) < len(line)
}

// parse decodes data, each line that may be a record into a slot of its
// own. Decoding is most of the work, so the lines are split among the CPUs;
// duplicates and skipped lines are then dropped in file order, so the first
// copy of a record is the one kept.
func parse(data []byte) Result {
	type part struct {
		data       []byte
		line, slot int // lines and slots before it
	}
	var parts []part
	lines, slots := 0, 0
	size := len(data)/runtime.GOMAXPROCS(0) + 1
	for rest := data; len(rest) > 0; {
		n := len(rest)
		if n > size {
			if i := bytes.IndexByte(rest[size:], '\n'); i >= 0 {
				n = size + i + 1
			}
		}
		parts = append(parts, part{rest[:n], lines, slots})
		for line := range bytes.Lines(rest[:n]) {
			lines++
			if slotted(line) {
				slots++
			}
		}
		rest = rest[n:]
	}

	recs, kinds := make([]Record, slots), make([]byte, lines)
	var wg sync.WaitGroup
	for _, p := range parts {
		wg.Go(func() {
			d := newDecoder()
			d.text.Grow(len(p.data) / 5) // ids and sessions are a sixth of a history
			n, s := p.line, p.slot
			for line := range bytes.Lines(p.data) {
				switch {
				case slotted(line):
					kinds[n] = lineUnreadable
					if d.decode(line, &recs[s]) {
						kinds[n] = lineRecord
					}
					s++
				case skipSpace(line, 0) == len(line):
					kinds[n] = lineBlank
				default:
					kinds[n] = lineShort
				}
				n++
			}
		})
	}
	wg.Wait()

	var res Result
	seen := make(map[string]struct{}, slots)
	kept, s := 0, 0
	for i, kind := range kinds {
		if kind == lineShort || kind == lineUnreadable {
			res.Unreadable = append(res.Unreadable, i+1)
		}
		if kind < lineUnreadable {
			continue
		}
		r := &recs[s]
		s++
		switch {
		case kind == lineUnreadable, hasID(seen, r.ID):
		case r.V > Version:
			res.Newer = append(res.Newer, i+1)
		default:
			if kept != s-1 { // a copy only after something was dropped
				recs[kept] = *r
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
	// Lines repeat a handful of kinds, exercises and sides, and the same
	// session many times in a row; sharing those strings saves most of the
	// allocations of a read. recent holds the latest distinct values of
	// session, kind, exercise, side and routine; next is where the next new
	// one goes.
	recent [5][16]string
	next   [5]int

	// text holds the strings of the records: one buffer instead of an
	// allocation per id spares the allocator and the garbage collector.
	// A Builder never changes what its String has returned.
	text strings.Builder

	date     string                 // the last date timestamp parsed, 2006-01-02,
	midnight int64                  // and its start in Unix seconds
	zones    map[int]*time.Location // by offset
}

func newDecoder() *decoder {
	return &decoder{zones: make(map[int]*time.Location)}
}

// decode reads one line into rec, which must be zero, and reports whether
// it is a record: a JSON object with a version and an id.
func (d *decoder) decode(line []byte, rec *Record) bool {
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
		// A key needs no checking: one with escapes or odd bytes matches
		// none of the cases below.
		if i == len(b) || b[i] != '"' {
			return false
		}
		j := i + 1
		for j < len(b) && b[j] != '"' {
			j++
		}
		if j == len(b) {
			return false
		}
		key := b[i+1 : j]
		i = skipSpace(b, j+1)
		if i == len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		var s []byte
		var ok bool
		switch string(key) {
		case "v":
			r.V, i, ok = integer(b, i)
		case "id":
			s, i, ok = quoted(b, i)
			r.ID = d.keep(s)
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
			i, ok = d.timestamp(b, i, &r.Start)
		case "end":
			i, ok = d.timestamp(b, i, &r.End)
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

// quoted returns the contents of the string at b[i:] and the index after
// it, if they are printable ASCII without quote or backslash and so mean
// what they say unescaped.
func quoted(b []byte, i int) ([]byte, int, bool) {
	if i == len(b) || b[i] != '"' {
		return nil, i, false
	}
	j := i + 1
	// Eight bytes at a time while none is special: strings are most of a
	// line, and this is most of the time of a read.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; j+8 <= len(b); j += 8 {
		x := binary.LittleEndian.Uint64(b[j:])
		q, bs := x^('"'*ones), x^('\\'*ones) // zero where x has '"' or '\\'
		// Subtracting sets the high bit of a byte that was below the
		// amount; x's own high bits mark non-ASCII.
		if ((q-ones)&^q|(bs-ones)&^bs|(x-' '*ones)|x)&highs != 0 {
			break
		}
	}
	for ; j < len(b); j++ {
		if c := b[j]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			break
		}
	}
	if j == len(b) || b[j] != '"' {
		return nil, i, false
	}
	return b[i+1 : j], j + 1, true
}

// str returns the string at b[i:], shared with earlier lines if one of
// the recent values of the field.
func (d *decoder) str(b []byte, i, field int) (string, int, bool) {
	s, j, ok := quoted(b, i)
	if !ok {
		return "", i, false
	}
	recent := &d.recent[field]
	for _, v := range recent {
		if v == string(s) {
			return v, j, true
		}
	}
	v := d.keep(s)
	recent[d.next[field]%len(recent)] = v
	d.next[field]++
	return v, j, true
}

// keep returns s as a string in d.text.
func (d *decoder) keep(s []byte) string {
	start := d.text.Len()
	d.text.Write(s)
	return d.text.String()[start:]
}

// timestamp reads the string at b[i:] into t as encoding/json would, by
// way of time.Time.UnmarshalJSON. The form Append writes, whole seconds and
// an offset, it parses itself: the library's parse was a quarter of a read.
// Escapes need no checking: a string with one is no RFC 3339 time.
func (d *decoder) timestamp(b []byte, i int, t *time.Time) (int, bool) {
	if i == len(b) || b[i] != '"' {
		return i, false
	}
	j := i + 1
	for j < len(b) && b[j] != '"' {
		j++
	}
	if j == len(b) {
		return j, false
	}
	if sec, offset, utc, ok := d.rfc3339(b[i+1 : j]); ok {
		// Like time.Parse: in UTC for Z, in Local if the offset is Local's
		// at that moment, else in a fixed zone.
		*t = time.Unix(sec, 0)
		if utc {
			*t = t.UTC()
		} else if _, local := t.Zone(); local != offset {
			zone, ok := d.zones[offset]
			if !ok {
				zone = time.FixedZone("", offset)
				d.zones[offset] = zone
			}
			*t = t.In(zone)
		}
		return j + 1, true
	}
	return j + 1, t.UnmarshalJSON(b[i:j+1]) == nil
}

// rfc3339 parses 2006-01-02T15:04:05-07:00 or 2006-01-02T15:04:05Z into Unix
// seconds and the offset in seconds east of UTC, accepting exactly what
// time.Parse accepts in that form.
func (d *decoder) rfc3339(s []byte) (sec int64, offset int, utc, ok bool) {
	const layout = "2006-01-02T15:04:05-07:00"
	utc = len(s) == len("2006-01-02T15:04:05Z") && s[19] == 'Z'
	if !utc && !(len(s) == len(layout) && (s[19] == '+' || s[19] == '-') && s[22] == ':') ||
		s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return 0, 0, false, false
	}
	ok = true
	num := func(at, max int) int {
		hi, lo := int(s[at])-'0', int(s[at+1])-'0'
		n := hi*10 + lo
		if hi < 0 || hi > 9 || lo < 0 || lo > 9 || n > max {
			ok = false
		}
		return n
	}
	if !utc {
		offset = (num(20, 23)*60 + num(23, 59)) * 60
		if s[19] == '-' {
			offset = -offset
		}
	}
	clock := num(11, 23)*3600 + num(14, 59)*60 + num(17, 59)
	if !ok {
		return 0, 0, false, false
	}
	// Records of a day follow each other, so the date is worked out once.
	if string(s[:10]) != d.date {
		year, month, day := num(0, 99)*100+num(2, 99), num(5, 12), num(8, 31)
		midnight := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if !ok || month == 0 || midnight.Day() != day { // day 0, or one the month lacks
			return 0, 0, false, false
		}
		d.date, d.midnight = string(s[:10]), midnight.Unix()
	}
	return d.midnight + int64(clock-offset), offset, utc, true
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
