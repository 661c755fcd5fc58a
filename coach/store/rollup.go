package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// rollupVersion changes whenever the rollup's meaning does; another is
// rebuilt.
const rollupVersion = 4

// edge is how many bytes at each end of the part of the history a rollup
// covers are checked against it on every use.
const edge = 4 << 10

// cacheKind is how much of a rollup is read at most: years of sessions
// take a megabyte.
var cacheKind = files.Kind{Name: "cache file", Max: 64 << 20}

// rollup sums up the history file up to Offset, so that status and stats
// decode only the lines added since, by this machine, a merge or a sync.
// It is a cache, never believed on its word: it is used only while the
// file still matches it (the same device and inode, at least Offset long,
// the same bytes at both ends of the covered part, the last line
// included) and while what it says could be said of Lines lines by the
// history's own rules (see check). On any doubt it is rebuilt from the
// file. An edit in the middle that keeps the size and both ends is not
// noticed: checking every byte would cost a full read.
type rollup struct {
	V          int              `json:"v"`
	Dev        uint64           `json:"dev"`
	Ino        uint64           `json:"ino"`
	Offset     int64            `json:"offset"` // bytes covered: whole lines only
	Lines      int              `json:"lines"`
	Head       uint32           `json:"head"` // CRC-32 of the first edge bytes covered...
	Tail       uint32           `json:"tail"` // ...and of the last
	IDs        int              `json:"ids"`  // how many id hashes the ids file holds, sorted
	NewIDs     []uint64         `json:"new_ids"`
	Tally      *streak.Tally    `json:"tally"`
	Unreadable []int            `json:"unreadable"`
	Invalid    []int            `json:"invalid"`
	Newer      []int            `json:"newer"`
	Duplicate  []int            `json:"duplicate"`
	RecentFrom time.Time        `json:"recent_from"` // Recent holds every record since
	Recent     []history.Record `json:"-"`
	// The session hashes of Tally and Recent are kept in files beside,
	// read only to go on from the rollup (takeUp): status and stats do
	// not. In the rollup, they cost status 4 ms of 5 on 100,000 lines.
	Beside
}

// summary sums up the history as of now: the tally, the skipped lines and
// the records since advice.Window before now. It uses and renews the
// rollup; a rollup that cannot be read or saved only costs time. With
// onward false, the tally is for its figures alone and may not count on:
// status, which asks for nothing more, reads no more than the rollup's
// sums while no line was added.
func (s *Store) summary(now time.Time, onward bool) (*streak.Tally, history.Result, []history.Record, error) {
	empty := streak.NewTally(s.set)
	if err := history.CheckDir(s.dir); err != nil {
		return nil, history.Result{}, nil, err
	}
	f, err := history.OpenFile(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return empty, history.Result{}, nil, nil
	}
	if err != nil {
		return nil, history.Result{}, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, history.Result{}, nil, err
	}
	from := now.Add(-advice.Window)
	base := s.readRollup(f, st, now)
	if base.Offset == st.Size() && !onward {
		return base.Tally, base.skipped(), nil, nil
	}
	if !s.takeUp(&base, now) {
		base = s.emptyRollup(st) // only a read of the whole file can tell
	}
	if base.Offset == st.Size() {
		// Nothing new: the common case on every prompt.
		return base.Tally, base.skipped(), recentSince(base.Recent, from), nil
	}
	if base.Lines > 0 {
		if ids := s.openIDs(base); ids != nil {
			defer ids.close()
			next, t, err := extend(base, f, -1, ids, s.set, now)
			if err != nil {
				return nil, history.Result{}, nil, err
			}
			if !ids.doubt {
				return s.finish(f, base, next, t, ids, now)
			}
		}
		// A copy of a covered record, or ids that do not match: only a
		// read of the whole file can tell.
		base = s.emptyRollup(st)
	}
	ids := &idSet{}
	next, t, err := extend(base, f, -1, ids, s.set, now)
	if err != nil {
		return nil, history.Result{}, nil, err
	}
	if dups := ids.shared(); len(dups) > 0 {
		// Ids that come twice: told apart exactly, the rest as they were.
		ids = &idSet{exact: dups, strings: make(map[string]struct{})}
		if next, t, err = extend(base, f, -1, ids, s.set, now); err != nil {
			return nil, history.Result{}, nil, err
		}
	}
	return s.finish(f, base, next, t, ids, now)
}

// finish saves next, up to the first record dated ahead, which may pass
// later, and returns what to report now.
func (s *Store) finish(f *os.File, base rollup, next extended, t *streak.Tally, ids *idSet, now time.Time) (*streak.Tally, history.Result, []history.Record, error) {
	res := next.skipped()
	recent := recentSince(next.Recent, now.Add(-advice.Window))
	save := next
	if next.future >= 0 {
		again := ids.again()
		var err error
		if save, _, err = extend(base, f, next.future-base.Offset, again, s.set, now); err != nil || again.doubt {
			return t, res, recent, nil
		}
		ids = again
	}
	s.saveRollup(f, save, ids)
	return t, res, recent, nil
}

// extended is a rollup moved on, with what saving it needs.
type extended struct {
	rollup
	future int64  // offset of the first line dated too far ahead, or -1
	shown  rollup // what to report now, a last line not yet covered too
}

