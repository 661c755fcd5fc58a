package cues

import "time"

// Bell is one meaning's bell pattern. A terminal bell has one sound, so
// meanings differ by the number of rings and where a pause falls: a dot
// is a ring, a space a pause between rings. Each meaning has its own, and
// the countdown's tick (one ring) is never a new hold's (two).
type Bell struct {
	Pattern string // "·· ··"
	Meaning string // what it tells, for the README and backroll cues test
	Short   string // the same in a few words, for the full help
	kinds   []Kind
}

// Bells is every pattern, the weightiest first: when one moment cues
// several events (a hold ends and the next get-ready starts), the bell
// rings the first of them in this list, once.
var Bells = []Bell{
	{"··· ··", "the session is over: how does your back feel?", "session over", []Kind{Done}},
	{"·· ··", "come off: get ready for the next position", "come off, get ready", []Kind{GetReady}},
	{"···", "switch sides", "switch sides", []Kind{SwitchSides}},
	{"··", "roll: a hold or cat-cow starts", "roll", []Kind{HoldStart}},
	{"· ··", "tender spot done: keep rolling", "spot done", []Kind{TenderEnd}},
	{"· ·", "cat-cow: the breath turns (breath cue)", "breath turns", []Kind{Breath}},
	{"·", "a hold's last three seconds, each (countdown cue)", "last seconds", []Kind{Countdown}},
}

// Rings between a pattern's rings: xterm drops a bell that follows
// another within 200 ms (bellSuppressTime), and other terminals run close
// rings into one sound; a pause is long enough to hear as a gap.
const (
	bellGap   = 300 * time.Millisecond
	bellPause = time.Second
)

// weight is k's place in Bells, lower first; len(Bells) for a kind with
// no pattern of its own (it sounds with the moment's other event).
func weight(k Kind) int {
	for i, b := range Bells {
		for _, bk := range b.kinds {
			if bk == k {
				return i
			}
		}
	}
	return len(Bells)
}

// Rings is when each ring of the pattern sounds, from the first.
func (b Bell) Rings() []time.Duration {
	var at []time.Duration
	next := time.Duration(0)
	for _, r := range b.Pattern {
		switch r {
		case '·':
			at = append(at, next)
			next += bellGap
		case ' ':
			next += bellPause - bellGap
		}
	}
	return at
}
