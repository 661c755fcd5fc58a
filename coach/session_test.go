package coach

import (
	"testing"
	"time"

	"github.com/backroll/backroll/content"
)

// fakeClock is the injected time: tests move it by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time                { return c.t }
func (c *fakeClock) add(d time.Duration) time.Time { c.t = c.t.Add(d); return c.t }

var t0 = time.Date(2026, 11, 25, 21, 3, 0, 0, time.FixedZone("CET", 3600))

func plan(t *testing.T, routine string, o Options) Plan {
	t.Helper()
	r, ok := content.RoutineByID(routine)
	if !ok {
		t.Fatalf("no routine %q", routine)
	}
	p, err := NewPlan(r, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func start(t *testing.T, routine string, o Options) (*Session, *fakeClock) {
	t.Helper()
	c := &fakeClock{t: t0}
	return New(plan(t, routine, o), c.now()), c
}

func at(s *Session, now time.Time) State {
	s.Advance(now)
	return s.State(now)
}

func wantPhase(t *testing.T, st State, ph Phase, step int) {
	t.Helper()
	if st.Phase != ph || (ph < PhaseFinisherReady && st.Index != step) {
		t.Fatalf("phase %v step %d, want %v step %d", st.Phase, st.Index, ph, step)
	}
}

func TestNightlyPlan(t *testing.T) {
	p := plan(t, "nightly", Options{})
	var got []string
	for _, s := range p.Steps {
		got = append(got, s.Exercise.ID+"/"+s.Side+"/"+s.Hold.String())
	}
	want := []string{"mid-back//1m0s", "glutes/left/1m0s", "glutes/right/1m0s"}
	if len(got) != len(want) {
		t.Fatalf("steps %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("steps %v, want %v", got, want)
		}
	}
	if !p.Finisher || p.Reps != 6 || p.Length() != 4*time.Minute {
		t.Fatalf("finisher %v reps %d length %v", p.Finisher, p.Reps, p.Length())
	}
}

func TestNewPlanOptions(t *testing.T) {
	r, _ := content.RoutineByID("nightly")
	tests := []struct {
		name    string
		o       Options
		wantErr bool
		hold    time.Duration
	}{
		{"defaults", Options{}, false, time.Minute},
		{"hold override", Options{Hold: 45 * time.Second}, false, 45 * time.Second},
		{"hold too short", Options{Hold: 500 * time.Millisecond}, true, 0},
		{"hold too long", Options{Hold: 3 * time.Minute}, true, 0},
		{"default hold", Options{DefaultHold: 45 * time.Second}, false, 45 * time.Second},
		{"hold beats default hold", Options{DefaultHold: 45 * time.Second, Hold: 30 * time.Second}, false, 30 * time.Second},
		{"default hold too long", Options{DefaultHold: 3 * time.Minute}, true, 0},
		{"breath ok", Options{Breath: Breath{In: 2 * time.Second, Out: 10 * time.Second}}, false, time.Minute},
		{"breath too fast", Options{Breath: Breath{In: time.Second, Out: 6 * time.Second}}, true, 0},
		{"breath too slow", Options{Breath: Breath{In: 4 * time.Second, Out: 11 * time.Second}}, true, 0},
		{"breath held", Options{Breath: Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}}, false, time.Minute},
		{"breath held too long", Options{Breath: Breath{In: 4 * time.Second, Hold: 11 * time.Second, Out: 8 * time.Second}}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPlan(r, tt.o)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil && p.Steps[0].Hold != tt.hold {
				t.Fatalf("hold %v, want %v", p.Steps[0].Hold, tt.hold)
			}
		})
	}
}

// An item's own hold beats the default hold: it was chosen for that area.
func TestDefaultHoldKeepsItemHolds(t *testing.T) {
	r := content.Routine{ID: "custom", Items: []content.Item{{Exercise: "mid-back", Hold: 90 * time.Second}, {Exercise: "lats", Side: "left"}}}
	p, err := NewPlan(r, Options{DefaultHold: 45 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if p.Steps[0].Hold != 90*time.Second || p.Steps[1].Hold != 45*time.Second {
		t.Fatalf("holds %v, %v", p.Steps[0].Hold, p.Steps[1].Hold)
	}
}
