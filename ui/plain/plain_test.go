package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	rules "github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/store"
	"github.com/backroll/backroll/content"
)

var epoch = time.Date(2026, 3, 1, 21, 0, 0, 0, time.UTC)

// press is a key typed at a moment of the session.
type press struct {
	at  time.Duration // from the start
	key byte
}

// fakeClock jumps to each wake-up at once. A key due before the wake-up
// arrives instead, at its moment, so a test types at exact times.
type fakeClock struct {
	t     *testing.T
	now   time.Time
	keys  chan byte
	press []press
	woken []time.Duration // every wait asked for, to check there is no busy loop
}

func newFakeClock(t *testing.T, presses ...press) *fakeClock {
	return &fakeClock{t: t, now: epoch, keys: make(chan byte, 1), press: presses}
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.woken = append(c.woken, d)
	at := c.now.Add(d)
	if len(c.press) > 0 {
		if p := epoch.Add(c.press[0].at); !p.After(at) {
			c.now = p
			c.keys <- c.press[0].key
			c.press = c.press[1:]
			return nil
		}
	}
	if d == idle {
		c.t.Fatal("the session waits for a key, and none is left to type")
	}
	c.now = at
	ch := make(chan time.Time, 1)
	ch <- at
	return ch
}

// keyChan is the fake's keys, or nil for a session that reads none.
func (c *fakeClock) keyChan() <-chan byte {
	if len(c.press) == 0 {
		return nil
	}
	return c.keys
}

// memJournal keeps what a session saves.
type memJournal struct {
	holds []coach.HoldEvent
	ends  []store.SessionEnd
}

func (j *memJournal) Start(string, time.Time) string { return "s1" }
func (j *memJournal) Hold(_ string, e coach.HoldEvent) error {
	j.holds = append(j.holds, e)
	return nil
}
func (j *memJournal) End(_ string, e store.SessionEnd) error {
	j.ends = append(j.ends, e)
	return nil
}

func plan(t *testing.T, routine string, o coach.Options) coach.Plan {
	t.Helper()
	r, ok := content.RoutineByID(routine)
	if !ok {
		t.Fatalf("no routine %q", routine)
	}
	p, err := coach.NewPlan(r, o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var regular = profile.Profile{Onboarded: true, SafetySeen: true}

func run(t *testing.T, p coach.Plan, prof profile.Profile, presses ...press) (string, Outcome, *memJournal, *fakeClock) {
	t.Helper()
	c := newFakeClock(t, presses...)
	j := &memJournal{}
	var out bytes.Buffer
	got := Run(context.Background(), Options{Plan: p, Profile: prof, Journal: j, Clock: c}, c.keyChan(), &out)
	return out.String(), got, j, c
}

// The whole nightly routine, as a pipe gets it: one line per change, in
// order, and nothing else.
func TestNightlyInAPipe(t *testing.T) {
	out, got, j, c := run(t, plan(t, "nightly", coach.Options{}), regular)
	if got != Finished {
		t.Errorf("outcome %v, want Finished", got)
	}
	want := []string{
		"backroll, nightly routine, about 4 minutes 20 seconds: Mid-back, Left glute, Right glute, then cat-cow.",
		"Get ready, area 1 of 3: Mid-back, hands behind head.",
		"1. Sit on the floor, knees bent, the roller crosswise behind you.",
		"Where: From just below your shoulder blades up to their top edge.",
		"Pressure: " + content.PressureGuide,
		"To come off: Lower your hips to the floor.",
		"Starting in 5 seconds.",
		"Mid-back, hands behind head: hold for 1 minute.",
		"Elbows in, head resting in your hands; never pull on it.",
		"Stop at the top of your shoulder blades, before the neck.",
		"Thirty seconds left.",
		"Ribs down, a light brace: your back does not arch.",
		"Ten seconds left.",
		"Get ready, area 2 of 3: Left glute, figure four.",
		"4. Cross the ankle on your left side over your other knee.",
		"Left glute, figure four: hold for 1 minute.",
		"Switch sides: Right glute, figure four.",
		"Same position, now on your right side.",
		"Where: Under one buttock",
		"Right glute, figure four: hold for 1 minute.",
		"Get ready for cat-cow, on hands and knees.",
		"Cat-cow: 6 slow breaths, in for 4 seconds and out for 6 seconds.",
		"Breath 1 of 6, cow. Breathe in: belly drops, chest and gaze lift.",
		"Cat. Breathe out: round your spine, tuck your chin.",
		"Breath 2 of 6, cow. Breathe in:",
		"Breath 3 of 6, cow: breathe in.",
		"Cat: breathe out.",
		"Breath 6 of 6, cow: breathe in.",
		"Session complete. Well done.",
		"Rolled 3 minutes: mid-back, left glute, right glute.",
		"Tomorrow: " + content.SeeYou,
		content.RedFlagLine,
		content.Disclaimer, // with the advice to stop, what backroll is not
	}
	inOrder(t, out, want...)
	// The second side is not told every step again.
	if sw := out[strings.Index(out, "Switch sides"):]; strings.Contains(sw[:strings.Index(sw, "hold for")], "1. ") {
		t.Errorf("switch sides repeats the steps:\n%s", sw)
	}
	for _, bad := range []string{"\x1b", "\r", "Keys:", "space starts now", "Press k", content.Emergency.Intro, content.SameDay.Intro, content.SeePT.Intro, "Halfway"} {
		if strings.Contains(out, bad) {
			t.Errorf("a pipe shows %q:\n%s", bad, out)
		}
	}
	// Cues change every 15 s: a minute's hold says four, not sixty.
	if n := strings.Count(out, "Holding your breath or wincing? Lower your hips."); n != 0 {
		t.Errorf("the mid-back's sixth cue was said %d times in a minute", n)
	}
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); n > 80 {
		t.Errorf("%d lines for a four-minute session: too many to follow\n%s", n, out)
	}
	if len(j.holds) != 3 || !j.holds[0].Completed || j.holds[0].Rolled != time.Minute {
		t.Errorf("holds saved: %+v", j.holds)
	}
	if len(j.ends) != 1 || !j.ends[0].Summary.Finished || j.ends[0].Summary.Rolled != 3*time.Minute {
		t.Errorf("session saved: %+v", j.ends)
	}
	for _, d := range c.woken {
		if d <= 0 {
			t.Fatalf("asked to wake after %v: a busy loop", d)
		}
	}
}

// inOrder checks that each want appears in out after the one before.
func inOrder(t *testing.T, out string, want ...string) {
	t.Helper()
	rest := out
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("missing, or out of order: %q\nin:\n%s", w, out)
		}
		rest = rest[i+len(w):]
	}
}

