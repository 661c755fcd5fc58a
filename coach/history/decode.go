package history

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/bits"
	"strings"
	"time"
)

// decoder turns lines into records.
type decoder struct {
	// Lines repeat a handful of kinds, exercises and sides, and the same
	// session many times in a row; sharing those strings saves most of the
	// allocations of a read. recent holds the latest distinct values of
	// session, kind, exercise, side and routine; next is where the next new
	// one goes, hit the one that matched last.
	recent [5][16]string
	next   [5]int
	hit    [5]int

	// text holds the strings of the records: one buffer instead of an
	// allocation per id spares the allocator and the garbage collector.
	// A Builder never changes what its String has returned; when one is
	// full the next takes over, and the strings stay where they are.
	text     strings.Builder
	textHint int // size of the next buffer

	// With noIDs, an id made by NewID is not kept as a string: the last
	// one is key, and elided says the record's id was one.
	noIDs  bool
	key    [16]byte
	elided bool

	date     [10]byte // the last date timestamp parsed, 2006-01-02,
	midnight int64    // and its start in Unix seconds

	// Zones of the offsets met, with the last one in front.
	zones      map[int]*time.Location
	zoneOffset int
	zone       *time.Location
	// Where Local has the offset localOff: [localFrom, localTo) in Unix
	// seconds.
	localFrom, localTo int64
	localOff           int
}

func newDecoder() *decoder {
	return &decoder{zones: make(map[int]*time.Location), localFrom: 1, localTo: 0} // nothing in range: look Local up first
}

// id returns the id s as a string, or, when the decoder leaves ids out and
// s is one NewID made, notes it as a key and returns elidedID.
func (d *decoder) id(s []byte) string {
	if d.noIDs {
		if d.key, d.elided = hexID(s); d.elided {
			return elidedID
		}
	}
	d.elided = false
	return d.keep(s)
}

// elidedID stands for an id the decoder left out.
const elidedID = "-"

// decode reads one line into rec, which must be zero, and reports whether
// it is a record: a JSON object with a version and an id.
func (d *decoder) decode(line []byte, rec *Record) bool {
	d.elided = false
	if !d.fast(line, rec) {
		d.elided = false
		*rec = Record{}
		if json.Unmarshal(line, rec) != nil {
			return false
		}
	}
	return rec.V >= 1 && rec.ID != ""
}

