package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// rollupVersion changes whenever the rollup's meaning does; another is
// rebuilt.
const rollupVersion = 1

// edge is how many bytes at each end of the part of the history a rollup
// covers are checked against it on every use.
const edge = 4 << 10

// rollup sums up the history file up to Offset, so that status and stats
// decode only the lines added since, by this machine, a merge or a sync.
// It is trusted only while the file still matches it: the same file (device
// and inode), at least Offset long, with the same bytes at both ends of the
// covered part. Anything else (shorter, replaced, edited at either end)
// rebuilds it from the start. An edit in the middle that keeps the size and
// both ends is not noticed: checking every byte would cost a full read.
type rollup struct {
	V          int              `json:"v"`
	Dev        uint64           `json:"dev"`
	Ino        uint64           `json:"ino"`
	Offset     int64            `json:"offset"` // bytes covered: whole lines only
	Lines      int              `json:"lines"`
	Head       uint32           `json:"head"` // CRC-32 of the first edge bytes covered...
	Tail       uint32           `json:"tail"` // ...and of the last
	IDs        int              `json:"ids"`  // how many ids the ids file holds
	Tally      *streak.Tally    `json:"tally"`
	Unreadable []int            `json:"unreadable"`
	Invalid    []int            `json:"invalid"`
	Newer      []int            `json:"newer"`
	RecentFrom time.Time        `json:"recent_from"` // Recent holds every record since
	Recent     []history.Record `json:"recent"`
}

// summary sums up the history as of now: the tally, the skipped lines and
// the records since advice.Window before now. It uses and renews the
// rollup; a rollup that cannot be read or saved only costs time.
func (s *Store) summary(now time.Time) (*streak.Tally, history.Result, []history.Record, error) {
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
	base := s.readRollup(f, st, from)
	if base.Offset == st.Size() {
		// Nothing new: the common case on every prompt.
		return base.Tally, base.skipped(), recentSince(base.Recent, from), nil
	}
	ids, ok := s.readIDs(base)
	if !ok {
		// Copies of old records among the new would count twice.
		base, ids = s.emptyRollup(st), &idSet{added: map[uint64]struct{}{}}
	}
	next, t, err := extend(base, f, -1, ids, s.set, now)
	if err != nil {
		return nil, history.Result{}, nil, err
	}
	res := next.skipped()
	if next.future >= 0 {
		// Save only up to the record dated ahead, which may pass later.
		ids, _ = s.readIDs(base)
		if next, _, err = extend(base, f, next.future-base.Offset, ids, s.set, now); err != nil {
			return nil, history.Result{}, nil, err
		}
	}
	s.saveRollup(f, next, ids)
	return t, res, recentSince(next.Recent, from), nil
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
	t := streak.NewTally(set)
	b, err := base.Tally.MarshalJSON()
	if err == nil {
		err = t.UnmarshalJSON(b)
	}
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
	next.Tally = t
	// What is reported now includes a last line not yet covered.
	shown := next
	shown.Unreadable = append(slices.Clone(base.Unreadable), res.Unreadable...)
	shown.Invalid = append(slices.Clone(base.Invalid), res.Invalid...)
	shown.Newer = append(slices.Clone(base.Newer), res.Newer...)
	next.shown = shown.rollup
	return next, t, nil
}

func (r extended) skipped() history.Result {
	return r.shown.skipped()
}

func (r rollup) skipped() history.Result {
	return history.Result{Unreadable: r.Unreadable, Invalid: r.Invalid, Newer: r.Newer}
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

// readRollup returns the rollup of f if it still matches f, else an empty
// one.
func (s *Store) readRollup(f *os.File, st fs.FileInfo, from time.Time) rollup {
	empty := s.emptyRollup(st)
	if s.cache == "" {
		return empty
	}
	b, err := os.ReadFile(s.cachePath(".json"))
	if err != nil {
		return empty
	}
	// The sums decode into a tally under this store's settings, and fail
	// if the day starts at another hour than when they were made.
	r := rollup{Tally: streak.NewTally(s.set)}
	if json.Unmarshal(b, &r) != nil || r.V != rollupVersion || r.Dev != empty.Dev || r.Ino != empty.Ino ||
		r.Offset > st.Size() || r.RecentFrom.After(from) {
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

// saveRollup writes r and its ids, each to a new file renamed into place,
// so that a reader never sees half of one.
func (s *Store) saveRollup(f *os.File, r extended, ids *idSet) {
	if s.cache == "" || os.MkdirAll(s.cache, 0o700) != nil {
		return
	}
	var err error
	if r.Head, r.Tail, err = edges(f, r.Offset); err != nil {
		return
	}
	b := ids.bytes()
	r.IDs = len(b) / 8
	if writeAtomic(s.cachePath(".ids"), b) != nil {
		return
	}
	if b, err = json.Marshal(r.rollup); err == nil {
		writeAtomic(s.cachePath(".json"), b)
	}
}

func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".rollup-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// idSet is the ids of the records covered, as 64-bit hashes: enough to
// tell the few new records from copies of old ones, in an eighth of the
// space of the ids.
type idSet struct {
	sorted []uint64 // from the ids file
	added  map[uint64]struct{}
}

// readIDs reads the ids r covers, and reports whether they match it.
func (s *Store) readIDs(r rollup) (*idSet, bool) {
	ids := &idSet{added: make(map[uint64]struct{})}
	if r.IDs == 0 || s.cache == "" {
		return ids, r.IDs == 0
	}
	b, err := os.ReadFile(s.cachePath(".ids"))
	if err != nil || len(b) != 8*r.IDs {
		return ids, false
	}
	ids.sorted = make([]uint64, r.IDs)
	for i := range ids.sorted {
		ids.sorted[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return ids, true
}

func (ids *idSet) seen(id string) bool {
	h := fnv.New64a()
	h.Write([]byte(id))
	k := h.Sum64()
	if _, ok := slices.BinarySearch(ids.sorted, k); ok {
		return true
	}
	if _, ok := ids.added[k]; ok {
		return true
	}
	ids.added[k] = struct{}{}
	return false
}

func (ids *idSet) bytes() []byte {
	all := slices.Clone(ids.sorted)
	for k := range ids.added {
		all = append(all, k)
	}
	slices.Sort(all)
	ids.sorted, ids.added = all, map[uint64]struct{}{}
	var b bytes.Buffer
	for _, k := range all {
		binary.Write(&b, binary.LittleEndian, k)
	}
	return b.Bytes()
}
