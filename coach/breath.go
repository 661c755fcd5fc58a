package coach

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// Breath is a breathing pattern: the length of the in-breath, of a held
// breath after it (0 for none) and of the out-breath. Breath{In: 4 *
// time.Second, Out: 6 * time.Second} is a breath without a hold.
type Breath struct {
	In, Hold, Out time.Duration
}

// DefaultBreath is slow diaphragmatic breathing: 4 s in, 6 s out.
var DefaultBreath = Breath{In: 4 * time.Second, Out: 6 * time.Second}

// Limits of a breath's parts. In and out last 2 to 10 s: quicker is no
// longer slow breathing, slower leaves a person short of air. A hold lasts
// 1 to 10 s, or 0 for none: the count shows whole seconds, so a shorter
// hold would flash by uncounted, and a longer one stops being a pause and
// becomes breath-holding, which braces the very muscles being rolled (the
// "Keep breathing" tip). 10 s still fits 4-7-8, the usual held pattern.
const (
	MinBreathPart = 2 * time.Second
	MaxBreathPart = 10 * time.Second
	MinBreathHold = 1 * time.Second
	MaxBreathHold = 10 * time.Second
)

// Cycle is one full breath: in, hold and out.
func (b Breath) Cycle() time.Duration { return b.In + b.Hold + b.Out }

// Length is how long the part p of the breath lasts.
func (b Breath) Length(p BreathPhase) time.Duration {
	switch p {
	case BreathHold:
		return b.Hold
	case BreathOut:
		return b.Out
	}
	return b.In
}

// Validate checks each part against the limits above.
func (b Breath) Validate() error {
	for _, d := range []time.Duration{b.In, b.Out} {
		if d < MinBreathPart || d > MaxBreathPart {
			return fmt.Errorf("breathing in and out must each last 2 to 10 seconds, not %v", d)
		}
	}
	if b.Hold != 0 && (b.Hold < MinBreathHold || b.Hold > MaxBreathHold) {
		return fmt.Errorf("a held breath must last 1 to 10 seconds (or 0 for none), not %v", b.Hold)
	}
	return nil
}

// String is the pattern as the file and --breath write it, in seconds:
// "4-6", or "4-7-8" with a hold.
func (b Breath) String() string {
	secs := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) }
	if b.Hold == 0 {
		return secs(b.In) + "-" + secs(b.Out)
	}
	return secs(b.In) + "-" + secs(b.Hold) + "-" + secs(b.Out)
}

// BreathPhase is the part of a breath a moment falls in.
type BreathPhase int

const (
	BreathIn   BreathPhase = iota // breathing in: the lungs fill
	BreathHold                    // holding the breath, the lungs full
	BreathOut                     // breathing out: the lungs empty
)

func (p BreathPhase) String() string {
	switch p {
	case BreathHold:
		return "hold"
	case BreathOut:
		return "out"
	}
	return "in"
}

// BreathState is where in the breath a moment falls.
type BreathState struct {
	Phase BreathPhase
	Fill  float64 // how full the lungs are, 0 to 1, eased so motion starts and ends softly; 1 through a hold
	Count int     // seconds into this part of the breath, from 1
	Left  time.Duration
}

// BreathAt is the breathing pacer: a pure function of active time.
func BreathAt(elapsed time.Duration, b Breath) BreathState {
	if b.In <= 0 || b.Out <= 0 || b.Hold < 0 {
		return BreathState{}
	}
	t := max(elapsed, 0) % b.Cycle()
	count := func(t time.Duration) int { return int(t/time.Second) + 1 }
	switch {
	case t < b.In:
		return BreathState{Phase: BreathIn, Fill: ease(float64(t) / float64(b.In)), Count: count(t), Left: b.In - t}
	case t < b.In+b.Hold:
		t -= b.In
		return BreathState{Phase: BreathHold, Fill: 1, Count: count(t), Left: b.Hold - t}
	}
	t -= b.In + b.Hold
	return BreathState{Phase: BreathOut, Fill: 1 - ease(float64(t)/float64(b.Out)), Count: count(t), Left: b.Out - t}
}

// ease is a sine ease-in-out: lungs fill fastest mid-breath.
func ease(x float64) float64 { return (1 - math.Cos(math.Pi*x)) / 2 }
