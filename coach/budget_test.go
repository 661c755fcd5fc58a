package coach_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/store"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

var day = time.Date(2026, 11, 25, 21, 3, 0, 0, time.FixedZone("CET", 3600))

func newSession(t *testing.T, routine string, hold time.Duration) *coach.Session {
	t.Helper()
	r, _ := content.RoutineByID(routine)
	p, err := coach.NewPlan(r, coach.Options{Hold: hold})
	if err != nil {
		t.Fatal(err)
	}
	return coach.New(p, day)
}

// keys are what a person may press in a hold to stay on an area longer:
// k (a tender spot), + (15 s more), b (back to it, or to the one before),
// and n to move on, so that b has an area to go back to.
var keys = []byte{'k', '+', 'b', 'n'}

// sequences is every sequence of keys up to n long.
func sequences(n int) []string {
	out := []string{""}
	for prev := []string{""}; n > 0; n-- {
		var next []string
		for _, s := range prev {
			for _, k := range keys {
				next = append(next, s+string(k))
			}
		}
		out = append(out, next...)
		prev = next
	}
	return out
}

// waits are the times between keys, in turn: whole seconds, a fraction
// (the records round to the second), and a whole tender spot.
var waits = []time.Duration{7 * time.Second, 29500 * time.Millisecond, 500 * time.Millisecond, coach.TenderHold}

// play runs a session of routine with every hold at hold, pressing keys:
// a get-ready is cut short first, so each key lands in a hold when it
// can. Then the session runs to its end untouched.
func play(t *testing.T, routine string, hold time.Duration, keys string) ([]coach.HoldEvent, time.Time) {
	s := newSession(t, routine, hold)
	now := day
	for i, k := range []byte(keys) {
		s.StartNow(now)
		now = now.Add(waits[i%len(waits)])
		s.Advance(now)
		switch k {
		case 'k':
			s.Tender(now)
		case '+':
			s.AddTime(now)
		case 'b':
			s.Back(now)
		case 'n':
			s.Next(now)
		}
	}
	for s.State(now).Phase != coach.PhaseDone {
		due, ok := s.NextDeadline()
		if !ok {
			t.Fatalf("%q: the session stopped before its end", keys)
		}
		now = due
		s.Advance(now)
	}
	return s.TakeEvents(), now
}

// Every order of k, + and b (and n, to have somewhere to go back from),
// up to six keys, with holds of 2:00 and of 1:00: no area ever gets more
// than 2:00 in the session, in the engine's figures or in the records
// written; every record passes the history's door, and the streak counts
// the day.
func TestAreaBudgetWhateverIsPressed(t *testing.T) {
	counted := 0
	for _, hold := range []time.Duration{coach.MaxHold, time.Minute} {
		for _, keys := range sequences(6) {
			events, end := play(t, "nightly", hold, keys)
			rolled := map[coach.Area]time.Duration{}
			written, total := map[coach.Area]int{}, 0
			var res history.Result
			for _, e := range events {
				a := coach.Area{Exercise: e.Exercise, Side: e.Side}
				rolled[a] += e.Rolled
				r := store.HoldRecord("session", e)
				r.V, r.ID = history.Version, history.NewID()
				written[a] += r.RolledS
				total += r.RolledS
				if e.Rolled > e.Planned || r.PlannedS > 120 || r.RolledS > 120 {
					t.Fatalf("%s, %q: a hold of %+v", hold, keys, e)
				}
				if err := history.Check(&r, end); err != nil {
					t.Fatalf("%s, %q: the door refuses %+v: %v", hold, keys, r, err)
				}
				res.Records = append(res.Records, r)
			}
			for a, d := range rolled {
				if d > coach.MaxHold || written[a] > 120 {
					t.Fatalf("%s, %q: %v rolled on %v, %d s written", hold, keys, d, a, written[a])
				}
			}
			if total < 60 {
				continue // under the minute a day needs: n skipped it all
			}
			counted++
			if st := streak.Compute(res, streak.DefaultSettings(), end); !st.TodayDone || st.CurrentStreak != 1 {
				t.Fatalf("%s, %q: the day does not count: streak %d, done %v", hold, keys, st.CurrentStreak, st.TodayDone)
			}
		}
	}
	if n := 2 * len(sequences(6)); counted < n*9/10 {
		t.Fatalf("only %d of %d sessions rolled a minute: the keys hardly reach a hold", counted, n)
	}
}

