package ui

import (
	"time"

	"github.com/backroll/backroll/coach"
)

// engine runs a session's clock: a coach.Session of the person's own, or
// their seat in a roll-along class, whose clock the class's leader moves.
type engine interface {
	Advance(now time.Time)
	State(now time.Time) coach.State
	NextDeadline() (time.Time, bool)
	TogglePause(now time.Time)
	StartNow(now time.Time)
	Next(now time.Time)
	Back(now time.Time)
	AddTime(now time.Time) bool
	Tender(now time.Time) bool
	LeaveTender(now time.Time) bool
	Quit(now time.Time)
	SetRedFlag(on bool)
	Summary() coach.Summary
	TakeEvents() []coach.HoldEvent
}
