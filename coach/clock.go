package coach

import "time"

// since is the time from a to b. It takes the larger of the monotonic and
// the wall-clock difference: the monotonic clock protects against the wall
// clock being set back, and the wall clock counts time the machine spent
// asleep, which Linux's monotonic clock does not. A laptop that sleeps
// through a hold therefore finds it over when it wakes, not resumed.
func since(a, b time.Time) time.Duration {
	mono := b.Sub(a)
	wall := b.Round(0).Sub(a.Round(0))
	return max(mono, wall)
}

// stopwatch measures active time: it runs between start/resume and stop.
type stopwatch struct {
	acc     time.Duration // time banked before the current run
	from    time.Time     // start of the current run
	running bool
}

func (w *stopwatch) resume(now time.Time) {
	if !w.running {
		w.from, w.running = now, true
	}
}

func (w *stopwatch) stop(now time.Time) {
	if w.running {
		w.acc += since(w.from, now)
		w.running = false
	}
}

func (w stopwatch) elapsed(now time.Time) time.Duration {
	if !w.running {
		return w.acc
	}
	return w.acc + since(w.from, now)
}

// countdown is a stopwatch with a length. Its end is a deadline computed
// from when it last resumed, never a count of ticks, so it cannot drift.
type countdown struct {
	sw     stopwatch
	length time.Duration
}

func newCountdown(now time.Time, d time.Duration) countdown {
	c := countdown{length: d}
	c.sw.resume(now)
	return c
}

func (c countdown) remaining(now time.Time) time.Duration {
	return max(c.length-c.sw.elapsed(now), 0)
}

// deadline is when the countdown reaches zero if it keeps running.
func (c countdown) deadline() (time.Time, bool) {
	if !c.sw.running {
		return time.Time{}, false
	}
	return c.sw.from.Add(c.length - c.sw.acc), true
}
