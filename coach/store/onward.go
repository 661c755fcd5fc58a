package store

import (
	"encoding/json"
	"hash/crc32"
	"io"
	"time"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/history"
)

// Beside is the CRC-32s of the files kept beside a rollup, which must
// match for the files to be its own.
type Beside struct {
	Sessions uint32 `json:"sessions_crc"` // the tally's session hashes (streak.Tally.Sessions)
	Recent   uint32 `json:"recent_crc"`   // the recent records, as JSON
}

// takeUp readies r to go on from, with what status leaves unread: the
// hashes of the sessions its tally counted and its recent records, each
// of which must pass the history's door. It reports whether they are r's.
func (s *Store) takeUp(r *rollup, now time.Time) bool {
	if r.Lines == 0 {
		return r.Tally.TakeSessions(nil) == nil
	}
	sessions, ok := s.readBeside(".sessions", r.Beside.Sessions)
	if !ok || r.Tally.TakeSessions(sessions) != nil {
		return false
	}
	recent, ok := s.readBeside(".recent", r.Beside.Recent)
	if !ok || json.Unmarshal(recent, &r.Recent) != nil {
		return false
	}
	for i := range r.Recent {
		if history.Check(&r.Recent[i], now) != nil || r.Recent[i].Start.Before(r.RecentFrom) {
			return false
		}
	}
	return true
}

// readBeside reads the file beside the rollup named by ext, and reports
// whether its CRC-32 is sum.
func (s *Store) readBeside(ext string, sum uint32) ([]byte, bool) {
	b, err := files.Read(s.cachePath(ext), cacheKind)
	return b, err == nil && crc32.ChecksumIEEE(b) == sum
}

// saveBeside saves the files beside r where they changed, and returns
// their CRC-32s.
func (s *Store) saveBeside(r rollup) (Beside, error) {
	recent, err := json.Marshal(r.Recent)
	if err != nil {
		return Beside{}, err
	}
	var b Beside
	if b.Sessions, err = s.writeBeside(".sessions", r.Tally.Sessions(), r.Beside.Sessions); err != nil {
		return Beside{}, err
	}
	if b.Recent, err = s.writeBeside(".recent", recent, r.Beside.Recent); err != nil {
		return Beside{}, err
	}
	return b, nil
}

// writeBeside writes data to the file named by ext unless it holds them
// already (its CRC-32 is was, not 0, which a rollup made afresh has),
// and returns their CRC-32.
func (s *Store) writeBeside(ext string, data []byte, was uint32) (uint32, error) {
	sum := crc32.ChecksumIEEE(data)
	if sum == was && was != 0 {
		return sum, nil
	}
	return sum, files.WriteWhole(s.cachePath(ext), 0o600, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
