// Package history keeps the append-only log of holds and sessions,
// history.jsonl: one JSON object per line, never rewritten.
package history

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// Version is the record format this package writes and fully understands.
const Version = 1

// FileName is the name of the history file inside its data folder.
const FileName = "history.jsonl"

// Record kinds. A pause is written by `backroll pause`: readers that do
// not know a kind skip it, so older versions read the file as before.
const (
	KindHold    = "hold"
	KindSession = "session"
	KindPause   = "pause"
)

// Record is one line of the history. Hold records carry Exercise, Side,
// PlannedS, RolledS, Completed and Tender; session records carry End,
// Routine, FeelBefore, FeelAfter and RedFlag; pause records carry Start
// (when it was asked for) and End (when it runs out; End equal to Start
// ends an earlier pause). Times keep the UTC offset they
// were written with: a record's day is the day where it happened.
type Record struct {
	V          int       `json:"v"`
	ID         string    `json:"id"`
	Session    string    `json:"session"`
	Kind       string    `json:"kind"`
	Exercise   string    `json:"exercise,omitempty"`
	Side       string    `json:"side,omitempty"`
	Start      time.Time `json:"start"`
	End        time.Time `json:"end,omitzero"`
	Routine    string    `json:"routine,omitempty"`
	PlannedS   int       `json:"planned_s"`             // seconds
	RolledS    int       `json:"rolled_s"`              // seconds, pauses excluded
	Completed  bool      `json:"completed"`             // false: cut short
	Tender     int       `json:"tender,omitempty"`      // tender spots marked
	FeelBefore *int      `json:"feel_before,omitempty"` // as the user rated it
	FeelAfter  *int      `json:"feel_after,omitempty"`
	RedFlag    bool      `json:"red_flag,omitempty"`
}

// MarshalJSON leaves the hold-only fields out of other kinds of records;
// on a hold they are always written, since "completed":false matters.
func (r Record) MarshalJSON() ([]byte, error) {
	type fields Record // same fields without this method, so no recursion
	if r.Kind == KindHold {
		return json.Marshal(fields(r))
	}
	// Shallower fields with the same names hide the embedded ones; nil
	// pointers are then omitted.
	return json.Marshal(struct {
		fields
		PlannedS  *int  `json:"planned_s,omitempty"`
		RolledS   *int  `json:"rolled_s,omitempty"`
		Completed *bool `json:"completed,omitempty"`
	}{fields: fields(r)})
}

// NewID returns a random 128-bit id in hex, unique across machines so that
// histories can be merged.
func NewID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails (see crypto/rand.Read)
	return hex.EncodeToString(b[:])
}

// DefaultDir is the data folder used when the user names none:
// $XDG_DATA_HOME/backroll or the platform's equivalent.
func DefaultDir() string {
	return filepath.Join(xdg.DataHome, "backroll")
}

// Log appends records to the history file of one data folder.
type Log struct {
	path string
}

// Open prepares the history in dir, creating the folder (0700) if needed,
// and refuses a folder that is not safe to keep it in (see CheckDir). The
// file itself is created by the first Append.
func Open(dir string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, plainError(filepath.Join(dir, FileName), err)
	}
	if err := CheckDir(dir); err != nil {
		return nil, err
	}
	return &Log{path: filepath.Join(dir, FileName)}, nil
}

// Path is the history file's path.
func (l *Log) Path() string { return l.path }

// Append durably adds one record: a single write of the whole line, then
// fsync, under a file lock shared with other running instances. A zero V
// or empty ID is filled in. Start and End are cut to whole seconds. It
// returns the record as written.
func (l *Log) Append(r Record) (Record, error) {
	if r.V == 0 {
		r.V = Version
	}
	if r.ID == "" {
		r.ID = NewID()
	}
	r.Start = r.Start.Truncate(time.Second)
	r.End = r.End.Truncate(time.Second)
	line, err := json.Marshal(r)
	if err != nil {
		return r, err
	}
	return r, withLock(l.path, func(f *os.File) error {
		_, err := appendLines(f, f, append(line, '\n'))
		return plainError(l.path, err)
	})
}

// MergeResult is what a merge did.
type MergeResult struct {
	Added   int // records appended
	Records int // lines of the source that are records, already there or not
	Lines   int // lines of the source
	Skipped Result
}

// ErrNotHistory says a file given to merge holds no backroll record.
var ErrNotHistory = errors.New("not a backroll history")

