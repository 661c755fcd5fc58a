package calendar

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// A history with no session (none yet, or only pauses) makes no calendar:
// RFC 5545 asks for at least one component, so the export says why and
// writes nothing rather than a file some calendars refuse.
func TestNoSessionsWritesNothing(t *testing.T) {
	pause := history.Record{V: 1, ID: "p", Kind: history.KindPause,
		Start: time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC), End: time.Date(2026, 12, 9, 8, 0, 0, 0, time.UTC)}
	for name, recs := range map[string][]history.Record{"empty": nil, "only a pause": {pause}} {
		var b bytes.Buffer
		if err := Sessions(&b, recs); !errors.Is(err, ErrNoSessions) || b.Len() > 0 {
			t.Errorf("%s: %v, wrote %q; want ErrNoSessions and nothing", name, err, b.String())
		}
	}
}
