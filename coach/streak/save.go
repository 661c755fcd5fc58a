package streak

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"time"
)

// saved is a Tally's sums as JSON: the per-day seconds and the per-area
// tallies, and what the streak's pauses and the feel trend need.
type saved struct {
	DayStarts time.Duration  `json:"day_starts"` // the days below are cut at it
	From      day            `json:"from"`       // the first day of Rolled
	Rolled    []byte         `json:"rolled"`     // seconds+1 by day from From on, as uvarints; 0: no hold that day
	Total     int            `json:"total"`
	Sessions  int            `json:"sessions"` // how many: their hashes are kept beside (Tally.Sessions)
	Areas     []savedArea    `json:"areas"`
	Feel      []Feel         `json:"feel"`
	Pauses    [][2]time.Time `json:"pauses"`
	RedFlags  []time.Time    `json:"red_flags"`
}

type savedArea struct {
	Exercise string         `json:"exercise"`
	Side     string         `json:"side"`
	Seconds  int            `json:"seconds"`
	Recent   []savedSession `json:"recent"`
}

type savedSession struct {
	ID     string    `json:"id"`
	Start  time.Time `json:"start"`
	Tender bool      `json:"tender"`
}

// MarshalJSON saves the sums. Only the FeelSessions latest ratings are
// kept: Stats never shows more, and records only add to them. Of the
// sessions, only how many is saved: their hashes, most of the bytes, are
// Sessions, kept beside by whoever keeps the sums, and needed only to
// count on (TakeSessions). Stats on 100,000 lines (`backroll status`)
// took 5 ms with them in, 3 of it in decoding this JSON.
func (t *Tally) MarshalJSON() ([]byte, error) {
	t.closeDay()
	feel := slices.Clone(t.feel)
	slices.SortStableFunc(feel, func(a, b Feel) int { return a.Start.Compare(b.Start) })
	s := saved{DayStarts: t.set.DayStarts, Total: t.total, Sessions: t.sessions.count(),
		Feel: feel[max(len(feel)-FeelSessions, 0):], RedFlags: t.redFlags}
	// Packed, not an object keyed by day: years of days decode in a
	// fraction of the time, and status runs on every prompt.
	t.rolled.settle()
	if days := t.rolled.days; len(days) > 0 {
		s.From = days[0].d
		next := s.From
		for _, r := range days {
			for ; next < r.d; next++ {
				s.Rolled = append(s.Rolled, 0) // no hold that day
			}
			s.Rolled = binary.AppendUvarint(s.Rolled, uint64(r.secs+1))
			next++
		}
	}
	for _, p := range t.pauses {
		s.Pauses = append(s.Pauses, [2]time.Time{p.from, p.until})
	}
	for _, a := range t.areas {
		sa := savedArea{Exercise: a.exercise, Side: a.side, Seconds: a.seconds}
		for _, r := range a.recent {
			sa.Recent = append(sa.Recent, savedSession{r.id, r.start, r.tender})
		}
		s.Areas = append(s.Areas, sa)
	}
	slices.SortFunc(s.Areas, func(a, b savedArea) int {
		return cmp.Or(cmp.Compare(a.Exercise, b.Exercise), cmp.Compare(a.Side, b.Side))
	})
	return json.Marshal(s)
}

// UnmarshalJSON takes up sums MarshalJSON saved under the same settings'
// day start; under another they would put holds on the wrong days, and it
// fails.
func (t *Tally) UnmarshalJSON(b []byte) error {
	var s saved
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s.DayStarts != t.set.DayStarts {
		return fmt.Errorf("saved with days starting at %s, not %s", s.DayStarts, t.set.DayStarts)
	}
	n := NewTally(t.set)
	if s.From < -maxDay || s.From > maxDay {
		return errors.New("the seconds by day are damaged")
	}
	n.rolled.days = make([]dayRoll, 0, daysIn(s.Rolled))
	for d, b := s.From, s.Rolled; len(b) > 0; d++ {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > math.MaxInt32 {
			return errors.New("the seconds by day are damaged")
		}
		if v > 0 {
			n.rolled.days = append(n.rolled.days, dayRoll{d, int(v) - 1})
		}
		b = b[k:]
	}
	if s.Sessions < 0 {
		return errors.New("the sessions are damaged")
	}
	n.sessions.untaken = s.Sessions
	n.total, n.feel, n.redFlags = s.Total, s.Feel, s.RedFlags
	for _, p := range s.Pauses {
		n.pauses = append(n.pauses, pause{p[0], p[1]})
	}
	for _, sa := range s.Areas {
		a := &area{exercise: sa.Exercise, side: sa.Side, seconds: sa.Seconds}
		for _, r := range sa.Recent {
			a.recent = append(a.recent, session{r.ID, r.Start, r.Tender})
		}
		n.areas[[2]string{sa.Exercise, sa.Side}] = a
	}
	*t = *n
	return nil
}

// maxDay is further from 1970 than any saved day can be: the days after it
// count on without overflow, even in 32 bits.
const maxDay = 1 << 24

// Sessions is the hashes of the sessions counted, sorted, 8 bytes each:
// to keep beside the sums MarshalJSON saves.
func (t *Tally) Sessions() []byte { return t.sessions.bytes() }

// TakeSessions takes up, beside sums from UnmarshalJSON, the hashes
// Sessions gave with them: as many as the sums counted. Until then the
// sums give Stats, but cannot be counted on (Copy).
func (t *Tally) TakeSessions(b []byte) error { return t.sessions.setBytes(b) }

// Copy is a copy of the sums to count on from, under set: the copy goes on
// apart from t. It fails if set's day starts at another hour than t's,
// under which the days would be wrong, or if t's sessions were not taken
// up (TakeSessions).
func (t *Tally) Copy(set Settings) (*Tally, error) {
	if set.DayStarts != t.set.DayStarts {
		return nil, fmt.Errorf("summed with days starting at %s, not %s", t.set.DayStarts, set.DayStarts)
	}
	if t.sessions.untaken > 0 {
		return nil, errors.New("the sessions' hashes were not taken up")
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

// daysIn is about how many days with a hold the packed seconds hold: the
// last byte of each number is below 0x80, and a day with none is 0.
// Sized so, the table is made once: growing it made taking up ten years
// of sums 0.36 ms, not 0.26, and three times the memory.
func daysIn(packed []byte) int {
	n := 0
	for _, c := range packed {
		if c != 0 && c < 0x80 {
			n++
		}
	}
	return n
}