// A first-timer hears the red flags first, with what backroll is not, to
// go lightly, and the next-day note for the new.
func TestFirstTimer(t *testing.T) {
	o := rules.Options(coach.Options{}, profile.Profile{FirstTime: true})
	out, _, _, _ := run(t, plan(t, "glutes", o), profile.Profile{FirstTime: true})
	inOrder(t, out,
		content.Emergency.Intro,
		"- "+content.Emergency.Signs[0],
		content.SameDay.Intro,
		"- "+content.SameDay.Signs[0],
		content.SeePT.Intro,
		"- "+content.SeePT.Signs[0],
		content.Disclaimer,
		"Get ready, area 1 of 2: Left glute",
		content.FirstTimeNote,
		"Starting in 10 seconds.",
		"Left glute, figure four: hold for 45 seconds.",
		"Thirty seconds left.",
		"Ten seconds left.",
		"Tomorrow: "+content.Tomorrow,
	)
}

// Sharp pain stops at once and the summary says to stop rolling, and that
// this is not medical advice.
func TestSharpPainStops(t *testing.T) {
	out, got, j, _ := run(t, plan(t, "nightly", coach.Options{}), regular, press{25 * time.Second, 'p'})
	if got != Stopped {
		t.Errorf("outcome %v, want Stopped", got)
	}
	inOrder(t, out,
		"Mid-back, hands behind head: hold for 1 minute.",
		"Stopped: sharp pain or tingling.",
		"Session stopped.",
		"Rolled 20 seconds: mid-back.",
		"Sharp pain or tingling. "+content.RedFlagAfter,
		content.Disclaimer,
	)
	if strings.Contains(out, "Tomorrow") || strings.Contains(out, "Well done") {
		t.Errorf("cheer or a next-day note after sharp pain:\n%s", out)
	}
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag || j.holds[0].Rolled != 20*time.Second || j.holds[0].Completed {
		t.Errorf("saved %+v %+v", j.holds, j.ends)
	}
}

// q asks first, with the clock stopped; any other key goes on, y stops.
func TestQuitAsks(t *testing.T) {
	out, got, j, _ := run(t, plan(t, "mid-back", coach.Options{}), regular,
		press{10 * time.Second, 'q'},
		press{time.Minute, 'x'}, // a minute thinking is not rolled
		press{time.Minute + 20*time.Second, 'q'},
		press{time.Minute + 30*time.Second, 'y'},
	)
	if got != Stopped {
		t.Errorf("outcome %v, want Stopped", got)
	}
	inOrder(t, out,
		"Keys: space pause",
		"Starting in 5 seconds; space starts now.",
		"Stop this session? Press y to stop",
		"Going on.",
		"Stop this session?",
		"Stopped.",
		"Session stopped early.\n",
		"Rolled 25 seconds: mid-back.",
	)
	if strings.Contains(out, "Paused") {
		t.Errorf("the question's pause is announced as a pause:\n%s", out)
	}
	if len(j.ends) != 1 || j.ends[0].Summary.Finished {
		t.Errorf("saved %+v", j.ends)
	}
}

