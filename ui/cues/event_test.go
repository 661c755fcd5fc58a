package cues

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

var t0 = time.Date(2026, 11, 25, 21, 3, 0, 0, time.UTC)

// run is a session with a fake clock, watched as the UI would watch it.
type run struct {
	t    *testing.T
	s    *coach.Session
	now  time.Time
	prev coach.State
	log  []string
}

func start(t *testing.T, routine string) *run {
	t.Helper()
	return startWith(t, routine, coach.Options{})
}

// startWith is start with options, such as another breath.
func startWith(t *testing.T, routine string, o coach.Options) *run {
	t.Helper()
	r, ok := content.RoutineByID(routine)
	if !ok {
		t.Fatalf("no routine %q", routine)
	}
	p, err := coach.NewPlan(r, o)
	if err != nil {
		t.Fatal(err)
	}
	s := coach.New(p, t0)
	return &run{t: t, s: s, now: t0, prev: s.State(t0)}
}

func (r *run) state() coach.State {
	r.s.Advance(r.now)
	return r.s.State(r.now)
}

// to moves the clock to at (from the start) and logs the events seen on
// the way, one state every step.
func (r *run) to(at, step time.Duration) {
	for r.now.Before(t0.Add(at)) {
		r.now = r.now.Add(step)
		if r.now.After(t0.Add(at)) {
			r.now = t0.Add(at)
		}
		r.see()
	}
}

// see logs the events from the last state to now's.
func (r *run) see() {
	st := r.state()
	for _, ev := range Between(r.prev, st) {
		r.log = append(r.log, fmt.Sprintf("%v %s", r.now.Sub(t0), show(ev)))
	}
	r.prev = st
}

func show(ev Event) string {
	switch ev.Kind {
	case HoldStart:
		if ev.Reps > 0 {
			return fmt.Sprintf("start %s ×%d", ev.Title, ev.Reps)
		}
		return fmt.Sprintf("start %s %v", ev.Title, ev.Length)
	case Countdown:
		return fmt.Sprint(ev.Count)
	case SwitchSides:
		return "switch to " + ev.Title
	case Breath:
		return ev.Phase.String()
	case MoveOn:
		return "move-on " + ev.Title
	}
	return ev.Kind.String()
}

func (r *run) want(want ...string) {
	r.t.Helper()
	if !slices.Equal(r.log, want) {
		r.t.Errorf("events\n%q\nwant\n%q", r.log, want)
	}
	r.log = nil
}

// The nightly routine, watched four times a second from start to end.
func TestBetweenWholeSession(t *testing.T) {
	r := start(t, "nightly")
	r.to(130*time.Second, 250*time.Millisecond)
	r.want(
		"5s start Mid-back 1m0s", "55s ten-left", "1m2s 3", "1m3s 2", "1m4s 1",
		// The next area's get-ready is quiet: its hold's start is the cue.
		"1m10s start Left glute 1m0s", "2m0s ten-left", "2m7s 3", "2m8s 2", "2m9s 1",
		"2m10s switch to Right glute")
	r.to(200*time.Second, 250*time.Millisecond)
	r.want("2m15s start Right glute 1m0s", "3m5s ten-left", "3m12s 3", "3m13s 2", "3m14s 1",
		"3m20s start Cat-cow ×6", "3m20s in")
	r.to(300*time.Second, 250*time.Millisecond)
	var want []string
	for i := range 6 {
		at := 200*time.Second + time.Duration(i)*10*time.Second
		if i > 0 {
			want = append(want, fmt.Sprintf("%v in", at))
		}
		want = append(want, fmt.Sprintf("%v out", at+4*time.Second))
	}
	r.want(append(want, "4m20s done")...)
}

