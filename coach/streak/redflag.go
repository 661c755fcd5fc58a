package streak

import "time"

// RedFlagRests reports whether now falls in the rest after a sign to stop
// reported at at: its own day and the RedFlagRestDays after it, each day
// as the streak counts days (on its own clock, from DayStarts). It is one
// window for the streak's rest (which rolling again ends early) and for
// the question every start asks first (rules.LastStop), so that home never
// says the streak rests for a sign to stop that no start asks about any
// more. A sign dated after now (another machine's clock) is within it.
func (s Settings) RedFlagRests(at, now time.Time) bool {
	_, last := s.redFlagDays(at)
	return dayOf(now, s.DayStarts) <= last
}

// redFlagDays are the first and the last day of the rest after a sign to
// stop reported at at.
func (s Settings) redFlagDays(at time.Time) (first, last day) {
	first = dayOf(at, s.DayStarts)
	return first, first + RedFlagRestDays
}
