package history

import (
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
	var c collector
	res, err := scanFile(path, c.add, c.reserve, false)
	if err != nil {
		return Result{}, err
	}
	res.Records = c.recs
	return res, nil
}

// Read reads history lines from r. Lines that cannot be read are skipped and
// reported, never guessed at; the error is only for failures of r itself.
func Read(r io.Reader) (Result, error) {
	var c collector
	res, err := scan(r, inputLen(r), c.add, c.reserve, false)
	if err != nil {
		return Result{}, err
	}
	res.Records = c.recs
	return res, nil
}

// collector keeps the records a scan hands over, for Read and ReadFile.
type collector struct{ recs []Record }

func (c *collector) add(r *Record) { c.recs = append(c.recs, *r) }

func (c *collector) reserve(n int) {
	if n > cap(c.recs) {
		c.recs = make([]Record, 0, n)
	}
}

// Scan reads history lines from r as Read does, but hands each record Read
// would keep to fn, in file order, instead of keeping them all: a history
// of any length is summed up in a few megabytes. The records come without
// their ID, which Scan has used to drop duplicates and which would be most
// of the memory. fn must not keep the *Record, which is reused, but may
// keep its strings and pointers. The Result has the skipped lines and no
// Records.
func Scan(r io.Reader, fn func(*Record)) (Result, error) {
	return scan(r, inputLen(r), fn, nil, true)
}

// ScanFile is Scan on the history file at path. A missing file is an
// empty history.
func ScanFile(path string, fn func(*Record)) (Result, error) {
	return scanFile(path, fn, nil, true)
}

func scanFile(path string, fn func(*Record), reserve func(n int), noIDs bool) (Result, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}, nil
	}
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return scan(f, size, fn, reserve, noIDs)
}

// inputLen is how many bytes r holds, if it says, else -1.
func inputLen(r io.Reader) int64 {
	if l, ok := r.(interface{ Len() int }); ok { // bytes.Reader, strings.Reader, bytes.Buffer
		return int64(l.Len())
	}
	return -1
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