// The session, through the store: a 2:00 hold and four spots is
// written as 2:00, read back through the door, and counts the day.
func TestAreaBudgetKeepsTheStreak(t *testing.T) {
	s := newSession(t, "mid-back", coach.MaxHold)
	now := day
	s.StartNow(now)
	for range 4 {
		s.Tender(now)
		now = now.Add(coach.TenderHold)
		s.Advance(now)
	}
	s.Quit(now)
	st := store.Open(t.TempDir(), "", streak.DefaultSettings())
	for _, e := range s.TakeEvents() {
		if err := st.Hold("session", e); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.End("session", store.SessionEnd{Summary: s.Summary()}); err != nil {
		t.Fatal(err)
	}
	stats, res, err := st.Stats(now)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Unreadable)+len(res.Invalid) != 0 || stats.CurrentStreak != 1 || !stats.TodayDone || stats.Days[len(stats.Days)-1].Minutes != 2 {
		t.Fatalf("streak %d, done %v, refused %v, days %+v", stats.CurrentStreak, stats.TodayDone, res.Invalid, stats.Days)
	}
}

// Back passes over an area whose two minutes are spent, and says so: it
// goes to the nearest one with time left, else starts this one again.
func TestBackPassesSpentAreas(t *testing.T) {
	s := newSession(t, "nightly", coach.MaxHold)
	now := day
	s.StartNow(now)
	now = now.Add(coach.MaxHold) // the mid-back's two minutes
	s.Advance(now)
	s.StartNow(now)
	now = now.Add(10 * time.Second)
	s.Back(now)
	st := s.State(now)
	if st.Phase != coach.PhaseReady || st.Step.Title() != "Left glute" || !strings.Contains(st.Why, "Mid-back has had its two minutes") {
		t.Fatalf("back from the left glute: %+v", st)
	}
	s.StartNow(now)
	if st := s.State(now); st.Length != coach.MaxHold-10*time.Second || st.Room != 0 {
		t.Fatalf("the left glute again: length %v, room %v; want what is left of its 2:00", st.Length, st.Room)
	}
	if s.AddTime(now) {
		t.Fatal("+ added to an area with no time left")
	}
	if st := s.State(now); !strings.Contains(st.Why, "No more time on Left glute") {
		t.Fatalf("+ refused without a reason: %q", st.Why)
	}
}

// + adds what the area has left when that is less than 15 s, and says so.
func TestAddTimeShortened(t *testing.T) {
	s := newSession(t, "mid-back", coach.MaxHold-5*time.Second)
	s.StartNow(day)
	if !s.AddTime(day) {
		t.Fatal("+ refused with 5 s of room")
	}
	st := s.State(day)
	if st.Length != coach.MaxHold || !strings.Contains(st.Why, "Only 5 s more") {
		t.Fatalf("length %v, why %q", st.Length, st.Why)
	}
	if st := s.State(day.Add(11 * time.Second)); st.Why != "" {
		t.Fatalf("the reason is still up after 11 s: %q", st.Why)
	}
}

