package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
)

// A second on an area is a pass, not a roll: the summary lists the areas
// rolled for coach.AreaCounts or more and says so when it leaves one out.
func TestSummaryAreasFromThreshold(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly", Plan: coach.Options{Hold: 30 * time.Second}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	runAll(m, m.Init())
	press(m, "enter")
	wait(m, c, time.Second)
	press(m, "n") // mid-back: a second
	press(m, "enter")
	wait(m, c, 12*time.Second)
	press(m, "n") // left glute: 12 s
	press(m, "q", "y")
	s := flat(shown(m))
	if !strings.Contains(s, "areas Left glute (an area counts from 10 s)") || strings.Contains(s, "Mid-back") {
		t.Fatalf("the summary's areas:\n%s", shown(m))
	}
}

// Progress lists the time by area from the same threshold.
func TestProgressAreasFromThreshold(t *testing.T) {
	st := sampleStats(t0)
	st.MinutesByArea["hip-flexors"] = 1.0 / 60 // one second, once
	m, _ := newModel(t, Options{Journal: &journal{stats: st}})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
	runAll(m, m.Init())
	homeTo(t, m, "Progress")
	press(m, "enter")
	runAll(m, nil)
	s := shown(m)
	if strings.Contains(s, "hip flexor") || !strings.Contains(s, "time by area, each from 10 s") {
		t.Fatalf("progress lists a second's area, or says nothing of the threshold:\n%s", s)
	}
}

// Choose areas steps a hold through the range every hold keeps, 0:10 to
// 2:00, on whole 15 s steps between.
func TestChooseHoldRange(t *testing.T) {
	d := 45 * time.Second
	var down []time.Duration
	for range 6 {
		d = shorter(d)
		down = append(down, d)
	}
	wantDown := []time.Duration{30 * time.Second, 15 * time.Second, coach.MinHold, coach.MinHold, coach.MinHold, coach.MinHold}
	if !slices.Equal(down, wantDown) {
		t.Errorf("shorter from 0:45: %v; want %v", down, wantDown)
	}
	if got := longer(coach.MinHold); got != 15*time.Second {
		t.Errorf("longer(0:10) = %v; want 15s", got)
	}
	if got := shorter(50 * time.Second); got != 45*time.Second {
		t.Errorf("shorter(0:50) = %v; want 45s", got)
	}
	for d = coach.MinHold; d < coach.MaxHold; d = longer(d) {
		if coach.ValidateHold(d) != nil {
			t.Fatalf("longer steps to %v, which no hold may last", d)
		}
	}
	if d != coach.MaxHold || longer(d) != coach.MaxHold {
		t.Errorf("longer stops at %v, then %v; want %v", d, longer(d), coach.MaxHold)
	}
}
