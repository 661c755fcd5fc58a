package cues

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
)

// fourSevenEight holds the breath 7 s between 4 s in and 8 s out.
var fourSevenEight = coach.Options{Breath: coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}}

// heldBreaths are the events of cat-cow's six 4-7-8 breaths from 3m20s:
// in, hold after 4 s, out after 11 s; then the end.
func heldBreaths() []string {
	var want []string
	for i := range 6 {
		at := 200*time.Second + time.Duration(i)*19*time.Second
		if i > 0 {
			want = append(want, fmt.Sprintf("%v in", at))
		}
		want = append(want, fmt.Sprintf("%v hold", at+4*time.Second), fmt.Sprintf("%v out", at+11*time.Second))
	}
	return append(want, "5m14s done")
}

// A held breath is a part of each cat-cow breath with a cue of its own,
// once, whether the session is watched often or once a second.
func TestBetweenHeldBreath(t *testing.T) {
	for _, step := range []time.Duration{100 * time.Millisecond, 250 * time.Millisecond, time.Second} {
		r := startWith(t, "nightly", fourSevenEight)
		r.to(200*time.Second-step, step)
		r.log = nil
		r.to(400*time.Second, step)
		r.want(append([]string{"3m20s start Cat-cow ×6", "3m20s in"}, heldBreaths()...)...)
	}
}

// Watched too rarely to see a hold, the cue is where the breath is now:
// a hold skipped over is not cued late.
func TestBetweenHeldBreathSeenRarely(t *testing.T) {
	r := startWith(t, "nightly", fourSevenEight)
	r.to(200*time.Second, time.Second)
	r.log = nil
	r.to(203*time.Second, time.Second)
	r.to(212*time.Second, 9*time.Second) // from the in-breath past the hold
	r.want("3m32s out")
	r.to(218*time.Second, time.Second)
	r.to(225*time.Second, 7*time.Second) // over the next in-breath into its hold
	r.want("3m45s hold")
}

// The voice says "Hold." as the breath is held; the bell rings its breath
// pattern for it, as for in and out.
func TestCoachHeldBreath(t *testing.T) {
	got := cuedRun(startWith(t, "nightly", fourSevenEight), Set{Voice: true, Breath: true}, Terminal{}, 0, 6*time.Minute)
	wantLog(t, got[12:17],
		"3m20s say Cat-cow. Six breaths.", "3m20s say Breathe in.", "3m24s say Hold.", "3m31s say Breathe out.",
		"3m39s say Breathe in.")

	got = cuedRun(startWith(t, "nightly", fourSevenEight), Set{Bell: true, Breath: true}, Terminal{}, 0, 6*time.Minute)
	want := []string{"3m20s \a +300ms \a"} // cat-cow starts: its hold's pattern, not a breath's
	for i := range 6 {
		at := 200*time.Second + time.Duration(i)*19*time.Second
		for _, after := range []time.Duration{0, 4 * time.Second, 11 * time.Second} {
			if at+after != 200*time.Second {
				want = append(want, fmt.Sprintf("%v \a +1s \a", at+after))
			}
		}
	}
	wantLog(t, got[6:], append(want, "5m14s \a +300ms \a +600ms \a +1.6s \a +1.9s \a")...)

	// The voice paces cat-cow without the breath cue, the hold included.
	again := cuedRun(startWith(t, "nightly", fourSevenEight), Set{Voice: true}, Terminal{}, 0, 6*time.Minute)
	if !slices.Contains(again, "3m24s say Hold.") || !slices.Contains(again, "3m31s say Breathe out.") {
		t.Errorf("the voice alone did not pace the breath: %q", again)
	}
}
