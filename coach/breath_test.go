package coach

import (
	"math"
	"slices"
	"testing"
	"time"
)

const sec = time.Second

// breathCase is where BreathAt should put a moment of a breath.
type breathCase struct {
	at    time.Duration
	phase BreathPhase
	fill  float64
	count int
	left  time.Duration
}

func checkBreath(t *testing.T, b Breath, cases []breathCase) {
	t.Helper()
	for _, tt := range cases {
		got := BreathAt(tt.at, b)
		if got.Phase != tt.phase || math.Abs(got.Fill-tt.fill) > 1e-3 || got.Count != tt.count || got.Left != tt.left {
			t.Errorf("BreathAt(%v, %v) = %+v, want %v fill %.3f count %d left %v", tt.at, b, got, tt.phase, tt.fill, tt.count, tt.left)
		}
	}
}

func TestBreathAt(t *testing.T) {
	b := DefaultBreath
	checkBreath(t, b, []breathCase{
		{0, BreathIn, 0, 1, 4 * sec},
		{2 * sec, BreathIn, 0.5, 3, 2 * sec},
		{4*sec - time.Millisecond, BreathIn, 1, 4, time.Millisecond},
		{4 * sec, BreathOut, 1, 1, 6 * sec},
		{7 * sec, BreathOut, 0.5, 4, 3 * sec},
		{10 * sec, BreathIn, 0, 1, 4 * sec},
		{25 * sec, BreathOut, 0.933, 2, 5 * sec}, // a second into the third out-breath
		{-sec, BreathIn, 0, 1, 4 * sec},          // before the start: the first in-breath
	})
}

// 4-7-8: the lungs fill over 4 s, stay full while the hold counts its own
// seconds from 1, then empty over 8 s.
func TestBreathAtWithAHold(t *testing.T) {
	b := Breath{In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}
	checkBreath(t, b, []breathCase{
		{0, BreathIn, 0, 1, 4 * sec},
		{2 * sec, BreathIn, 0.5, 3, 2 * sec},
		{4*sec - time.Millisecond, BreathIn, 1, 4, time.Millisecond},
		{4 * sec, BreathHold, 1, 1, 7 * sec},
		{5*sec - time.Millisecond, BreathHold, 1, 1, 6*sec + time.Millisecond},
		{5 * sec, BreathHold, 1, 2, 6 * sec},
		{10*sec + 500*time.Millisecond, BreathHold, 1, 7, 500 * time.Millisecond},
		{11*sec - time.Millisecond, BreathHold, 1, 7, time.Millisecond},
		{11 * sec, BreathOut, 1, 1, 8 * sec},
		{15 * sec, BreathOut, 0.5, 5, 4 * sec},
		{19*sec - time.Millisecond, BreathOut, 0, 8, time.Millisecond},
		{19 * sec, BreathIn, 0, 1, 4 * sec},                                                           // the next breath
		{2*19*sec + 6*sec, BreathHold, 1, 3, 5 * sec},                                                 // the third breath's hold
		{3*19*sec + 12*sec + 250*time.Millisecond, BreathOut, 0.941, 2, 6*sec + 750*time.Millisecond}, // the fourth's out-breath
	})
}

// Every moment of a breath falls in exactly one part, and the parts come
// in order, each lasting its length: Left counts down to the next part.
func TestBreathPartsFollowEachOther(t *testing.T) {
	for _, b := range []Breath{DefaultBreath, {In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}, {In: 2 * sec, Hold: sec, Out: 2 * sec}} {
		var seen []BreathPhase
		for at := time.Duration(0); at < b.Cycle(); at += 50 * time.Millisecond {
			st := BreathAt(at, b)
			if len(seen) == 0 || seen[len(seen)-1] != st.Phase {
				seen = append(seen, st.Phase)
				if st.Left != b.Length(st.Phase) {
					t.Errorf("%v: the %v starts at %v with %v left, want %v", b, st.Phase, at, st.Left, b.Length(st.Phase))
				}
			}
		}
		want := []BreathPhase{BreathIn, BreathHold, BreathOut}
		if b.Hold == 0 {
			want = []BreathPhase{BreathIn, BreathOut}
		}
		if !slices.Equal(seen, want) {
			t.Errorf("%v: parts %v, want %v", b, seen, want)
		}
	}
}

