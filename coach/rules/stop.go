package rules

import (
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

// Stop is a sign to stop whose rest has not run out: its own day and the
// streak.RedFlagRestDays after it (streak.Settings.RedFlagRests), two
// weeks, time enough to be seen. Until it is over, every start asks first
// whether a physical therapist has seen it, not rolling being the answer
// offered first, and home says the same in place of the streak. Taking
// the report back on the summary (u) leaves no record to wait on.
type Stop struct {
	At time.Time // when it was reported: the end of its session
}

// LastStop is the latest sign to stop in recs whose rest, by the days of
// set, has not run out at now: the same window the streak rests for it.
// Only session records carry one; a record dated after now (another
// machine's clock) counts as recent.
func LastStop(recs []history.Record, set streak.Settings, now time.Time) (Stop, bool) {
	var last time.Time
	for i := range recs {
		r := &recs[i]
		if r.Kind != history.KindSession || !r.RedFlag {
			continue
		}
		at := r.Start
		if r.End.After(at) {
			at = r.End // dated by when p was pressed, as the streak dates it
		}
		if set.RedFlagRests(at, now) && at.After(last) {
			last = at
		}
	}
	return Stop{At: last}, !last.IsZero()
}

// StopToday is a sign to stop reported just now, in this run, before its
// record is read back (or when it could not be saved).
func StopToday(now time.Time) Stop { return Stop{At: now} }

// Head says when: "You reported a sign to stop today", or "... on Mon 30
// Nov" for an earlier day, by the calendar where now is.
func (s Stop) Head(now time.Time) string {
	at := s.At.In(now.Location())
	if y, m, d := at.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return content.StoppedHead + " today"
	}
	return content.StoppedHead + " on " + at.Format("Mon 2 Jan")
}

// Home is what home and the history's advice say while s lasts: the same
// words the question before a session says.
func (s Stop) Home(now time.Time) string {
	return s.Head(now) + ". " + content.StoppedHome
}
