package streak

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
)

// The parts of a Tally that MarshalJSON leaves out, to keep beside its
// JSON: the seconds by day (Days), which Stats needs, and the sessions'
// hashes (Sessions), which only counting on needs. Sums from
// UnmarshalJSON fail Check until their days are taken up, and cannot be
// counted on (Copy) until their sessions are too.

// maxDay is further from 1970 than any saved day can be: the days after it
// count on without overflow, even in 32 bits.
const maxDay = 1 << 24

// Days is the seconds rolled by day, packed: the first day with a hold as
// a varint, then each day's seconds+1 from it on as uvarints, 0 for a day
// with no hold. Empty when no day had a hold.
func (t *Tally) Days() []byte {
	t.closeDay()
	t.rolled.settle()
	days := t.rolled.days
	if len(days) == 0 {
		return nil
	}
	b := binary.AppendVarint(make([]byte, 0, 2*len(days)+8), int64(days[0].d))
	next := days[0].d
	for _, r := range days {
		for ; next < r.d; next++ {
			b = append(b, 0) // no hold that day
		}
		b = binary.AppendUvarint(b, uint64(r.secs+1))
		next++
	}
	return b
}

// TakeDays takes up, beside sums from UnmarshalJSON, the days Days gave
// with them: as many days with a hold as the sums counted.
func (t *Tally) TakeDays(b []byte) error {
	damaged := errors.New("the seconds by day are damaged")
	want := t.rolled.untaken
	if len(t.rolled.days) > 0 || len(t.rolled.early) > 0 || t.dayOpen {
		return damaged
	}
	if want == 0 && len(b) == 0 {
		return nil
	}
	from, k := binary.Varint(b)
	if k <= 0 || from < -maxDay || from > maxDay {
		return damaged
	}
	// Each day with a hold is at least a byte of b: want, read from a
	// cache, may be any number.
	days := make([]dayRoll, 0, min(want, len(b)))
	for d, b := day(from), b[k:]; len(b) > 0; d++ {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > math.MaxInt32 || v > 0 && len(days) == want {
			return damaged
		}
		if v > 0 {
			days = append(days, dayRoll{d, int(v) - 1})
		}
		b = b[k:]
	}
	if len(days) != want {
		return damaged
	}
	t.rolled = dayTable{days: days}
	return nil
}

// Sessions is the hashes of the sessions counted, sorted, 8 bytes each.
func (t *Tally) Sessions() []byte { return t.sessions.bytes() }

// TakeSessions takes up, beside sums from UnmarshalJSON, the hashes
// Sessions gave with them: as many as the sums counted.
func (t *Tally) TakeSessions(b []byte) error { return t.sessions.setBytes(b) }

// Copy is a copy of the sums to count on from, under set: the copy goes on
// apart from t. It fails if set's day starts at another hour than t's,
// under which the days would be wrong, or if t's days or sessions were
// not taken up.
func (t *Tally) Copy(set Settings) (*Tally, error) {
	if set.DayStarts != t.set.DayStarts {
		return nil, fmt.Errorf("summed with days starting at %s, not %s", t.set.DayStarts, set.DayStarts)
	}
	if t.sessions.untaken > 0 || t.rolled.untaken > 0 {
		return nil, errors.New("the days or the sessions' hashes were not taken up")
	}
	t.closeDay()
	t.rolled.settle()
	c := &Tally{set: set, rolled: dayTable{days: slices.Clone(t.rolled.days)}, total: t.total,
		areas: make(map[[2]string]*area, len(t.areas)), feel: slices.Clone(t.feel),
		pauses: slices.Clone(t.pauses), redFlags: slices.Clone(t.redFlags), sessions: newSessionSet()}
	c.sessions.sorted = slices.Clone(t.sessions.sorted)
	maps.Copy(c.sessions.added, t.sessions.added)
	for k, a := range t.areas {
		// next is left out: a guess at the area that comes next, made again.
		c.areas[k] = &area{exercise: a.exercise, side: a.side, seconds: a.seconds,
			recent: slices.Clone(a.recent), current: a.current}
	}
	return c, nil
}
