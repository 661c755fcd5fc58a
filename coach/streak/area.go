package streak

import (
	"time"

	"github.com/backroll/backroll/coach/history"
)

// area follows one exercise and side.
type area struct {
	exercise, side string
	seconds        int
	recent         []session // the latest TenderSessions sessions that rolled it
	current        int       // the one in recent the last hold was of
	next           *area     // the area rolled after this one last time
}

type session struct {
	id     string
	start  time.Time // of its first hold of the area seen
	tender bool      // any of its holds of the area marked tender
}

// add counts the hold r. Records may come in any order (a merge appends
// old ones), so a session joins recent only if newer than one there.
func (a *area) add(r *history.Record, secs int) {
	a.seconds += secs
	// Most holds are of the session the area's last hold was of.
	if c := a.current; c < len(a.recent) && a.recent[c].id == r.Session {
		a.recent[c].tender = a.recent[c].tender || r.Tender > 0
		return
	}
	for i := range a.recent {
		if s := &a.recent[i]; s.id == r.Session {
			s.tender = s.tender || r.Tender > 0
			a.current = i
			return
		}
	}
	s := session{r.Session, r.Start, r.Tender > 0}
	if len(a.recent) < TenderSessions {
		a.recent = append(a.recent, s)
		a.current = len(a.recent) - 1
		return
	}
	oldest := 0
	for i := range a.recent {
		if a.recent[i].start.Before(a.recent[oldest].start) {
			oldest = i
		}
	}
	if r.Start.After(a.recent[oldest].start) {
		a.recent[oldest] = s
		a.current = oldest
	}
}

// tender counts the recent sessions that found the area tender.
func (a *area) tender() int {
	n := 0
	for _, s := range a.recent {
		if s.tender {
			n++
		}
	}
	return n
}