// A breath that cannot be paced is the start of an in-breath, not a
// division by zero.
func TestBreathAtNoBreath(t *testing.T) {
	for _, b := range []Breath{{}, {In: 4 * sec}, {Out: 4 * sec}, {In: 4 * sec, Hold: -sec, Out: 4 * sec}} {
		if got := BreathAt(3*sec, b); got != (BreathState{}) {
			t.Errorf("BreathAt(%+v) = %+v", b, got)
		}
	}
}

func TestBreathCycle(t *testing.T) {
	if got := (Breath{In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}).Cycle(); got != 19*sec {
		t.Errorf("4-7-8 cycle %v", got)
	}
	if got := DefaultBreath.Cycle(); got != 10*sec {
		t.Errorf("4-6 cycle %v", got)
	}
}

func TestBreathValidate(t *testing.T) {
	tests := []struct {
		b   Breath
		err string
	}{
		{DefaultBreath, ""},
		{Breath{In: 2 * sec, Out: 10 * sec}, ""},
		{Breath{In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}, ""},
		{Breath{In: 2 * sec, Hold: sec, Out: 2 * sec}, ""},
		{Breath{In: 10 * sec, Hold: 10 * sec, Out: 10 * sec}, ""},
		{Breath{In: sec, Out: 6 * sec}, "breathing in and out must each last 2 to 10 seconds, not 1s"},
		{Breath{In: 4 * sec, Out: 11 * sec}, "breathing in and out must each last 2 to 10 seconds, not 11s"},
		{Breath{In: 4 * sec, Hold: 7 * sec}, "breathing in and out must each last 2 to 10 seconds, not 0s"},
		{Breath{In: 4 * sec, Hold: 500 * time.Millisecond, Out: 8 * sec}, "a held breath must last 1 to 10 seconds (or 0 for none), not 500ms"},
		{Breath{In: 4 * sec, Hold: 11 * sec, Out: 8 * sec}, "a held breath must last 1 to 10 seconds (or 0 for none), not 11s"},
		{Breath{In: 4 * sec, Hold: -sec, Out: 8 * sec}, "a held breath must last 1 to 10 seconds (or 0 for none), not -1s"},
	}
	for _, tt := range tests {
		err := tt.b.Validate()
		if got := ""; err != nil {
			got = err.Error()
			if got != tt.err {
				t.Errorf("%+v: %q, want %q", tt.b, got, tt.err)
			}
		} else if tt.err != "" {
			t.Errorf("%+v: valid, want %q", tt.b, tt.err)
		}
	}
}

func TestBreathString(t *testing.T) {
	tests := map[string]Breath{
		"4-6":     DefaultBreath,
		"5-5":     {In: 5 * sec, Out: 5 * sec},
		"4-7-8":   {In: 4 * sec, Hold: 7 * sec, Out: 8 * sec},
		"2.5-1-3": {In: 2500 * time.Millisecond, Hold: sec, Out: 3 * sec},
	}
	for want, b := range tests {
		if got := b.String(); got != want {
			t.Errorf("%+v: %q, want %q", b, got, want)
		}
	}
	for p, want := range map[BreathPhase]string{BreathIn: "in", BreathHold: "hold", BreathOut: "out"} {
		if p.String() != want {
			t.Errorf("%d: %q", p, p.String())
		}
	}
}

// Cat-cow with a held breath: each rep is a whole breath, hold included,
// and the set lasts that much longer.
func TestFinisherWithAHold(t *testing.T) {
	b := Breath{In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}
	s, c := start(t, "nightly", Options{Breath: b, Hold: MinHold})
	if got := s.Plan().FinisherLength(); got != 6*19*sec {
		t.Fatalf("finisher lasts %v, want 6 × 19 s", got)
	}
	for range 3 {
		s.Next(c.now())
	}
	s.StartNow(c.now())
	for rep := 1; rep <= 6; rep++ {
		for _, p := range []struct {
			after time.Duration
			phase BreathPhase
		}{{0, BreathIn}, {4 * sec, BreathHold}, {7 * sec, BreathOut}} {
			st := at(s, c.add(p.after))
			if st.Phase != PhaseFinisher || st.Rep != rep || st.Breath.Phase != p.phase {
				t.Fatalf("rep %d, %v: %+v", rep, p.phase, st)
			}
		}
		c.add(8 * sec)
	}
	wantPhase(t, at(s, c.now()), PhaseDone, 0)
}
