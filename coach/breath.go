package coach

import (
	"fmt"
	"math"
	"time"
)

// Breath is a breathing pattern: the length of the in- and out-breath.
type Breath struct {
	In, Out time.Duration
}

// DefaultBreath is slow diaphragmatic breathing: 4 s in, 6 s out.
var DefaultBreath = Breath{In: 4 * time.Second, Out: 6 * time.Second}

// Cycle is one full breath.
func (b Breath) Cycle() time.Duration { return b.In + b.Out }

// Validate checks that each part lasts 2 to 10 seconds.
func (b Breath) Validate() error {
	for _, d := range []time.Duration{b.In, b.Out} {
		if d < 2*time.Second || d > 10*time.Second {
			return fmt.Errorf("each part of a breath must last 2 to 10 seconds, not %v", d)
		}
	}
	return nil
}

// BreathState is where in the breath a moment falls.
type BreathState struct {
	Inhale bool    // breathing in (else out)
	Fill   float64 // how full the lungs are, 0 to 1, eased so motion starts and ends softly
	Count  int     // seconds into this half of the breath, from 1
	Left   time.Duration
}

// BreathAt is the breathing pacer: a pure function of active time.
func BreathAt(elapsed time.Duration, b Breath) BreathState {
	if b.In <= 0 || b.Out <= 0 {
		return BreathState{Inhale: true}
	}
	t := max(elapsed, 0) % b.Cycle()
	if t < b.In {
		return BreathState{Inhale: true, Fill: ease(float64(t) / float64(b.In)), Count: int(t/time.Second) + 1, Left: b.In - t}
	}
	t -= b.In
	return BreathState{Fill: 1 - ease(float64(t)/float64(b.Out)), Count: int(t/time.Second) + 1, Left: b.Out - t}
}

// ease is a sine ease-in-out: lungs fill fastest mid-breath.
func ease(x float64) float64 { return (1 - math.Cos(math.Pi*x)) / 2 }
