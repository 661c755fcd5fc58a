package cues

import (
	"time"

	"github.com/backroll/backroll/coach"
)

// Kind is a change in the session worth a cue.
type Kind int

const (
	HoldStart   Kind = iota // an area's hold starts, or cat-cow
	Countdown               // one of a hold's last three seconds
	SwitchSides             // the get-ready before the other side
	TenderEnd               // a tender spot's stay is over; the area goes on
	Breath                  // a cat-cow breath turns: in, held or out
	Done                    // the session ended
	TenLeft                 // ten seconds of a hold left: said by the voice alone
	MoveOn                  // an area's two minutes in the session are spent
)

func (k Kind) String() string {
	return [...]string{"hold-start", "countdown", "switch-sides", "tender-end", "breath", "done", "ten-left", "move-on"}[k]
}

// Event is one change, with what its cue says.
type Event struct {
	Kind   Kind
	Title  string            // HoldStart: "Right glute", "Cat-cow"; SwitchSides: the side to come; MoveOn: the area spent
	Length time.Duration     // HoldStart: the hold's length
	Reps   int               // HoldStart of cat-cow: its breaths
	Count  int               // Countdown: 3, 2 or 1
	Phase  coach.BreathPhase // Breath: in, hold or out
}

// countFrom is the last seconds of a hold that are counted aloud, and
// tenLeft when the voice says how long is left.
const (
	countFrom = 3
	tenLeft   = 10
)

// Between lists the changes from prev to next, two states of one session,
// in the order they happened. A state that skipped several moments (the
// program was not woken for a while) gives only the latest of each kind:
// a late cue about the past would mislead.
func Between(prev, next coach.State) []Event {
	var ev []Event
	if next.Phase == coach.PhaseDone {
		if prev.Phase != coach.PhaseDone {
			ev = append(ev, Event{Kind: Done})
		}
		return ev
	}
	samePhase := prev.Phase == next.Phase && prev.Index == next.Index
	if next.MoveOn != nil && prev.MoveOn != next.MoveOn {
		// The hold that spent an area's two minutes has ended: before
		// what comes next, the word to move on.
		ev = append(ev, Event{Kind: MoveOn, Title: next.MoveOn.Title()})
	}
	switch next.Phase {
	case coach.PhaseSwitch:
		if !samePhase {
			ev = append(ev, Event{Kind: SwitchSides, Title: next.Step.Title()})
		}
	case coach.PhaseHold:
		switch {
		case !samePhase:
			ev = append(ev, Event{Kind: HoldStart, Title: next.Step.Title(), Length: next.Length})
		case prev.Tender && !next.Tender:
			ev = append(ev, Event{Kind: TenderEnd, Title: next.Step.Title()})
		case !next.Tender || next.TenderLeft >= next.Left:
			// A spot that runs to the area's end counts the area's end.
			n, was := wholeSeconds(next.Left), wholeSeconds(prev.Left)
			switch {
			case n < was && n >= 1 && n <= countFrom:
				ev = append(ev, Event{Kind: Countdown, Count: n})
			case n <= tenLeft && was > tenLeft && n > countFrom:
				ev = append(ev, Event{Kind: TenLeft})
			}
		}
	case coach.PhaseFinisher:
		if !samePhase {
			ev = append(ev, Event{Kind: HoldStart, Title: "Cat-cow", Length: next.Length, Reps: next.Reps})
		}
		// Once for each part of each breath: a held breath (4-7-8) is a
		// part of its own, cued as the in-breath ends.
		if !samePhase || prev.Breath.Phase != next.Breath.Phase || prev.Rep != next.Rep {
			ev = append(ev, Event{Kind: Breath, Phase: next.Breath.Phase})
		}
	}
	return ev
}

// wholeSeconds is the second a countdown shows: 2.4 s left is "3", as a
// clock that reaches 0 at the end counts.
func wholeSeconds(d time.Duration) int {
	return int((d + time.Second - 1) / time.Second)
}
