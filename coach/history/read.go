package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
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
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}, nil
	}
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	return Read(f)
}

// Read reads history lines from r. Lines that cannot be read are skipped and
// reported, never guessed at; the error is only for failures of r itself.
func Read(r io.Reader) (Result, error) {
	var res Result
	seen := make(map[string]struct{})
	err := scan(r, func(n int, _ []byte, rec *Record, ok bool) {
		switch {
		case !ok:
			res.Unreadable = append(res.Unreadable, n)
		case hasID(seen, rec.ID):
		case rec.V > Version:
			res.Newer = append(res.Newer, n)
		default:
			res.Records = append(res.Records, *rec)
		}
	})
	return res, err
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

// maxLine bounds a line; nothing this program writes comes near it, so a
// longer line is garbage and skipped without holding it in memory.
const maxLine = 1 << 20

// scan calls fn for each line of r that is not blank, with its number, its
// bytes (valid only during the call) and, when ok, its record: a JSON object
// with a version and an id.
func scan(r io.Reader, fn func(n int, line []byte, rec *Record, ok bool)) error {
	br := bufio.NewReaderSize(r, maxLine)
	d := decoder{strs: make(map[string]string)}
	var rec Record
	for n := 1; ; n++ {
		line, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			fn(n, nil, nil, false)
		} else if skipSpace(line, 0) < len(line) {
			line = bytes.TrimSuffix(line, []byte{'\n'})
			ok := d.decode(line, &rec)
			fn(n, line, &rec, ok)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// decoder turns lines into records.
type decoder struct {
	strs map[string]string // interned values that repeat from line to line
}

// decode reads one line into rec and reports whether it is a record.
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
		switch string(key[1 : len(key)-1]) {
		case "v":
			r.V, i, ok = integer(b, i)
		case "id":
			s, i, ok = quoted(b, i)
			if ok { // not interned: ids never repeat
				r.ID = string(s[1 : len(s)-1])
			}
		case "session":
			r.Session, i, ok = d.str(b, i)
		case "kind":
			r.Kind, i, ok = d.str(b, i)
		case "exercise":
			r.Exercise, i, ok = d.str(b, i)
		case "side":
			r.Side, i, ok = d.str(b, i)
		case "routine":
			r.Routine, i, ok = d.str(b, i)
		case "start":
			s, i, ok = quoted(b, i)
			ok = ok && r.Start.UnmarshalJSON(s) == nil
		case "end":
			s, i, ok = quoted(b, i)
			ok = ok && r.End.UnmarshalJSON(s) == nil
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

// quoted returns the string token at b[i:], quotes included, and the index
// after it. It accepts printable ASCII only, so the token means what it
// says without unescaping.
func quoted(b []byte, i int) ([]byte, int, bool) {
	if i == len(b) || b[i] != '"' {
		return nil, i, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return b[i : j+1], j + 1, true
		case c < 0x20 || c >= 0x80 || c == '\\':
			return nil, i, false
		}
	}
	return nil, i, false
}

// str returns the string at b[i:], interned: a history repeats a handful of
// kinds, sides, exercises and session ids, and sharing them saves most of
// the allocations of a read.
func (d *decoder) str(b []byte, i int) (string, int, bool) {
	s, j, ok := quoted(b, i)
	if !ok {
		return "", i, false
	}
	s = s[1 : len(s)-1]
	v, ok := d.strs[string(s)]
	if !ok {
		v = string(s)
		d.strs[v] = v
	}
	return v, j, true
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