// extend reads the history f from base.Offset (at most limit bytes, -1: to
// the end) into a copy of base's sums.
func extend(base rollup, f *os.File, limit int64, ids *idSet, set streak.Settings, now time.Time) (extended, *streak.Tally, error) {
	// A copy of base's sums, which stay as they were for a second extend.
	// Without it, the lines after base.Offset would be summed alone: every
	// day before them lost, the streak and totals wrong without a word.
	t, err := base.Tally.Copy(set)
	if err != nil {
		return extended{}, nil, fmt.Errorf("copying the summary of the history: %w", err)
	}
	var r io.Reader = io.NewSectionReader(f, base.Offset, 1<<62)
	if limit >= 0 {
		r = io.LimitReader(r, limit)
	}
	from := now.Add(-advice.Window)
	next := extended{rollup: base, future: -1}
	next.Recent = recentSince(base.Recent, from)
	next.RecentFrom = from
	res, err := history.Reader{Now: now, Line: base.Lines, Seen: ids.seen}.Scan(r, func(rec *history.Record) {
		t.Add(rec)
		if !rec.Start.Before(from) {
			next.Recent = append(next.Recent, *rec)
		}
	})
	if err != nil {
		return extended{}, nil, err
	}
	covered := base.Lines + res.Lines
	if res.Partial {
		covered-- // the last line may still be being written
	}
	if res.Future >= 0 {
		next.future = base.Offset + res.Future
	}
	next.Offset += res.Whole
	next.Lines = covered
	keep := func(lines []int) []int {
		i, _ := slices.BinarySearch(lines, covered+1)
		return lines[:i]
	}
	next.Unreadable = append(slices.Clone(base.Unreadable), keep(res.Unreadable)...)
	next.Invalid = append(slices.Clone(base.Invalid), keep(res.Invalid)...)
	next.Newer = append(slices.Clone(base.Newer), keep(res.Newer)...)
	next.Duplicate = append(slices.Clone(base.Duplicate), keep(res.Duplicate)...)
	next.Tally = t
	// What is reported now includes a last line not yet covered.
	shown := next
	shown.Unreadable = append(slices.Clone(base.Unreadable), res.Unreadable...)
	shown.Invalid = append(slices.Clone(base.Invalid), res.Invalid...)
	shown.Newer = append(slices.Clone(base.Newer), res.Newer...)
	shown.Duplicate = append(slices.Clone(base.Duplicate), res.Duplicate...)
	next.shown = shown.rollup
	return next, t, nil
}

func (r extended) skipped() history.Result {
	return r.shown.skipped()
}

func (r rollup) skipped() history.Result {
	return history.Result{Unreadable: r.Unreadable, Invalid: r.Invalid, Newer: r.Newer, Duplicate: r.Duplicate}
}

func recentSince(recs []history.Record, from time.Time) []history.Record {
	var out []history.Record
	for _, r := range recs {
		if !r.Start.Before(from) {
			out = append(out, r)
		}
	}
	return out
}

// cachePath is where the rollup of this history is kept, named after the
// history's path so that several data folders keep their own.
func (s *Store) cachePath(ext string) string {
	abs, err := filepath.Abs(s.Path())
	if err != nil {
		abs = s.Path()
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(s.cache, "rollup-"+hex.EncodeToString(sum[:8])+ext)
}

func (s *Store) emptyRollup(st fs.FileInfo) rollup {
	dev, ino := fileID(st)
	return rollup{V: rollupVersion, Dev: dev, Ino: ino, Tally: streak.NewTally(s.set)}
}

// readRollup returns the rollup of f if it still matches f and passes
// check, else an empty one.
func (s *Store) readRollup(f *os.File, st fs.FileInfo, now time.Time) rollup {
	empty := s.emptyRollup(st)
	if s.cache == "" {
		return empty
	}
	b, err := files.Read(s.cachePath(".json"), cacheKind)
	if err != nil {
		return empty
	}
	// The sums decode into a tally under this store's settings, and fail
	// if the day starts at another hour than when they were made.
	r := rollup{Tally: streak.NewTally(s.set)}
	if json.Unmarshal(b, &r) != nil || r.V != rollupVersion || r.Dev != empty.Dev || r.Ino != empty.Ino ||
		r.Offset < 0 || r.Offset > st.Size() || r.RecentFrom.After(now.Add(-advice.Window)) || r.check() != nil {
		return empty
	}
	head, tail, err := edges(f, r.Offset)
	if err != nil || head != r.Head || tail != r.Tail {
		return empty
	}
	return r
}

// edges are the CRC-32s of the first and last edge bytes of f's first n.
func edges(f *os.File, n int64) (head, tail uint32, err error) {
	buf := make([]byte, min(n, edge))
	if _, err := f.ReadAt(buf, 0); err != nil && err != io.EOF {
		return 0, 0, err
	}
	head = crc32.ChecksumIEEE(buf)
	if _, err := f.ReadAt(buf, n-int64(len(buf))); err != nil && err != io.EOF {
		return 0, 0, err
	}
	return head, crc32.ChecksumIEEE(buf), nil
}

// saveRollup writes r, and its ids if they changed, each whole to a new
// file renamed into place, so that a reader never sees half of one.
func (s *Store) saveRollup(f *os.File, r extended, ids *idSet) {
	if s.cache == "" || os.MkdirAll(s.cache, 0o700) != nil {
		return
	}
	var err error
	if r.Head, r.Tail, err = edges(f, r.Offset); err != nil {
		return
	}
	if r.IDs, r.NewIDs, err = s.saveIDs(ids); err != nil {
		return
	}
	if r.Beside, err = s.saveBeside(r.rollup); err != nil {
		return
	}
	if b, err := json.Marshal(r.rollup); err == nil {
		files.WriteWhole(s.cachePath(".json"), 0o600, func(w io.Writer) error {
			_, err := w.Write(b)
			return err
		})
	}
}
