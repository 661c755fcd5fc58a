// Package history keeps the append-only log of holds and sessions,
// history.jsonl: one JSON object per line, never rewritten.
package history

import (
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
		return plainError(l.path, appendLines(f, appendWriter(f), append(line, '\n')))
	})
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

// appendWriter is where Append writes; tests swap it for one that fails.
var appendWriter = func(f *os.File) io.Writer { return f }

// appendLines writes whole lines to w, which appends to f, in one write
// and syncs them to disk. A write that fails part way (a full disk) is
// cut back off the file, so that no partial line stays: the error then
// says nothing was saved, or, if even that failed, where the torn line is.
func appendLines(f *os.File, w io.Writer, lines []byte) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	// A crash can leave the file ending in a torn line. Start on a fresh
	// line so that only the torn one is lost, not the next good one too.
	if size > 0 {
		var last [1]byte
		if _, err := f.ReadAt(last[:], size-1); err == nil && last[0] != '\n' {
			lines = append([]byte{'\n'}, lines...)
		}
	}
	n, err := w.Write(lines)
	if err == nil && n < len(lines) {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 {
			if terr := f.Truncate(size); terr != nil {
				return fmt.Errorf("%w; and cutting off the part written failed too (%w): the history ends in a torn line after byte %d", files.Unwrap(err), files.Unwrap(terr), size)
			}
			f.Sync()
		}
		return fmt.Errorf("%w; nothing of it was saved", files.Unwrap(err))
	}
	return f.Sync()
}

// plainError says what failed in words a user can act on, without the
// syscall names of *fs.PathError; nil stays nil.
func plainError(path string, err error) error {
	if err == nil || errors.As(err, new(refused)) {
		return err
	}
	return fmt.Errorf("cannot save history to %s: %w", text.Inert(path), files.Unwrap(err))
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
