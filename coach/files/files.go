// Package files is the one way backroll opens a file that came from
// outside: the settings, routines, the history and its lock, a file to
// merge. Only a regular file is opened, never through a symbolic link and
// never so that opening or reading can wait forever (a FIFO) or go on
// forever (a device); and a file read whole is read through a limit
// stated per kind of file. Every error names the path made inert.
package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/backroll/backroll/coach/text"
)

// Kind is a kind of file backroll reads, with the most of it read whole.
type Kind struct {
	Name string // in words, for messages: "settings file"
	Max  int64  // bytes Read takes at most; 0 for files read a line at a time
}

// The kinds of file backroll reads. A settings file or a routine is a few
// hundred bytes written by hand: 64 KiB is far more than any needs, and
// little enough to hold and parse at once. The history grows without end
// and is read a line at a time, each line MaxLine at most.
var (
	Config  = Kind{Name: "settings file", Max: 64 << 10}
	Routine = Kind{Name: "routine file", Max: 64 << 10}
	// A reminder's timer, service, plist or crontab: a few lines backroll
	// wrote, or the person's own crontab, which is read to keep it.
	Reminder = Kind{Name: "reminder file", Max: 64 << 10}
	// backroll serve's allow-list: a few KiB of people's keys, read at
	// every connection; a FIFO there must not hold up the server.
	AuthorizedKeys = Kind{Name: "authorized_keys file", Max: 1 << 20}
	History        = Kind{Name: "history"}
	Lock           = Kind{Name: "lock file"}

	// backroll serve's list of class leaders: as its allow-list.
	ClassLeaders = Kind{Name: "class leaders file", Max: 1 << 20}
)

// MaxLine is the longest line of the history that can be a record.
// Records are a few hundred bytes; a longer line is skipped unread.
const MaxLine = 16 << 10

// Refused is a file that is not opened, with why: it is a link or not a
// regular file, or too large for its kind. Its message says all there is
// to say, path included.
type Refused struct{ msg string }

func (r Refused) Error() string { return r.msg }

// Open opens the file of kind k at path for reading; see OpenFile.
func Open(path string, k Kind) (*os.File, error) { return OpenFile(path, os.O_RDONLY, k) }

// OpenFile opens path with flag (os.O_RDONLY, or with os.O_CREATE and the
// like to write), if it is a regular file and not a symbolic link; a new
// file is made for its owner alone. A link, a FIFO, a device, a folder or
// a socket is refused as Refused, by name before opening where it can be
// seen, and by what was opened otherwise: opening does not follow links
// and does not wait for a FIFO's writer. Other failures come as
// *fs.PathError with the path made inert, so that errors.Is(err,
// fs.ErrNotExist) still tells a missing file.
func OpenFile(path string, flag int, k Kind) (*os.File, error) {
	return openVia(osDir{}, path, path, flag, k)
}

// OpenIn is Open for the file name in the folder root, which it cannot
// leave; messages name it as it lies in root.Name().
func OpenIn(root *os.Root, name string, k Kind) (*os.File, error) {
	return openVia(root, name, filepath.Join(root.Name(), name), os.O_RDONLY, k)
}

// opener is where openVia looks: the file system as a whole, or an
// *os.Root.
type opener interface {
	Lstat(name string) (fs.FileInfo, error)
	OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error)
}

type osDir struct{}

func (osDir) Lstat(name string) (fs.FileInfo, error) { return os.Lstat(name) }
func (osDir) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}

// openVia opens name in dir, which messages call path.
func openVia(dir opener, name, path string, flag int, k Kind) (*os.File, error) {
	if st, err := dir.Lstat(name); err == nil {
		if err := check(path, st.Mode(), k); err != nil {
			return nil, err
		}
	}
	f, err := dir.OpenFile(name, flag|noFollow|nonBlock, 0o600)
	if err != nil {
		if st, lerr := dir.Lstat(name); errors.Is(err, syscall.ELOOP) || lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			// Some systems say other than ELOOP when O_NOFOLLOW meets a link.
			return nil, linkRefused(path, k)
		}
		return nil, named(err, path)
	}
	st, err := f.Stat()
	if err == nil {
		err = check(path, st.Mode(), k)
	}
	if err != nil {
		f.Close()
		return nil, named(err, path)
	}
	return f, nil
}

// Read reads the whole file of kind k at path, refusing one larger than
// k.Max without reading further.
func Read(path string, k Kind) ([]byte, error) {
	f, err := Open(path, k)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, path, k)
}

// ReadAll reads r, the file of kind k at path, to its end: at most k.Max
// bytes, or a Refused saying it is too large.
func ReadAll(r io.Reader, path string, k Kind) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, k.Max+1))
	if err != nil {
		return nil, named(err, path)
	}
	if int64(len(data)) > k.Max {
		return nil, Refused{fmt.Sprintf("%s is too large for a %s (%d KiB at most); backroll reads no further",
			text.Inert(path), k.Name, k.Max>>10)}
	}
	return data, nil
}

func check(path string, m fs.FileMode, k Kind) error {
	switch {
	case m&fs.ModeSymlink != 0:
		return linkRefused(path, k)
	case !m.IsRegular():
		return Refused{fmt.Sprintf("%s is not a regular file (it is %s); backroll opens only plain files",
			text.Inert(path), kindOf(m))}
	}
	return nil
}

func linkRefused(path string, k Kind) error {
	return Refused{fmt.Sprintf("%s is a symbolic link; backroll does not follow links to its %s: "+
		"put the file the link points to in its place", text.Inert(path), k.Name)}
}

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a plain file"
}

// named is err with the path of an *fs.PathError set to path, made inert:
// inside an *os.Root the error names the file only as the root sees it.
func named(err error, path string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: pe.Op, Path: text.Inert(path), Err: pe.Err}
	}
	return err
}

// Unwrap is err without the *fs.PathError around it, whose path the
// caller names itself, made inert.
func Unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