// A list of steps that holds an area more than 2:00 in all is named, at
// the step that passes the budget, once.
func TestOverBudget(t *testing.T) {
	mid, _ := content.ExerciseByID("mid-back")
	glutes, _ := content.ExerciseByID("glutes")
	steps := []coach.Step{
		{Exercise: mid, Hold: 2 * time.Minute},
		{Exercise: glutes, Side: "left", Hold: time.Minute},
		{Exercise: glutes, Side: "right", Hold: time.Minute},
		{Exercise: mid, Hold: 2 * time.Minute},
		{Exercise: glutes, Side: "left", Hold: time.Minute},
		{Exercise: mid, Hold: 2 * time.Minute},
	}
	got := fmt.Sprint(coach.OverBudget(steps))
	if want := "[{{mid-back } 3 6m0s}]"; got != want {
		t.Fatalf("over budget %s, want %s", got, want)
	}
	if over := coach.OverBudget(steps[:5]); len(over) != 1 {
		t.Fatalf("the left glute's 2:00 in two steps is within budget: %v", over)
	}
}

// The plan asks no area for more than its two minutes: a routine that
// comes back to an area, with --hold or its own holds, gets what the area
// has left at each return, or loses the step, and says so; its totals are
// what will run.
func TestNewPlanKeepsTheBudget(t *testing.T) {
	mine := content.Routine{ID: "mine", Name: "mine", Items: []content.Item{
		{Exercise: "mid-back", Hold: 90 * time.Second}, {Exercise: "glutes"}, {Exercise: "mid-back", Hold: time.Minute}, {Exercise: "mid-back"},
	}}
	tests := []struct {
		name  string
		o     coach.Options
		holds string // each step's, in order
		note  string
	}{
		{"its own holds", coach.Options{}, "Mid-back 1m30s, Left glute 1m0s, Right glute 1m0s, Mid-back 30s",
			"Mid-back gets 2:00 in all, not 3:30: " + coach.WhyAreaBudget + "."},
		{"--hold 2m", coach.Options{Hold: coach.MaxHold}, "Mid-back 2m0s, Left glute 2m0s, Right glute 2m0s",
			"Mid-back gets 2:00 in all, not 6:00: " + coach.WhyAreaBudget + "."},
		{"--hold 50s", coach.Options{Hold: 50 * time.Second}, "Mid-back 50s, Left glute 50s, Right glute 50s, Mid-back 50s, Mid-back 20s",
			"Mid-back gets 2:00 in all, not 2:30: " + coach.WhyAreaBudget + "."},
	}
	for _, tt := range tests {
		p, err := coach.NewPlan(mine, tt.o)
		if err != nil {
			t.Fatal(err)
		}
		var holds []string
		for _, s := range p.Steps {
			holds = append(holds, fmt.Sprintf("%s %s", s.Title(), s.Hold))
		}
		if got := strings.Join(holds, ", "); got != tt.holds {
			t.Errorf("%s: steps %s; want %s", tt.name, got, tt.holds)
		}
		if !slices.Contains(p.Changes, tt.note) {
			t.Errorf("%s: changes %q; want %q", tt.name, p.Changes, tt.note)
		}
		if len(p.Trimmed) != 1 || p.Trimmed[0].Step.Title() != "Mid-back" || !strings.Contains(tt.note, "not "+coach.Clock(p.Trimmed[0].Asked)) {
			t.Errorf("%s: trimmed %+v", tt.name, p.Trimmed)
		}
		if over := coach.OverBudget(p.Steps); len(over) != 0 {
			t.Errorf("%s: over budget %v", tt.name, over)
		}
	}
	// Every built-in routine at every hold keeps the budget and says
	// nothing of it: none comes back to an area.
	for _, r := range content.Routines {
		for _, h := range []time.Duration{0, coach.MinHold, time.Minute, coach.MaxHold} {
			p, err := coach.NewPlan(r, coach.Options{Hold: h})
			if err != nil {
				t.Fatal(err)
			}
			if over := coach.OverBudget(p.Steps); len(over) != 0 || len(p.Trimmed) != 0 || strings.Contains(strings.Join(p.Changes, " "), "in all") {
				t.Errorf("%s at %v: over %v, changes %q", r.ID, h, over, p.Changes)
			}
		}
	}
}
