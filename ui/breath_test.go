package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
)

// fourSevenEight is a breath held after breathing in: 4 s in, 7 s held,
// 8 s out.
var fourSevenEight = coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}

// On the hold screen a 4-7-8 breath says "hold" while the breath is held,
// counting the hold's own seconds, with the breath box full; then the
// out-breath counts from 1 again.
func TestHoldScreenShowsTheHeldBreath(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Breath: fourSevenEight}})
	runAll(m, m.Init())
	wait(m, c, 5*time.Second) // the hold starts
	steps := []struct {
		after time.Duration
		label string
	}{
		{2 * time.Second, "breathe in · 3"},
		{2500 * time.Millisecond, "hold · 1"}, // 4.5 s: half a second into the hold
		{time.Second, "hold · 2"},
		{5 * time.Second, "hold · 7"},               // 10.5 s
		{500 * time.Millisecond, "breathe out · 1"}, // 11 s
		{8 * time.Second, "breathe in · 1"},         // 19 s: the next breath
	}
	for _, st := range steps {
		wait(m, c, st.after)
		s := shown(m)
		if !hasLine(s, st.label) {
			t.Fatalf("at %v into the hold, no %q:\n%s", c.t.Sub(t0)-5*time.Second, st.label, s)
		}
		full := strings.Repeat("█", breathW)
		held := strings.HasPrefix(st.label, "hold")
		if held && strings.Count(s, full) != breathH {
			t.Fatalf("the breath box is not full during the hold:\n%s", s)
		}
	}
	// The next hold, as a tender spot: the words say what is counted.
	wait(m, c, 5*time.Second) // 24 s: 5 s into the breath, a second into its hold
	press(m, "k")
	if s := shown(m); !hasLine(s, "tender spot · hold 2") {
		t.Fatalf("tender spot during the hold:\n%s", s)
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if s := shown(m); !hasLine(s, "tender spot · hold 2") {
		t.Fatalf("40x12 tender spot during the hold:\n%s", s)
	}
}

// Cat-cow with a held breath stays in cow: the pose, the hold's cue and
// "hold" with the hold's count.
func TestFinisherHoldsInCow(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Breath: fourSevenEight}})
	m.Init()
	press(m, "n", "n", "n", "enter")
	wait(m, c, 5*time.Second)
	s := shown(m)
	for _, want := range []string{"hold · 2", "Cow · " + content.CatCow.Hold, "Cat-cow · 1 of 6"} {
		if !hasLine(s, want) {
			t.Fatalf("cat-cow 5 s in, no %q:\n%s", want, s)
		}
	}
	wait(m, c, 7*time.Second)
	if s := shown(m); !hasLine(s, "breathe out · 2") || !hasLine(s, "Cat · "+content.CatCow.Cat) {
		t.Fatalf("cat-cow 12 s in:\n%s", s)
	}
}

// Through a held breath the screen wakes once a second, for the count,
// and exactly when the out-breath starts: never in between, and never
// in a busy loop.
func TestWakeThroughAHeldBreath(t *testing.T) {
	for _, animate := range []bool{true, false} {
		m, _ := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Breath: fourSevenEight}})
		m.Init()
		s := newSession(m.session.plan, t0, animate, true)
		s.s.StartNow(t0)
		now := t0.Add(4 * time.Second) // the hold starts
		var woke []time.Duration
		for now.Before(t0.Add(11 * time.Second)) {
			d, ok := s.wake(now)
			if !ok || d <= 0 {
				t.Fatalf("animate %v: at %v wake %v, %v", animate, now.Sub(t0), d, ok)
			}
			now = now.Add(d)
			woke = append(woke, now.Sub(t0))
		}
		want := []time.Duration{5, 6, 7, 8, 9, 10, 11}
		if len(woke) != len(want) {
			t.Fatalf("animate %v: woke at %v, want each second from 5 s to 11 s", animate, woke)
		}
		for i, w := range want {
			if woke[i] != w*time.Second {
				t.Fatalf("animate %v: woke at %v, want each second from 5 s to 11 s", animate, woke)
			}
		}
		if st := s.s.State(now); st.Breath.Phase != coach.BreathOut || st.Breath.Count != 1 {
			t.Fatalf("animate %v: at 11 s %+v, want the out-breath's first second", animate, st.Breath)
		}
	}
}

// The settings screen offers 4-7-8 after 4-6 and 5-5, in words, and saves
// it as the breath of the sessions to come.
func TestSettingsOfferAHeldBreath(t *testing.T) {
	var got []saved.Settings
	save := func(s saved.Settings) error { got = append(got, s); return nil }
	m, _ := newModel(t, Options{Settings: saved.Default(), SaveSettings: save})
	homeTo(t, m, "Settings")
	press(m, "enter", "down", "down")
	for _, want := range []string{"‹ in 4 s, out 6 s ›", "‹ in 5 s, out 5 s ›", "‹ in 4 s, hold 7 s, out 8 s ›"} {
		if !strings.Contains(shown(m), want) {
			t.Fatalf("no %q:\n%s", want, shown(m))
		}
		press(m, "right")
	}
	press(m, "left", "enter")
	if len(got) != 1 || got[0].Breath != fourSevenEight {
		t.Fatalf("saved %+v", got)
	}
	if m.opts.Plan.Breath != fourSevenEight {
		t.Fatalf("the new breath is not in effect: %+v", m.opts.Plan.Breath)
	}
}

// A held breath the file gives that is none of the choices shows as the
// file writes it.
func TestSettingsShowTheirOwnHeldBreath(t *testing.T) {
	set := saved.Default()
	set.Breath = coach.Breath{In: 6 * time.Second, Hold: 2 * time.Second, Out: 6 * time.Second}
	m, _ := newModel(t, Options{Settings: set})
	homeTo(t, m, "Settings")
	press(m, "enter", "down", "down")
	if !strings.Contains(shown(m), `‹ "6-2-6" ›`) {
		t.Fatalf("settings with 6-2-6:\n%s", shown(m))
	}
}

// hasLine reports whether a line of the screen s, less the spaces around
// it, is exactly line: "breathe hold · 1" is not "hold · 1".
func hasLine(s, line string) bool {
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == line {
			return true
		}
	}
	return false
}