// Merge folds the history file src (another machine's) into the history
// file dst as of now: every record of src that passes the door and whose
// id dst lacks is appended, line for line as src has it (so fields from
// newer versions survive). src must be a regular file; it is streamed, in
// bounded memory. A src with no record at all is refused with
// ErrNotHistory. dst is only appended to, under the same lock as Append,
// and all or nothing: if a write fails, dst is cut back to its size before
// the merge.
func Merge(dst, src string, now time.Time) (MergeResult, error) {
	in, err := openRegular(src, 0)
	if err != nil {
		return MergeResult{}, readError(src, err)
	}
	defer in.Close()
	// A first pass, before dst is touched (or made), refuses a file that
	// holds no record.
	var m MergeResult
	pre, err := Reader{Now: now}.scan(in, func(lineKind, *Record, []byte) { m.Records++ })
	if err != nil {
		return MergeResult{}, readError(src, err)
	}
	if m.Records == 0 {
		return MergeResult{Lines: pre.Lines, Skipped: pre}, ErrNotHistory
	}
	if _, err := in.Seek(0, io.SeekStart); err != nil {
		return MergeResult{}, readError(src, err)
	}
	m.Records = 0
	err = withLock(dst, func(f *os.File) error {
		ids := make(map[string]struct{})
		seen := func(id string) bool {
			_, ok := ids[id]
			ids[id] = struct{}{}
			return ok
		}
		have, err := Reader{Now: now, Seen: seen}.scan(f, func(lineKind, *Record, []byte) {})
		if err != nil {
			return plainError(dst, err)
		}
		size := have.Whole
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		out := &merger{f: f, w: mergeWriter(f)}
		srcSeen := func(id string) bool {
			_, ok := ids[id]
			if !ok {
				ids[id] = struct{}{}
			}
			m.Records++ // every record line of src passes here, once or again
			return ok
		}
		m.Skipped, err = Reader{Now: now, Seen: srcSeen}.scan(in, func(_ lineKind, _ *Record, line []byte) {
			out.add(line)
			m.Added++
		})
		m.Lines = m.Skipped.Lines
		if err != nil {
			return readError(src, err)
		}
		if m.Records == 0 {
			return ErrNotHistory
		}
		if err := out.finish(); err != nil {
			m.Added = 0
			if terr := f.Truncate(size); terr != nil {
				return fmt.Errorf("cannot merge into %s: %w; and cutting it back to its size before the merge failed too (%w): the records after byte %d are a partial merge", dst, unwrapPath(err), unwrapPath(terr), size)
			}
			f.Sync()
			return fmt.Errorf("cannot merge into %s: %w; nothing was merged, the history is as it was", dst, unwrapPath(err))
		}
		return nil
	})
	return m, err
}

// mergeWriter is where a merge writes; tests swap it for one that fails.
var mergeWriter = func(f *os.File) io.Writer { return f }

// merger appends lines in batches: a merge of any size holds one batch.
type merger struct {
	f       *os.File
	w       io.Writer
	buf     []byte
	started bool // the first batch checked the file's last byte
	err     error
}

func (m *merger) add(line []byte) {
	if m.err != nil {
		return
	}
	m.buf = append(m.buf, bytes.TrimRight(line, "\r\n")...)
	m.buf = append(m.buf, '\n')
	if len(m.buf) >= 256<<10 {
		m.flush()
	}
}

func (m *merger) flush() {
	if m.err != nil || len(m.buf) == 0 {
		return
	}
	if !m.started {
		m.started = true
		_, m.err = appendLines(m.f, m.w, m.buf)
	} else {
		_, m.err = m.w.Write(m.buf)
	}
	m.buf = m.buf[:0]
}

func (m *merger) finish() error {
	m.flush()
	if m.err == nil && m.started {
		m.err = m.f.Sync()
	}
	return m.err
}

// withLock runs fn with the history file at path open for reading and
// appending, holding the advisory lock on the sibling path+".lock" (taken through
// the door: no link followed, no FIFO waited on). Two
// processes that append at once therefore never interleave their lines.
func withLock(path string, fn func(f *os.File) error) error {
	unlock, err := files.TakeLock(path + ".lock")
	if err != nil {
		return plainError(path, err)
	}
	defer unlock()
	// Read access too, to look at the last byte (see appendLines) and let
	// Merge read what is already there.
	f, err := openRegular(path, os.O_RDWR|os.O_APPEND|os.O_CREATE|noFollow)
	if err != nil {
		return plainError(path, err)
	}
	defer f.Close()
	return fn(f)
}

// appendLines writes whole lines to w, which appends to f, in one write
// and syncs them to disk.
func appendLines(f *os.File, w io.Writer, lines []byte) (int, error) {
	// A crash can leave the file ending in a torn line. Start on a fresh
	// line so that only the torn one is lost, not the next good one too.
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], st.Size()-1); err == nil && last[0] != '\n' {
			lines = append([]byte{'\n'}, lines...)
		}
	}
	n, err := w.Write(lines)
	if err != nil {
		return n, err
	}
	return n, f.Sync()
}

// plainError says what failed in words a user can act on, without the
// syscall names of *fs.PathError; nil stays nil.
func plainError(path string, err error) error {
	if err == nil || errors.As(err, new(refused)) {
		return err
	}
	return fmt.Errorf("cannot save history to %s: %w", text.Inert(path), unwrapPath(err))
}

// readError says what failed reading the file at path, without syscall
// names.
func readError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read %s: %w", text.Inert(path), pe.Err)
	}
	return err
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