// Space starts a get-ready now and pauses a hold; n, b, k and + do what
// they do on the full screen, and each says what changed.
func TestKeys(t *testing.T) {
	out, got, j, _ := run(t, plan(t, "glutes", coach.Options{}), regular,
		press{1 * time.Second, ' '},  // start now
		press{11 * time.Second, ' '}, // pause at 10 s rolled
		press{40 * time.Second, ' '}, // go on
		press{45 * time.Second, 'k'}, // a tender spot, 30 s
		press{80 * time.Second, '+'},
		press{85 * time.Second, 'n'}, // on to the right side
		press{86 * time.Second, 'b'}, // back to the left
		press{87 * time.Second, 'n'},
		press{88 * time.Second, 'n'},
		press{89 * time.Second, ' '}, // cat-cow now
		press{90 * time.Second, 'n'}, // and done
	)
	if got != Finished {
		t.Errorf("outcome %v, want Finished", got)
	}
	inOrder(t, out,
		"Get ready, area 1 of 2: Left glute",
		"Left glute, figure four: hold for 1 minute.",
		"Paused. Space goes on.",
		"Going on, 50 seconds left.",
		"Tender spot: stay on it for 30 seconds and breathe. "+content.TenderCue,
		"Back to the area, 15 seconds left.",        // the spot ran inside the area's time
		"Holding your breath or wincing? Ease off.", // the cue due after the spot, 45 s into the area
		"Switch sides: Right glute",
		"Get ready, area 1 of 2: Left glute",
		"Switch sides: Right glute",
		"Get ready for cat-cow",
		"Cat-cow: 6 slow breaths",
		"Session complete. Well done.",
	)
	if !strings.Contains(out, "\n15 seconds more: 25 seconds left.\n") {
		t.Errorf("+ said nothing of the time it added:\n%s", out)
	}
	if n := strings.Count(out, content.TenderCue); n != 1 {
		t.Errorf("the tender cue said %d times, want once", n)
	}
	if n := strings.Count(out, "Small, slow circles"); n != 1 {
		t.Errorf("the first cue said %d times, want once: not again after the spot", n)
	}
	if len(j.holds) != 1 || j.holds[0].Tender != 1 || j.holds[0].Planned != 75*time.Second {
		t.Errorf("holds saved: %+v", j.holds)
	}
}

// A signal stops the session, which saves what was rolled.
func TestSignalStops(t *testing.T) {
	c := newFakeClock(t)
	j := &memJournal{}
	ctx, cancel := context.WithCancel(context.Background())
	c.press = []press{{30 * time.Second, 0}} // the moment to cancel
	var out bytes.Buffer
	keys := make(chan byte)
	go func() {
		// The fake hands the key to c.keys; cancel instead of typing it.
		<-c.keys
		cancel()
	}()
	got := Run(ctx, Options{Plan: plan(t, "mid-back", coach.Options{}), Profile: regular, Journal: j, Clock: c}, keys, &out)
	if got != Stopped {
		t.Errorf("outcome %v, want Stopped", got)
	}
	inOrder(t, out.String(), "Stopped.", "Session stopped early.", "Rolled 25 seconds: mid-back.")
	if len(j.holds) != 1 || len(j.ends) != 1 {
		t.Errorf("saved %+v %+v", j.holds, j.ends)
	}
}

func TestMarks(t *testing.T) {
	for _, tc := range []struct {
		hold time.Duration
		want string
	}{
		{10 * time.Second, ""},
		{20 * time.Second, "Ten seconds left."},
		{time.Minute, "Thirty seconds left. Ten seconds left."},
		{2 * time.Minute, "Halfway. Thirty seconds left. Ten seconds left."},
	} {
		var got []string
		for _, m := range marks(tc.hold) {
			got = append(got, m.text)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("marks(%v) = %q, want %q", tc.hold, s, tc.want)
		}
	}
}

func TestSpoken(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                     "0 seconds",
		time.Second:                           "1 second",
		45 * time.Second:                      "45 seconds",
		time.Minute:                           "1 minute",
		90 * time.Second:                      "1 minute 30 seconds",
		4*time.Minute + 20*time.Second:        "4 minutes 20 seconds",
		1500 * time.Millisecond:               "2 seconds",
		2*time.Minute + 1*time.Second:         "2 minutes 1 second",
		10*time.Minute + 499*time.Millisecond: "10 minutes",
	} {
		if got := spoken(d); got != want {
			t.Errorf("spoken(%v) = %q, want %q", d, got, want)
		}
	}
}

// After a tender spot the area's cue is said again only if it changed
// while the spot was held: a screen reader should not repeat itself.
func TestTenderSpotKeepsTheCue(t *testing.T) {
	out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), regular,
		press{1 * time.Second, ' '},
		press{3 * time.Second, 'k'},  // the spot, with the area at 58 s
		press{8 * time.Second, 'k'},  // eased: the area at 53 s
		press{10 * time.Second, 'p'}, // the area at 51 s: still its first cue
	)
	inOrder(t, out, "Small, slow circles", "Tender spot: stay on it", "Back to the area, 53 seconds left.", "Stopped: sharp pain")
	if n := strings.Count(out, "Small, slow circles"); n != 1 {
		t.Errorf("the first cue said %d times, want once:\n%s", n, out)
	}
}
