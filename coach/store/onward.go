package store

import (
	"encoding/json"
	"hash/crc32"
	"io"
	"time"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
)

// takeUp readies r to go on from, with what status leaves unread: the
// hashes of the sessions its tally counted, from the sessions file, and
// its recent records, each of which must pass the history's door. It
// reports whether they are r's.
func (s *Store) takeUp(r *rollup, now time.Time) bool {
	var b []byte // none: the CRC-32 of nothing is 0
	if r.Sessions != 0 {
		var err error
		if b, err = files.Read(s.cachePath(".sessions"), cacheKind); err != nil || crc32.ChecksumIEEE(b) != r.Sessions {
			return false
		}
	}
	if r.Tally.TakeSessions(b) != nil {
		return false
	}
	if len(r.RecentJSON) > 0 && json.Unmarshal(r.RecentJSON, &r.Recent) != nil {
		return false
	}
	for i := range r.Recent {
		if history.Check(&r.Recent[i], now) != nil || r.Recent[i].Start.Before(r.RecentFrom) {
			return false
		}
	}
	return true
}

// saveSessions saves the hashes of the sessions t counted unless the
// sessions file holds them already (its CRC-32 is was), and returns their
// CRC-32.
func (s *Store) saveSessions(t *streak.Tally, was uint32) (uint32, error) {
	b := t.Sessions()
	sum := crc32.ChecksumIEEE(b)
	if sum == was {
		return sum, nil
	}
	return sum, files.WriteWhole(s.cachePath(".sessions"), 0o600, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}
