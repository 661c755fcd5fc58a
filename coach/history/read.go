package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// MaxLine is the longest line that can be a record. Records are a few
// hundred bytes; a longer line is skipped as unreadable without being held
// in memory, so a file of any shape is read in bounded memory. The limit
// is the door's, stated with the other kinds of file (files.MaxLine).
const MaxLine = files.MaxLine

// Result is what a read makes of a history file.
type Result struct {
	Records    []Record // records of a known version, each id once, in file order
	Unreadable []int    // numbers (from 1) of corrupt, torn or overlong lines, skipped
	Invalid    []int    // numbers of whole records that make no sense (see Check), skipped
	Newer      []int    // numbers of lines written by a newer version, skipped
	Duplicate  []int    // numbers of records whose id an earlier one has, skipped
	Ahead      []int    // numbers of the Invalid lines that are only dated too far ahead
	Lines      int      // lines read, blank ones too
	Whole      int64    // bytes read up to and including the last newline
	Partial    bool     // the last line has no newline (yet)
	// Future is the offset, from the start of the read, of the first line
	// skipped only for being dated after now+Future: it may pass later,
	// so a summary of the file must stop before it. -1: none.
	Future int64
}

// Reader reads history lines through the one door every record passes:
// whole JSON lines, checked by Check, each id once.
type Reader struct {
	Now time.Time // records more than a day after it are skipped
	// Line is how many lines came before the first one read, so that line
	// numbers count from the start of the file when reading from further on.
	Line int
	// Seen reports whether a record with id was met before, and notes it.
	// Nil keeps a set for this read alone.
	Seen func(id string) bool
}

// Scan hands each record that passes the door to fn, in file order. fn
// must not keep the *Record, which is reused, but may keep its fields.
// Lines that cannot be read or make no sense are skipped and reported,
// never guessed at; the error is only for failures of r itself.
func (d Reader) Scan(r io.Reader, fn func(*Record)) (Result, error) {
	return d.scan(r, func(kind lineKind, rec *Record, _ []byte) {
		if kind == lineRecord {
			fn(rec)
		}
	})
}

// scan reads r through the door, handing each line that is a record of
// this or a newer version, the first time its id is met, to fn with its
// bytes.
func (d Reader) scan(r io.Reader, fn func(kind lineKind, rec *Record, line []byte)) (Result, error) {
	seen := d.Seen
	if seen == nil {
		ids := make(map[string]struct{})
		seen = func(id string) bool {
			_, ok := ids[id]
			ids[id] = struct{}{}
			return ok
		}
	}
	res := Result{Future: -1}
	n := d.Line
	var rec Record
	var size int64 // of the lines so far
	err := eachLine(r, func(line []byte, n0 int64, whole, long bool) {
		n++
		res.Lines++
		at := size
		size += n0
		if res.Partial = !whole; whole {
			res.Whole = size
		}
		switch kind := d.judge(line, long, &rec); kind {
		case lineUnreadable:
			res.Unreadable = append(res.Unreadable, n)
		case lineInvalid, lineFuture:
			res.Invalid = append(res.Invalid, n)
			if kind == lineFuture {
				res.Ahead = append(res.Ahead, n)
				if res.Future < 0 {
					res.Future = at
				}
			}
		case lineNewer, lineRecord:
			if seen(rec.ID) {
				res.Duplicate = append(res.Duplicate, n)
				return
			}
			if kind == lineNewer {
				res.Newer = append(res.Newer, n)
			}
			fn(kind, &rec, line)
		}
	})
	return res, err
}

type lineKind int

const (
	lineBlank lineKind = iota
	lineUnreadable
	lineNewer
	lineInvalid
	lineFuture // a record that is dated too far ahead, for now
	lineRecord
)

// judge decodes line into rec and says what it is.
func (d Reader) judge(line []byte, long bool, rec *Record) lineKind {
	if long {
		return lineUnreadable
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return lineBlank
	}
	ok, ownKeys := decode(line, rec)
	if !ok || rec.V < 1 || rec.ID == "" {
		return lineUnreadable
	}
	if rec.V > Version {
		if !isIdent(rec.ID) || !ownKeys {
			return lineInvalid
		}
		return lineNewer
	}
	if !ownKeys {
		return lineInvalid
	}
	if err := Check(rec, d.Now); err != nil {
		if errors.Is(err, errFuture) {
			return lineFuture
		}
		return lineInvalid
	}
	return lineRecord
}

// eachLine hands fn every line of r with its newline, if it has one
// (whole), its size, and whether it was longer than MaxLine (long: then
// its bytes are counted, not kept).
func eachLine(r io.Reader, fn func(line []byte, size int64, whole, long bool)) error {
	br := bufio.NewReaderSize(r, MaxLine)
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			size := int64(len(line))
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				size += int64(len(line))
			}
			whole := err == nil
			if err != nil && err != io.EOF {
				return err
			}
			fn(nil, size, whole, true)
			if err == io.EOF {
				return nil
			}
			continue
		}
		if len(line) > 0 {
			fn(line, int64(len(line)), err == nil, false)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// ReadFile reads the history file at path. A missing file is an empty
// history.
func ReadFile(path string, now time.Time) (Result, error) {
	var recs []Record
	res, err := ScanFile(path, now, func(r *Record) { recs = append(recs, *r) })
	res.Records = recs
	return res, err
}

// Read reads history lines from r as of now.
func Read(r io.Reader, now time.Time) (Result, error) {
	var recs []Record
	res, err := Reader{Now: now}.Scan(r, func(r *Record) { recs = append(recs, *r) })
	res.Records = recs
	return res, err
}

// Warning describes the skipped lines for the user, naming the file as
// file, or returns "" when nothing was skipped.
func (res Result) Warning(file string) string { return res.describe(file, true) }

func (res Result) describe(file string, left bool) string {
	file = text.Inert(file)
	var parts []string
	add := func(lines []int, what, after string) {
		if n := len(lines); n > 0 {
			p := fmt.Sprintf("%s in %s (%s)", what, file, lineList(lines))
			if left {
				p += after
			}
			parts = append(parts, p)
		}
	}
	left1 := func(n int) string { return ", left as " + them(n) }
	n := len(res.Unreadable)
	add(res.Unreadable, count(n, "unreadable line"), left1(n))
	n = len(res.Invalid)
	add(res.Invalid, count(n, "record")+" that "+verb(n, "makes", "make")+" no sense", left1(n))
	n = len(res.Newer)
	add(res.Newer, count(n, "line")+" from a newer backroll", left1(n))
	n = len(res.Duplicate)
	add(res.Duplicate, count(n, "record")+" with the id of an earlier one", ", "+verb(n, "not counted", "none counted")+" twice")
	return strings.Join(parts, "; ")
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func them(n int) string { return verb(n, "it is", "they are") }

// lineList names the first few line numbers; a long list helps nobody.
func lineList(lines []int) string {
	const shown = 5
	var b strings.Builder
	b.WriteString(verb(len(lines), "line ", "lines "))
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

// OpenFile opens the history file at path for reading without following
// a symlink, and only if it is a regular file.
func OpenFile(path string) (*os.File, error) { return openRegular(path, noFollow) }
