package history

import (
	"errors"
	"fmt"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// Future is how far after now a record may be dated: a record made further
// east, or on a clock a little ahead, is still today's; one from next week
// is a mistake, and would otherwise end a streak.
const Future = 24 * time.Hour

// errFuture is Check's reason for a record dated more than Future ahead.
var errFuture = errors.New("start is more than a day ahead")

// maxIdent is the longest identifier the app writes by far (ids are 32).
const maxIdent = 64

// maxTender bounds the tender spots of one hold: the key is pressed by hand
// within two minutes.
const maxTender = 1000

// Earlier versions let a hold run to 10 minutes, and for a while (from
// 70e0cdf to 509819b) "+" had no limit at all; tender spots stopped the
// area's clock but not the hold's. Their records still count, each hold at
// most 2:00 in every figure (see Record.Rolled), so the door takes any hold
// up to a day: a hold longer than that no version could have written, since
// every second of it is a second of wall time.
const (
	MaxPlannedS = 24 * 60 * 60
	MaxRolledS  = MaxPlannedS
)

// Check reports why r, read from a file, cannot be a record of this
// version, or nil. Only whole records that make sense pass: a known kind,
// identifiers made of the characters backroll writes, an exercise backroll
// has (never a no-roll area), a start with its offset no more than Future
// after now, seconds and ratings in range.
// Every string of a record that passes is an identifier, so it is safe to
// print anywhere.
func Check(r *Record, now time.Time) error {
	if r.V != Version {
		return fmt.Errorf("version %d", r.V)
	}
	if !isIdent(r.ID) || !isIdent(r.Kind) {
		return errors.New("id or kind is not an identifier")
	}
	if r.Session == "" && r.Kind != KindPause {
		return errors.New("no session")
	}
	for _, f := range []struct{ name, v string }{{"session", r.Session}, {"exercise", r.Exercise}, {"routine", r.Routine}} {
		if f.v != "" && !isIdent(f.v) {
			return fmt.Errorf("%s is not an identifier", f.name)
		}
	}
	switch {
	case r.Side != "" && r.Side != "left" && r.Side != "right":
		return errors.New("side is neither left nor right")
	case r.Start.IsZero():
		return errors.New("no start")
	case r.Start.After(now.Add(Future)):
		return errFuture
	case !r.End.IsZero() && r.End.Before(r.Start):
		return errors.New("end before start")
	case !feelOK(r.FeelBefore) || !feelOK(r.FeelAfter):
		return errors.New("feel is not 0 to 10")
	}
	switch r.Kind {
	case KindHold:
		switch {
		case r.Exercise == "":
			return errors.New("a hold with no exercise")
		case r.PlannedS < 0 || r.PlannedS > MaxPlannedS:
			return fmt.Errorf("planned seconds are not 0 to %d", MaxPlannedS)
		case r.RolledS < 0 || r.RolledS > MaxRolledS:
			return fmt.Errorf("rolled seconds are not 0 to %d", MaxRolledS)
		case r.Tender < 0 || r.Tender > maxTender:
			return errors.New("tender spots out of range")
		}
		if _, ok := content.ExerciseByID(r.Exercise); !ok {
			if _, zone := content.ZoneByID(r.Exercise); zone {
				return fmt.Errorf("%s is never rolled", r.Exercise)
			}
			return fmt.Errorf("no exercise %s", r.Exercise)
		}
	case KindSession:
	case KindPause:
		if r.End.IsZero() {
			return errors.New("a pause with no end")
		}
	default:
		return errors.New("unknown kind")
	}
	return nil
}

func feelOK(p *int) bool { return p == nil || (*p >= 0 && *p <= 10) }

// isIdent reports whether s is made of the characters backroll's ids and
// names are: lowercase letters, digits and dashes.
func isIdent(s string) bool {
	if s == "" || len(s) > maxIdent {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !identByte[s[i]] {
			return false
		}
	}
	return true
}

// identByte says which bytes an identifier is made of: a table, for this
// is asked of every string of every line.
var identByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-'
	}
	return t
}()

// IsIdent reports whether s is made of the characters backroll's ids and
// names are, as Check wants them: for sums kept elsewhere (a cache) that
// must meet the same rules.
func IsIdent(s string) bool { return isIdent(s) }

// Rolled is what the hold r counts for in every figure: its rolled time,
// at most coach.MaxHold. A hold of an earlier version counts, but never
// for more than a hold may last now.
func (r *Record) Rolled() time.Duration {
	return min(time.Duration(r.RolledS)*time.Second, coach.MaxHold)
}

// SessionOf is the session r counts toward, if any. A session is every
// session id that has a hold or a session record: stats, status, the
// report and the progress screen all count it so. A session killed before
// it could write its own record still counts, for its holds were rolled.
func SessionOf(r *Record) (string, bool) {
	if r.Session == "" || r.Kind != KindHold && r.Kind != KindSession {
		return "", false
	}
	return r.Session, true
}
