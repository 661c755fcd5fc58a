package ui

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
)

// The model says when it next wants waking, for ui/screen's one timer: a
// second from now in a get-ready, at the breath's next level on a hold,
// and never while paused.
func TestNextWake(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	if at, ok := m.NextWake(); !ok || at.Sub(c.t) != time.Second {
		t.Fatalf("get-ready wakes at %v, %v; want in a second", at.Sub(c.t), ok)
	}
	press(m, "enter") // the hold starts
	if at, ok := m.NextWake(); !ok || at.Sub(c.t) <= 0 || at.Sub(c.t) > 500*time.Millisecond {
		t.Fatalf("hold wakes in %v, %v; want within half a second, for the breath", at.Sub(c.t), ok)
	}
	press(m, "space") // paused
	if _, ok := m.NextWake(); ok {
		t.Fatal("a paused session asks to be woken")
	}
}

func TestWake(t *testing.T) {
	p := func(o coach.Options) coach.Plan {
		m, _ := newModel(t, Options{Routine: "nightly", Plan: o})
		m.Init()
		return m.session.plan
	}(coach.Options{})
	tests := []struct {
		name    string
		animate bool
		setup   func(s *session, now time.Time) time.Time
		want    time.Duration
		ok      bool
	}{
		{"get-ready wakes each second", true, func(s *session, now time.Time) time.Time { return now.Add(300 * time.Millisecond) }, 700 * time.Millisecond, true},
		{"hold wakes for the breath's next level", true, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(2 * time.Second)
		}, 54067010, true}, // level 12.5 of 24 is reached 2.053 s into the in-breath
		{"still hold wakes on seconds", false, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(1300 * time.Millisecond)
		}, 700 * time.Millisecond, true},
		{"the deadline wins", false, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			return now.Add(time.Minute - 10*time.Millisecond)
		}, 10 * time.Millisecond, true},
		{"paused sleeps", true, func(s *session, now time.Time) time.Time {
			s.s.StartNow(now)
			s.s.TogglePause(now)
			return now.Add(time.Second)
		}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(p, t0, tt.animate, true)
			now := tt.setup(s, t0)
			d, ok := s.wake(now)
			if ok != tt.ok || d != tt.want {
				t.Fatalf("wake = %v, %v; want %v, %v", d, ok, tt.want, tt.ok)
			}
		})
	}
}

// The breath shape is redrawn exactly when its level changes: never
// later (a stutter), and no frame is spent on an unchanged shape; a held
// breath, whose shape stays full, wakes nothing before it ends.
func TestUntilBreathChange(t *testing.T) {
	for _, tc := range []struct {
		br    coach.Breath
		steps int
	}{
		{coach.DefaultBreath, breathH * 8}, {coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}, breathH * 8},
		{coach.DefaultBreath, catCowPoses - 1}, // the cat-cow figure's poses
	} {
		br := tc.br
		level := func(d time.Duration) int {
			return int(coach.BreathAt(d, br).Fill*float64(tc.steps) + 0.5)
		}
		for at := time.Duration(0); at < br.Cycle(); at += 7 * time.Millisecond {
			b := coach.BreathAt(at, br)
			d := untilBreathChange(b, br, tc.steps)
			if d > b.Left || d <= 0 {
				t.Fatalf("%v at %v: wait %v beyond the part of the breath (%v left)", br, at, d, b.Left)
			}
			if b.Phase == coach.BreathHold && d != b.Left {
				t.Fatalf("%v at %v: woke %v into a hold with %v left", br, at, d, b.Left)
			}
			if d == b.Left {
				continue // the part ends first
			}
			if level(at+d) == level(at) {
				t.Fatalf("%v at %v: woke after %v but the level is still %d", br, at, d, level(at))
			}
			if d > 2*time.Millisecond && level(at+d-2*time.Millisecond) != level(at) {
				t.Fatalf("%v at %v: level changed before the wake-up at %v", br, at, d)
			}
		}
	}
}
