package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// MergeResult is what a merge did.
type MergeResult struct {
	Added   int // records appended
	Records int // lines of the source that are records, already there or not
	Lines   int // lines of the source
	Skipped Result
}

// ErrNotHistory says a file given to merge holds no backroll record.
var ErrNotHistory = errors.New("not a backroll history")

// mergeTemp is the pattern of the file a merge writes beside the history.
const mergeTemp = ".history-merge-*"

// Merge folds the history file src (another machine's) into the history
// file dst as of now: every record of src whose id dst lacks is added,
// line for line as src has it (so fields from newer versions survive).
//
// It is all or nothing. A src with any line that is not a record (torn,
// garbage, a record that makes no sense or is dated ahead) is refused
// whole, its lines named, before dst is touched or made; so is one with no
// record at all (ErrNotHistory). The merged history is written beside dst,
// synced and renamed over it under the lock Append takes: a merge stopped
// at any point, even killed, leaves dst as it was.
func Merge(dst, src string, now time.Time) (MergeResult, error) {
	in, err := openRegular(src, 0)
	if err != nil {
		return MergeResult{}, readError(src, err)
	}
	defer in.Close()
	var m MergeResult
	// Every line is judged; copies within src are records too, and
	// keeping no set of its ids keeps this pass small.
	never := func(string) bool { return false }
	pre, err := Reader{Now: now, Seen: never}.scan(in, func(lineKind, *Record, []byte) { m.Records++ })
	m.Lines, m.Skipped = pre.Lines, pre
	if err != nil {
		return MergeResult{}, readError(src, err)
	}
	if m.Records == 0 && len(pre.Ahead) == 0 {
		return m, ErrNotHistory
	}
	if err := refuseBad(src, pre); err != nil {
		return m, err
	}
	size, err := in.Seek(0, io.SeekCurrent) // what the first pass checked
	if err == nil {
		_, err = in.Seek(0, io.SeekStart)
	}
	if err != nil {
		return MergeResult{}, readError(src, err)
	}
	err = withLock(dst, func(f *os.File) error {
		removeStale(filepath.Dir(dst))
		// Ids as 64-bit hashes under a seed of this run: 8 bytes a
		// record, where a set of the ids would take a hundred, and no
		// chance pairs anyone could craft. First the ids dst has, sorted.
		seed := maphash.MakeSeed()
		hashes := func(r io.Reader, known []uint64) ([]uint64, error) {
			var hs []uint64
			_, err := Reader{Now: now, Seen: func(id string) bool {
				k := maphash.String(seed, id)
				if _, ok := slices.BinarySearch(known, k); !ok {
					hs = append(hs, k)
				}
				return false
			}}.scan(r, func(lineKind, *Record, []byte) {})
			slices.Sort(hs)
			return hs, err
		}
		have, err := hashes(f, nil)
		if err != nil {
			return plainError(dst, err)
		}
		// Then those of src that dst lacks. None: a file merged before (a
		// sync, again) adds nothing, and the history is not copied for
		// nothing.
		fresh, err := hashes(io.LimitReader(in, size), have)
		if _, serr := in.Seek(0, io.SeekStart); err == nil {
			err = serr
		}
		if len(fresh) == 0 || err != nil {
			return readError(src, err)
		}
		// An id src has twice is added once, the first time.
		twice := make(map[uint64]bool)
		for i := 1; i < len(fresh); i++ {
			if fresh[i] == fresh[i-1] {
				twice[fresh[i]] = false
			}
		}
		fresh = nil
		seen := func(id string) bool {
			k := maphash.String(seed, id)
			if _, ok := slices.BinarySearch(have, k); ok {
				return true
			}
			if added, ok := twice[k]; ok {
				twice[k] = true
				return added
			}
			return false
		}
		err = replace(dst, f, func(w io.Writer) error {
			var werr error
			res, err := Reader{Now: now, Seen: seen}.scan(io.LimitReader(in, size), func(_ lineKind, _ *Record, line []byte) {
				if werr == nil {
					_, werr = w.Write(append(bytes.TrimRight(line, "\r\n"), '\n'))
					m.Added++
				}
			})
			switch {
			case err != nil:
				return readError(src, err)
			case len(res.Unreadable)+len(res.Invalid) > 0:
				return refuseBad(src, res) // changed since the first pass
			case m.Added == 0:
				return errNothing
			}
			return werr
		})
		switch {
		case errors.Is(err, errNothing):
			return nil
		case err != nil:
			m.Added = 0
			if errors.As(err, new(refused)) || errors.As(err, new(badSource)) {
				return err
			}
			return fmt.Errorf("cannot merge into %s: %w; nothing was merged, the history is as it was", text.Inert(dst), files.Unwrap(err))
		}
		return nil
	})
	return m, err
}

// errNothing stops a merge that adds no record before it replaces the
// history with a copy of itself.
var errNothing = errors.New("nothing to add")

// badSource is refuseBad's refusal, which says all there is to say.
type badSource struct{ msg string }

func (b badSource) Error() string { return b.msg }

// refuseBad refuses a source with a line that is not a record, naming
// them all; lines only dated ahead get their own words, for it is the
// clock of one machine or the other that is wrong.
func refuseBad(src string, res Result) error {
	if len(res.Unreadable) == 0 && len(res.Invalid) == 0 {
		return nil
	}
	name := text.Inert(src)
	if len(res.Unreadable) == 0 && len(res.Invalid) == len(res.Ahead) {
		n := len(res.Ahead)
		return badSource{fmt.Sprintf("%s has %s dated more than a day ahead of this machine's clock (%s): is one of the clocks wrong? "+
			"A merge is all or nothing: nothing was merged", name, count(n, "record"), lineList(res.Ahead))}
	}
	return badSource{fmt.Sprintf("%s is not whole: %s. A merge is all or nothing: nothing was merged",
		name, Result{Unreadable: res.Unreadable, Invalid: res.Invalid}.describe(src, false))}
}

// mergeWriter is where a merge writes the file beside the history; tests
// swap it for one that fails or stalls.
var mergeWriter = func(w io.Writer) io.Writer { return w }

// replace writes what the history f at path holds, then what add
// writes, to a new file beside it, syncs it and renames it over path. The
// caller holds the lock, so no other backroll appends meanwhile. On any
// error the new file goes and path is as it was.
func replace(path string, f *os.File, add func(io.Writer) error) error {
	return files.WriteBeside(path, mergeTemp, 0o600, func(out io.Writer) error {
		w := bufio.NewWriterSize(mergeWriter(out), 256<<10)
		n, err := io.Copy(w, io.NewSectionReader(f, 0, 1<<62))
		if err != nil {
			return err
		}
		if n > 0 {
			// A torn last line stays one: the merged lines start on their own.
			var last [1]byte
			if _, err := f.ReadAt(last[:], n-1); err == nil && last[0] != '\n' {
				w.WriteByte('\n')
			}
		}
		if err := add(w); err != nil {
			return err
		}
		return w.Flush()
	})
}

// removeStale removes what merges killed before their rename left beside
// the history. The caller holds the lock: no merge is running.
func removeStale(dir string) {
	old, _ := filepath.Glob(filepath.Join(dir, mergeTemp))
	for _, p := range old {
		os.Remove(p)
	}
}
