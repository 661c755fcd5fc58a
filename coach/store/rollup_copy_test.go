package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/streak"
)

// Sums that cannot be carried on are an error, never summed over as if
// the days before them were not there.
func TestExtendRefusesSumsItCannotCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	start := time.Date(2026, 11, 20, 21, 0, 0, 0, time.UTC)
	if err := os.WriteFile(path, []byte(hold("a", "s", start, 60)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set := streak.DefaultSettings()
	other := set
	other.DayStarts = 6 * time.Hour // the sums were made under another day start
	base := rollup{Tally: streak.NewTally(other)}
	ids := &idSet{}
	if _, _, err := extend(base, f, -1, ids, set, start.Add(time.Hour)); err == nil {
		t.Fatal("sums of another day start were carried on")
	}
	base.Tally = streak.NewTally(set)
	if _, tally, err := extend(base, f, -1, ids, set, start.Add(time.Hour)); err != nil || tally == nil {
		t.Fatalf("sums of this day start: %v", err)
	}
}
