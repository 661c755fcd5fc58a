package store

import (
	"errors"
	"slices"
)

// check reports why r cannot be the rollup of Lines lines of a history,
// or nil: its sums must pass the rules the history's door applies to
// every record (streak.Tally.Check), and its line numbers be lines it
// covers, each once. Its recent records are checked only when read
// (takeUp).
func (r rollup) check() error {
	if r.Lines < 0 || r.Offset < int64(r.Lines) || r.IDs < 0 || r.IDs > r.Lines || len(r.NewIDs) > maxNewIDs || r.Tally == nil {
		return errors.New("the counts are out of range")
	}
	for _, lines := range [][]int{r.Unreadable, r.Invalid, r.Newer, r.Duplicate} {
		if len(lines) > 0 && (lines[0] < 1 || lines[len(lines)-1] > r.Lines ||
			!slices.IsSorted(lines) || len(slices.Compact(slices.Clone(lines))) != len(lines)) {
			return errors.New("a line number is out of range")
		}
	}
	return r.Tally.Check(r.Lines)
}
