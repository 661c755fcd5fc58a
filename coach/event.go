package coach

import "time"

// HoldEvent reports a hold that ended, finished or cut short.
type HoldEvent struct {
	Exercise  string // content.Exercise.ID
	Side      string // "", "left" or "right"
	Start     time.Time
	Planned   time.Duration
	Rolled    time.Duration // time actually spent in the hold, pauses excluded
	Completed bool
	Tender    int // tender spots marked with k during this hold
}
