package report

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// The report counts what stats counts: every record an earlier version
// wrote (../history/testdata/earlier), each long hold as 2:00, and the
// session killed before its own record as a session.
func TestEarlierHistories(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"70e0cdf-holds-to-10-min.jsonl", "5663545-pauses.jsonl", "0add6c5-holds-to-2-min.jsonl"} {
		b := NewBuilder(now, 4, 0)
		res, err := history.ScanFile(filepath.Join("..", "history", "testdata", "earlier", name), now, b.Add)
		if err != nil || res.Warning(name) != "" {
			t.Fatalf("%s: %v %s", name, err, res.Warning(name))
		}
		r := b.Report()
		if r.Sessions != 3 || r.Rolled != 251*time.Second || len(r.RedFlags) != 1 {
			t.Errorf("%s: %d sessions, %s rolled, %d red flags; want 3, 4m11s, 1", name, r.Sessions, r.Rolled, len(r.RedFlags))
		}
	}
}