// The same session seen only once a second still counts every second, and
// a program asleep for a while cues only where the session is now.
func TestBetweenSeenRarely(t *testing.T) {
	r := start(t, "nightly")
	r.to(65*time.Second, time.Second)
	r.want("5s start Mid-back 1m0s", "55s ten-left", "1m2s 3", "1m3s 2", "1m4s 1")

	r.to(127500*time.Millisecond, time.Second)
	r.log = nil
	r.to(129500*time.Millisecond, 2*time.Second) // 2.5 s left, then 0.5 s
	r.want("2m9.5s 1")

	// Asleep from the middle of one hold to well past its end: no count
	// on the way; the session gets ready for the next area from the
	// moment it wakes, and that hold's start is cued when it comes.
	r = start(t, "nightly")
	r.to(30*time.Second, time.Second)
	r.log = nil
	r.to(100*time.Second, 70*time.Second)
	r.want()
	r.to(110*time.Second, time.Second)
	r.want("1m45s start Left glute 1m0s")
}

func TestBetweenTenderSpot(t *testing.T) {
	r := start(t, "nightly")
	r.to(20*time.Second, time.Second) // 45 s left in the mid-back
	r.log = nil
	if !r.s.Tender(r.now) {
		t.Fatal("no tender spot")
	}
	// The spot runs inside the area's time, which counts down all the
	// same: the spot ends, then the area.
	r.to(50*time.Second, 500*time.Millisecond)
	r.want("50s tender-end")
	r.to(65*time.Second, 500*time.Millisecond)
	r.want("55s ten-left", "1m2s 3", "1m3s 2", "1m4s 1")

	// Leaving a spot by hand ends it too.
	r.to(80*time.Second, time.Second)
	r.log = nil
	r.s.Tender(r.now)
	r.to(85*time.Second, time.Second)
	r.s.LeaveTender(r.now)
	r.see()
	r.want("1m25s tender-end")
}

// An area's two minutes spent: the word to move on as its hold ends,
// before the next area's, once; never while the area has time left. A
// spot that runs to the area's end counts the area's last seconds.
func TestBetweenMoveOn(t *testing.T) {
	r := startWith(t, "nightly", coach.Options{Hold: coach.MaxHold})
	r.to(5*time.Second, time.Second)
	r.log = nil
	for i := range 4 {
		r.s.Tender(r.now)
		r.to(time.Duration(35+30*i)*time.Second, time.Second)
	}
	r.to(3*time.Minute, time.Second)
	r.want("35s tender-end", "1m5s tender-end", "1m35s tender-end",
		"1m55s ten-left", "2m2s 3", "2m3s 2", "2m4s 1", "2m5s move-on Mid-back", "2m10s start Left glute 2m0s")
	if got := say(Event{Kind: MoveOn, Title: "Mid-back"}, 0, spelled); got != "Mid-back: two minutes done. Move on." {
		t.Errorf("said %q", got)
	}
}

func TestBetweenKeys(t *testing.T) {
	r := start(t, "nightly")
	r.to(10*time.Second, time.Second)
	r.log = nil

	// Time added in the last seconds counts down again at the new end.
	r.to(62*time.Second, time.Second)
	r.want("55s ten-left", "1m2s 3")
	r.s.AddTime(r.now)
	r.see()
	r.to(80*time.Second, time.Second)
	r.want("1m10s ten-left", "1m17s 3", "1m18s 2", "1m19s 1")

	// Pausing stops the count; next and back start holds; so does start now.
	r.s.TogglePause(r.now)
	r.to(100*time.Second, time.Second)
	r.want()
	r.s.TogglePause(r.now)
	r.s.Next(r.now)
	r.see()
	r.s.StartNow(r.now)
	r.see()
	r.want("1m40s switch to Right glute", "1m40s start Right glute 1m0s")
	r.s.Back(r.now)
	r.see()
	r.s.StartNow(r.now)
	r.see()
	r.want("1m40s start Left glute 1m0s")

	// Quitting ends the session: done, once.
	r.s.Quit(r.now)
	r.see()
	r.to(110*time.Second, time.Second)
	r.want("1m40s done")
}
