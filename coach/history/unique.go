package history

import (
	"errors"
	"hash/maphash"
	"io"
	"io/fs"
	"slices"
	"time"
)

// ScanFile scans the history file at path as of now, handing each record
// to fn, each id once. A missing file is an empty history.
//
// It reads in memory that does not grow with the lines, but for 4 bytes a
// record: a first pass keeps a 32-bit hash of each record's id, which
// tells the few ids that may come twice (copies, and a hundred or so
// chance pairs in a million); the second pass, which hands records on,
// keeps only those ids. A set of every id would take a hundred bytes a
// record. The second pass reads no further than the first: lines added
// meanwhile wait for the next read.
func ScanFile(path string, now time.Time, fn func(*Record)) (Result, error) {
	f, err := OpenFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Result{}, nil
	}
	if err != nil {
		return Result{}, readError(path, err)
	}
	defer f.Close()
	seed := maphash.MakeSeed()
	var hashes []uint32
	first, err := Reader{Now: now, Seen: func(id string) bool {
		hashes = append(hashes, uint32(maphash.String(seed, id)))
		return false
	}}.scan(f, func(lineKind, *Record, []byte) {})
	if err != nil {
		return Result{}, readError(path, err)
	}
	twice := sharedHashes(hashes)
	hashes = nil
	ids := make(map[string]struct{})
	seen := func(id string) bool {
		if _, maybe := twice[uint32(maphash.String(seed, id))]; !maybe {
			return false
		}
		_, ok := ids[id]
		ids[id] = struct{}{}
		return ok
	}
	size := first.Whole
	if first.Partial {
		size = 1 << 62 // the last line is read as it is then
	}
	res, err := Reader{Now: now, Seen: seen}.Scan(io.NewSectionReader(f, 0, size), fn)
	if err != nil {
		return Result{}, readError(path, err)
	}
	return res, nil
}

// sharedHashes is the hashes that occur more than once in hs, which it
// sorts.
func sharedHashes(hs []uint32) map[uint32]struct{} {
	slices.Sort(hs)
	twice := make(map[uint32]struct{})
	for i := 1; i < len(hs); i++ {
		if hs[i] == hs[i-1] {
			twice[hs[i]] = struct{}{}
		}
	}
	return twice
}
