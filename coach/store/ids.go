package store

import (
	"encoding/binary"
	"hash/fnv"
	"io"
	"os"
	"slices"

	"github.com/backroll/backroll/coach/files"
)

// maxNewIDs is how many ids a rollup keeps beside its ids file before they
// are sorted into it: the file is rewritten once in that many records,
// years of use, not after every hold.
const maxNewIDs = 1024

// idSet is the ids of the records a rollup covers, as 64-bit hashes:
// enough to tell the few new records from copies of old ones. A read of
// the whole file keeps them in a slice (8 bytes a record, against a
// hundred in a set of the ids) and looks for copies once, at the end; a
// read of the lines added since a rollup looks each up in the ids file,
// a few bytes at a time, and in the few kept beside it. A hash met again
// while adding to a rollup is a doubt: a copy, or two ids with one hash,
// which only a read of the whole file can tell apart.
type idSet struct {
	collected []uint64 // every hash met, in a read of the whole file

	// Ids whose hash comes more than once, told apart by the ids themselves.
	exact   map[uint64]struct{}
	strings map[string]struct{}

	// Adding to a rollup: its ids file, the ids kept beside it, the new.
	base  *os.File
	n     int
	tail  []uint64
	added []uint64
	doubt bool
}

func hashID(id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	return h.Sum64()
}

func (ids *idSet) seen(id string) bool {
	k := hashID(id)
	if ids.base != nil || ids.tail != nil {
		if ids.inBase(k) || slices.Contains(ids.tail, k) || slices.Contains(ids.added, k) {
			ids.doubt = true
		}
		ids.added = append(ids.added, k)
		return false
	}
	ids.collected = append(ids.collected, k)
	if _, maybe := ids.exact[k]; !maybe {
		return false
	}
	_, ok := ids.strings[id]
	ids.strings[id] = struct{}{}
	return ok
}

// inBase looks k up in the sorted ids file, reading 8 bytes a step.
func (ids *idSet) inBase(k uint64) bool {
	if ids.base == nil {
		return false
	}
	var b [8]byte
	lo, hi := 0, ids.n
	for lo < hi {
		mid := (lo + hi) / 2
		if _, err := ids.base.ReadAt(b[:], int64(mid)*8); err != nil {
			ids.doubt = true
			return false
		}
		switch v := binary.LittleEndian.Uint64(b[:]); {
		case v == k:
			return true
		case v < k:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return false
}

// shared is the hashes collected more than once.
func (ids *idSet) shared() map[uint64]struct{} {
	slices.Sort(ids.collected)
	dups := make(map[uint64]struct{})
	for i := 1; i < len(ids.collected); i++ {
		if ids.collected[i] == ids.collected[i-1] {
			dups[ids.collected[i]] = struct{}{}
		}
	}
	return dups
}

// again is a set as ids was before any id was met.
func (ids *idSet) again() *idSet {
	a := &idSet{exact: ids.exact, base: ids.base, n: ids.n, tail: ids.tail}
	if ids.exact != nil {
		a.strings = make(map[string]struct{})
	}
	return a
}

func (ids *idSet) close() {
	if ids.base != nil {
		ids.base.Close()
	}
}

// openIDs opens the ids r covers, or returns nil when they do not match
// it.
func (s *Store) openIDs(r rollup) *idSet {
	ids := &idSet{n: r.IDs, tail: r.NewIDs}
	if ids.tail == nil {
		ids.tail = []uint64{}
	}
	if r.IDs == 0 {
		return ids
	}
	f, err := files.Open(s.cachePath(".ids"), files.Kind{Name: "cache file"})
	if err != nil {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Size() != 8*int64(r.IDs) {
		f.Close()
		return nil
	}
	ids.base = f
	return ids
}

// saveIDs saves what ids met and returns how many hashes the ids file
// holds and those kept beside it. Only a read of the whole file, or more
// than maxNewIDs beside it, rewrites the file.
func (s *Store) saveIDs(ids *idSet) (int, []uint64, error) {
	var all []uint64
	switch {
	case ids.base == nil && ids.tail == nil:
		all = ids.collected
	case len(ids.tail)+len(ids.added) <= maxNewIDs:
		return ids.n, append(slices.Clone(ids.tail), ids.added...), nil
	default:
		all = make([]uint64, ids.n, ids.n+len(ids.tail)+len(ids.added))
		if ids.base != nil {
			b := make([]byte, 8*ids.n)
			if _, err := ids.base.ReadAt(b, 0); err != nil {
				return 0, nil, err
			}
			for i := range all {
				all[i] = binary.LittleEndian.Uint64(b[8*i:])
			}
		}
		all = append(append(all, ids.tail...), ids.added...)
	}
	slices.Sort(all)
	all = slices.Compact(all)
	err := files.WriteWhole(s.cachePath(".ids"), 0o600, func(w io.Writer) error {
		b := make([]byte, 0, 64<<10)
		for _, k := range all {
			b = binary.LittleEndian.AppendUint64(b, k)
			if len(b) == cap(b) {
				if _, err := w.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
		_, err := w.Write(b)
		return err
	})
	return len(all), nil, err
}