// appended decodes a line laid out exactly as Append writes it: keys in
// their order, some left out, no spaces, no escapes. That is every line of
// a history backroll wrote, and checking for it costs a few comparisons
// with constants instead of finding out what comes next at every step.
// On anything else it returns false, having maybe set some fields of r.
func (d *decoder) appended(b []byte, r *Record) bool {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	if len(b) < 5 || string(b[:5]) != `{"v":` {
		return false
	}
	i, ok := 5, false
	if r.V, i, ok = integer(b, i); !ok {
		return false
	}
	if len(b)-i >= 6 && string(b[i:i+6]) == `,"id":` {
		i += 6
		var s []byte
		s, i, ok = quoted(b, i)
		r.ID = d.id(s)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 11 && string(b[i:i+11]) == `,"session":` {
		i += 11
		r.Session, i, ok = d.str(b, i, 0)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 8 && string(b[i:i+8]) == `,"kind":` {
		i += 8
		r.Kind, i, ok = d.str(b, i, 1)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 12 && string(b[i:i+12]) == `,"exercise":` {
		i += 12
		r.Exercise, i, ok = d.str(b, i, 2)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 8 && string(b[i:i+8]) == `,"side":` {
		i += 8
		r.Side, i, ok = d.str(b, i, 3)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 9 && string(b[i:i+9]) == `,"start":` {
		i += 9
		i, ok = d.timestamp(b, i, &r.Start)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 7 && string(b[i:i+7]) == `,"end":` {
		i += 7
		i, ok = d.timestamp(b, i, &r.End)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 11 && string(b[i:i+11]) == `,"routine":` {
		i += 11
		r.Routine, i, ok = d.str(b, i, 4)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 13 && string(b[i:i+13]) == `,"planned_s":` {
		i += 13
		r.PlannedS, i, ok = integer(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 12 && string(b[i:i+12]) == `,"rolled_s":` {
		i += 12
		r.RolledS, i, ok = integer(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 13 && string(b[i:i+13]) == `,"completed":` {
		i += 13
		r.Completed, i, ok = boolean(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 10 && string(b[i:i+10]) == `,"tender":` {
		i += 10
		r.Tender, i, ok = integer(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 15 && string(b[i:i+15]) == `,"feel_before":` {
		i += 15
		r.FeelBefore = new(int)
		*r.FeelBefore, i, ok = integer(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 14 && string(b[i:i+14]) == `,"feel_after":` {
		i += 14
		r.FeelAfter = new(int)
		*r.FeelAfter, i, ok = integer(b, i)
		if !ok {
			return false
		}
	}
	if len(b)-i >= 12 && string(b[i:i+12]) == `,"red_flag":` {
		i += 12
		r.RedFlag, i, ok = boolean(b, i)
		if !ok {
			return false
		}
	}
	return i == len(b)-1 && b[i] == '}'
}

// The keys of a record, in the order Append writes them.
const (
	keyV = iota
	keyID
	keySession
	keyKind
	keyExercise
	keySide
	keyStart
	keyEnd
	keyRoutine
	keyPlanned
	keyRolled
	keyCompleted
	keyTender
	keyFeelBefore
	keyFeelAfter
	keyRedFlag
	numKeys
)

var keys = [numKeys]string{"v", "id", "session", "kind", "exercise", "side", "start", "end",
	"routine", "planned_s", "rolled_s", "completed", "tender", "feel_before", "feel_after", "red_flag"}

// literalKey finds the key at the start of b as Append writes it: quoted,
// with its colon right after. It returns the key and its length, or -1.
// Comparing with constants lets the compiler compare a word at a time.
func literalKey(b []byte) (int, int) {
	if len(b) < len(`"feel_before":`) {
		return -1, 0
	}
	switch b[1] {
	case 'v':
		if string(b[:4]) == `"v":` {
			return keyV, 4
		}
	case 'i':
		if string(b[:5]) == `"id":` {
			return keyID, 5
		}
	case 's':
		switch {
		case string(b[:10]) == `"session":`:
			return keySession, 10
		case string(b[:7]) == `"side":`:
			return keySide, 7
		case string(b[:8]) == `"start":`:
			return keyStart, 8
		}
	case 'k':
		if string(b[:7]) == `"kind":` {
			return keyKind, 7
		}
	case 'e':
		switch {
		case string(b[:11]) == `"exercise":`:
			return keyExercise, 11
		case string(b[:6]) == `"end":`:
			return keyEnd, 6
		}
	case 'r':
		switch {
		case string(b[:11]) == `"rolled_s":`:
			return keyRolled, 11
		case string(b[:10]) == `"routine":`:
			return keyRoutine, 10
		case string(b[:11]) == `"red_flag":`:
			return keyRedFlag, 11
		}
	case 'p':
		if string(b[:12]) == `"planned_s":` {
			return keyPlanned, 12
		}
	case 'c':
		if string(b[:12]) == `"completed":` {
			return keyCompleted, 12
		}
	case 't':
		if string(b[:9]) == `"tender":` {
			return keyTender, 9
		}
	case 'f':
		switch {
		case string(b[:14]) == `"feel_before":`:
			return keyFeelBefore, 14
		case string(b[:13]) == `"feel_after":`:
			return keyFeelAfter, 13
		}
	}
	return -1, 0
}

// keyIndex finds key among keys, looking first at those after last, the
// key before it; -1 if it is none of them. Exact bytes only: encoding/json
// also takes "ID" for "id", and is left to.
func keyIndex(key []byte, last int) int {
	for k := last + 1; k < numKeys; k++ {
		if string(key) == keys[k] {
			return k
		}
	}
	for k := range min(last+1, numKeys) {
		if string(key) == keys[k] {
			return k
		}
	}
	return -1
}

// fast decodes the plain layout that Append writes (no escapes, no unknown
// keys, no nulls) several times quicker than encoding/json. On anything else
// it returns false and encoding/json decides; what it accepts it decodes
// exactly as encoding/json would, which FuzzRead checks.
func (d *decoder) fast(b []byte, r *Record) bool {
	if d.appended(b, r) {
		return true
	}
	*r, d.elided = Record{}, false
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	next := -1 // the key last found: keys come in the order Append writes them
	for {
		if i == len(b) || b[i] != '"' {
			return false
		}
		// As Append writes it, the key is followed by its colon at once.
		if k, n := literalKey(b[i:]); k >= 0 {
			next, i = k, skipSpace(b, i+n)
		} else {
			// A key needs no checking: one with escapes or odd bytes
			// matches none of keys.
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
			next = keyIndex(key, next)
		}
		var s []byte
		var ok bool
		switch next {
		case keyV:
			r.V, i, ok = integer(b, i)
		case keyID:
			s, i, ok = quoted(b, i)
			r.ID = d.id(s)
		case keySession:
			r.Session, i, ok = d.str(b, i, 0)
		case keyKind:
			r.Kind, i, ok = d.str(b, i, 1)
		case keyExercise:
			r.Exercise, i, ok = d.str(b, i, 2)
		case keySide:
			r.Side, i, ok = d.str(b, i, 3)
		case keyRoutine:
			r.Routine, i, ok = d.str(b, i, 4)
		case keyStart:
			i, ok = d.timestamp(b, i, &r.Start)
		case keyEnd:
			i, ok = d.timestamp(b, i, &r.End)
		case keyPlanned:
			r.PlannedS, i, ok = integer(b, i)
		case keyRolled:
			r.RolledS, i, ok = integer(b, i)
		case keyTender:
			r.Tender, i, ok = integer(b, i)
		case keyFeelBefore:
			r.FeelBefore = new(int)
			*r.FeelBefore, i, ok = integer(b, i)
		case keyFeelAfter:
			r.FeelAfter = new(int)
			*r.FeelAfter, i, ok = integer(b, i)
		case keyCompleted:
			r.Completed, i, ok = boolean(b, i)
		case keyRedFlag:
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
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// special marks the bytes of x that are '"', '\\', control or non-ASCII:
	// subtracting sets the high bit of a byte that was below the amount,
	// and x's own high bits mark non-ASCII. A borrow can mark bytes after
	// the first one marked, never before it.
	special := func(x uint64) uint64 {
		q, bs := x^('"'*ones), x^('\\'*ones) // zero where x has '"' or '\\'
		return ((q-ones)&^q | (bs-ones)&^bs | (x - ' '*ones) | x) & highs
	}
	// Ids and sessions are 32 characters.
	if e := i + 33; e < len(b) && b[e] == '"' {
		w := b[i+1 : e]
		if special(binary.LittleEndian.Uint64(w[0:8]))|special(binary.LittleEndian.Uint64(w[8:16]))|
			special(binary.LittleEndian.Uint64(w[16:24]))|special(binary.LittleEndian.Uint64(w[24:32])) == 0 {
			return w, e + 1, true
		}
	}
	j := i + 1
	// Eight bytes at a time while none is special: strings are most of a
	// line, and this is most of the time of a read.
	for ; j+8 <= len(b); j += 8 {
		if m := special(binary.LittleEndian.Uint64(b[j : j+8])); m != 0 {
			j += bits.TrailingZeros64(m) / 8
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
	if v := recent[d.hit[field]]; v == string(s) {
		return v, j, true
	}
	for k, v := range recent {
		if v == string(s) {
			d.hit[field] = k
			return v, j, true
		}
	}
	v := d.keep(s)
	k := d.next[field] % len(recent)
	recent[k] = v
	d.next[field]++
	d.hit[field] = k
	return v, j, true
}

// keep returns s as a string in d.text.
func (d *decoder) keep(s []byte) string {
	if d.text.Cap()-d.text.Len() < len(s) {
		d.text = strings.Builder{}
		d.text.Grow(max(len(s), min(max(d.textHint, 256), 64<<10)))
	}
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
	// The two forms have fixed lengths; rfc3339 checks every byte, so no
	// quote can be inside.
	j := i + len(`"2006-01-02T15:04:05Z`)
	if j >= len(b) || b[j] != '"' {
		j = i + len(`"2006-01-02T15:04:05-07:00`)
	}
	if j < len(b) && b[j] == '"' {
		if sec, offset, utc, ok := d.rfc3339(b[i+1 : j]); ok {
			// Like time.Parse: in UTC for Z, in Local if the offset is
			// Local's at that moment, else in a fixed zone.
			*t = time.Unix(sec, 0)
			if utc {
				*t = t.UTC()
			} else if offset != d.localOffset(*t, sec) {
				*t = t.In(d.fixedZone(offset))
			}
			return j + 1, true
		}
	}
	j = i + 1
	for j < len(b) && b[j] != '"' {
		j++
	}
	if j == len(b) {
		return j, false
	}
	return j + 1, t.UnmarshalJSON(b[i:j+1]) == nil
}

// localOffset is Local's offset at t, which is sec in Unix seconds. It
// holds for months at a time, so it is looked up once for each.
func (d *decoder) localOffset(t time.Time, sec int64) int {
	if sec < d.localFrom || sec >= d.localTo {
		_, d.localOff = t.Zone()
		from, to := t.ZoneBounds()
		d.localFrom, d.localTo = math.MinInt64, math.MaxInt64
		if !from.IsZero() {
			d.localFrom = from.Unix()
		}
		if !to.IsZero() {
			d.localTo = to.Unix()
		}
	}
	return d.localOff
}

// fixedZone is the unnamed zone at offset, as time.Parse would make it.
func (d *decoder) fixedZone(offset int) *time.Location {
	if d.zone == nil || d.zoneOffset != offset {
		zone, ok := d.zones[offset]
		if !ok {
			zone = time.FixedZone("", offset)
			d.zones[offset] = zone
		}
		d.zone, d.zoneOffset = zone, offset
	}
	return d.zone
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
	if string(s[:10]) != string(d.date[:]) {
		year, month, day := num(0, 99)*100+num(2, 99), num(5, 12), num(8, 31)
		midnight := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if !ok || month == 0 || midnight.Day() != day { // day 0, or one the month lacks
			return 0, 0, false, false
		}
		d.date, d.midnight = [10]byte(s[:10]), midnight.Unix()
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
