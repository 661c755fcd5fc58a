package streak

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"slices"
)

// sessionSet is the sessions met, as 64-bit hashes of their ids: years of
// sessions fit in a few hundred kilobytes, kept beside the saved sums so
// that a session whose records come in two reads counts once. Two ids
// with the same hash count as one: at worst a session less, once in
// billions of histories.
type sessionSet struct {
	sorted []uint64 // from saved sums
	added  map[uint64]struct{}
	last   string // the session added last: most records follow one of the same
	// Sessions the saved sums counted whose hashes are not taken up
	// (Tally.TakeSessions): enough for Stats, not to count on.
	untaken int
}

func newSessionSet() sessionSet { return sessionSet{added: make(map[uint64]struct{})} }

func (s *sessionSet) add(id string) {
	if id == s.last {
		return
	}
	s.last = id
	h := fnv.New64a()
	h.Write([]byte(id))
	k := h.Sum64()
	if _, ok := slices.BinarySearch(s.sorted, k); ok {
		return
	}
	s.added[k] = struct{}{}
}

func (s *sessionSet) count() int { return s.untaken + len(s.sorted) + len(s.added) }

// bytes packs the set, sorted, 8 bytes a session.
func (s *sessionSet) bytes() []byte {
	all := slices.Clone(s.sorted)
	for k := range s.added {
		all = append(all, k)
	}
	slices.Sort(all)
	b := make([]byte, 0, 8*len(all))
	for _, k := range all {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	return b
}

// setBytes takes up what bytes packed, in a set whose sessions are as yet
// untaken: as many as that.
func (s *sessionSet) setBytes(b []byte) error {
	if len(b)%8 != 0 || len(b)/8 != s.untaken || len(s.sorted)+len(s.added) > 0 {
		return errors.New("the sessions are damaged")
	}
	*s = newSessionSet()
	s.sorted = make([]uint64, len(b)/8)
	for i := range s.sorted {
		s.sorted[i] = binary.LittleEndian.Uint64(b[8*i:])
		if i > 0 && s.sorted[i] <= s.sorted[i-1] {
			return errors.New("the sessions are damaged")
		}
	}
	return nil
}
