package streak

import (
	"errors"
	"fmt"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/content"
)

// Check reports why sums taken up from elsewhere (a cache) cannot be the
// sums of lines lines of history, or nil. They must meet the rules every
// record meets at the history's door: known exercises and sides,
// identifiers, ratings 0 to 10, seconds in range, and add up: the days,
// the areas and the total the same seconds, no more than the longest hold
// for each line, no more sessions than lines.
func (t *Tally) Check(lines int) error {
	t.closeDay()
	t.rolled.settle()
	maxHold := int(coach.MaxHold / time.Second)
	days := 0
	for _, r := range t.rolled.days {
		secs := r.secs
		if secs < 0 || secs > lines*maxHold {
			return errors.New("a day's seconds are out of range")
		}
		days += secs
	}
	areas := 0
	for k, a := range t.areas {
		if _, ok := content.ExerciseByID(a.exercise); !ok || k != [2]string{a.exercise, a.side} {
			return fmt.Errorf("no exercise %q", a.exercise)
		}
		if a.side != "" && a.side != "left" && a.side != "right" {
			return errors.New("a side is neither left nor right")
		}
		if a.seconds < 0 || a.seconds > lines*maxHold || len(a.recent) > TenderSessions {
			return errors.New("an area's sums are out of range")
		}
		for _, s := range a.recent {
			if !history.IsIdent(s.id) {
				return errors.New("a session id is not an identifier")
			}
		}
		areas += a.seconds
	}
	switch {
	case t.total < 0 || t.total > lines*maxHold || t.total != days || t.total != areas:
		return errors.New("the seconds do not add up")
	case t.sessions.count() > lines:
		return errors.New("more sessions than lines")
	case len(t.pauses)+len(t.redFlags) > lines || len(t.feel) > FeelSessions:
		return errors.New("more pauses, red flags or ratings than there can be")
	}
	for _, f := range t.feel {
		if !history.IsIdent(f.Session) || !rating(f.Before) || !rating(f.After) {
			return errors.New("a rating is out of range")
		}
	}
	for _, p := range t.pauses {
		if p.until.Before(p.from) {
			return errors.New("a pause ends before it starts")
		}
	}
	return nil
}

func rating(p *int) bool { return p == nil || *p >= 0 && *p <= 10 }
