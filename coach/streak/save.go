package streak

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
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
	Sessions  []byte         `json:"sessions"` // their ids' hashes, 8 bytes each, sorted
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
// kept: Stats never shows more, and records only add to them.
func (t *Tally) MarshalJSON() ([]byte, error) {
	t.closeDay()
	feel := slices.Clone(t.feel)
	slices.SortStableFunc(feel, func(a, b Feel) int { return a.Start.Compare(b.Start) })
	s := saved{DayStarts: t.set.DayStarts, Total: t.total, Sessions: t.sessions.bytes(),
		Feel: feel[max(len(feel)-FeelSessions, 0):], RedFlags: t.redFlags}
	// Packed, not an object keyed by day: years of days decode in a
	// fraction of the time, and status runs on every prompt.
	if len(t.rolled) > 0 {
		first, last := day(math.MaxInt), day(math.MinInt)
		for d := range t.rolled {
			first, last = min(first, d), max(last, d)
		}
		s.From = first
		for d := first; d <= last; d++ {
			secs, ok := t.rolled[d]
			if !ok {
				secs = -1
			}
			s.Rolled = binary.AppendUvarint(s.Rolled, uint64(secs+1))
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
	n.rolled = make(map[day]int, len(s.Rolled))
	for d, b := s.From, s.Rolled; len(b) > 0; d++ {
		v, k := binary.Uvarint(b)
		if k <= 0 || v > math.MaxInt32 {
			return errors.New("the seconds by day are damaged")
		}
		if v > 0 {
			n.rolled[d] = int(v) - 1
		}
		b = b[k:]
	}
	if err := n.sessions.setBytes(s.Sessions); err != nil {
		return err
	}
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
