package class

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

// nightly is mid-back, then each glute, 30 s each after 5 s to get
// ready: mid-back's hold runs from 5 s to 35 s, the left glute's from
// 40 s to 70 s, the right's from 75 s to 105 s.
func nightly(t *testing.T) coach.Plan {
	t.Helper()
	r, _ := content.RoutineByID("nightly")
	p, err := coach.NewPlan(r, coach.Options{Hold: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var t0 = time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC)

func at(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }

// walk reads the class through s every half second from one time to
// another, as members' screens do: a class read late starts its next
// phase late (coach's lateness), as a session does.
func walk(s *Seat, from, to float64) {
	for x := from; x < to; x += 0.5 {
		s.Advance(at(x))
	}
	s.Advance(at(to))
}

// class is a started class of nightly with a leader and the followers
// given, all joined at t0.
func class(t *testing.T, followers ...You) (*Seat, []*Seat) {
	t.Helper()
	var c Classes
	r, _ := c.Join("team", "lead")
	lead := r.Seat("lead", You{}, nightly(t), t0)
	var seats []*Seat
	for i, y := range followers {
		id := string(rune('a' + i))
		c.Join("team", id)
		seats = append(seats, r.Seat(id, y, nightly(t), t0))
	}
	if err := seats[0].Start(t0); err == nil {
		t.Fatal("a follower started the class")
	}
	if err := lead.Start(t0); err != nil {
		t.Fatal(err)
	}
	return lead, seats
}

func TestSeatMovesAreTheLeaders(t *testing.T) {
	lead, f := class(t, You{})
	changed := lead.Changed()
	walk(lead, 0, 6)
	f[0].TogglePause(at(6))
	f[0].Next(at(6))
	f[0].AddTime(at(6))
	f[0].StartNow(at(6))
	select {
	case <-changed:
		t.Error("a follower's key changed the class")
	default:
	}
	if st := lead.State(at(6)); st.Phase != coach.PhaseHold || st.Index != 0 || st.Paused || st.Left != 29*time.Second {
		t.Errorf("after a follower's keys the class is %s, step %d, paused %v, %s left", st.Phase, st.Index, st.Paused, st.Left)
	}
	if why := f[0].Line(at(7)).Why; why != WhyLeader {
		t.Errorf("the follower's line says %q, want %q", why, WhyLeader)
	}
	lead.TogglePause(at(10)) // 25 s left
	if why := f[0].Line(at(12)).Why; why != "" {
		t.Errorf("the reason is still there a while later: %q", why)
	}
	lead.AddTime(at(20))
	a, b := lead.State(at(30)), f[0].State(at(30))
	if !b.Paused || b.Left != 40*time.Second || a.Left != b.Left {
		t.Errorf("paused with 25 s and 15 s more: the leader sees %s, the follower %s (paused %v)", a.Left, b.Left, b.Paused)
	}
	lead.TogglePause(at(30))
	lead.Next(at(31))
	if st := f[0].State(at(32)); st.Phase != coach.PhaseReady || st.Index != 1 || st.Left != 4*time.Second {
		t.Errorf("after next the follower sees %s of step %d with %s", st.Phase, st.Index, st.Left)
	}
	lead.StartNow(at(32))
	if st := f[0].State(at(33)); st.Phase != coach.PhaseHold || st.Index != 1 {
		t.Errorf("after start-now the follower sees %s of step %d", st.Phase, st.Index)
	}
	lead.Back(at(33))
	if st := f[0].State(at(33)); st.Phase != coach.PhaseReady || st.Index != 0 {
		t.Errorf("after back the follower sees %s of step %d", st.Phase, st.Index)
	}
	lead.Next(at(33))
	lead.StartNow(at(33))
	// The class's clock never runs back, whoever reads it late.
	if st := f[0].State(at(32.5)); st.Left != 30*time.Second || st.Index != 1 {
		t.Errorf("read with an earlier time, the class shows %s left of step %d, want 30s of step 1", st.Left, st.Index)
	}
}

func TestSeatTenderSpotIsOwn(t *testing.T) {
	lead, f := class(t, You{}, You{Conditions: []string{content.BloodThinners}, NoTender: true})
	walk(lead, 0, 10)
	// 25 s are left of mid-back: the spot is cut to them, and says so.
	if !f[0].Tender(at(10)) {
		t.Fatal("k in a hold started no tender spot")
	}
	a, b := lead.State(at(15)), f[0].State(at(15))
	if a.Tender || !b.Tender || b.TenderLeft != 20*time.Second || b.Left != a.Left || a.Left != 20*time.Second || b.Why == "" {
		t.Errorf("5 s into the follower's spot: leader %v %s, follower %v %s (%s left, why %q)", a.Tender, a.Left, b.Tender, b.TenderLeft, b.Left, b.Why)
	}
	// The leader's pause holds the spot too.
	walk(lead, 15, 20)
	lead.TogglePause(at(20))
	if st := f[0].State(at(50)); st.TenderLeft != 15*time.Second || f[0].LeaveTender(at(50)) {
		t.Errorf("paused for 30 s, the spot shows %s left (want 15s), and k left it", st.TenderLeft)
	}
	if _, ok := f[0].NextDeadline(); ok {
		t.Error("a deadline while the class is paused")
	}
	lead.TogglePause(at(50))
	walk(lead, 50, 65)
	if st := f[0].State(at(65)); st.Phase != coach.PhaseReady || st.Tender {
		t.Errorf("after the hold, the follower sees %s, tender %v", st.Phase, st.Tender)
	}
	// The left glute's hold, 70 s to 100 s, with 15 s more: a whole spot
	// from 75 s ends at 105 s, inside the area's time, and the hold goes on.
	walk(lead, 65, 72)
	lead.AddTime(at(72))
	walk(lead, 72, 75)
	if !f[0].Tender(at(75)) {
		t.Fatal("no second spot")
	}
	if st := f[0].State(at(75)); st.TenderLeft != coach.TenderHold || st.Why != "" {
		t.Errorf("a spot of %s, why %q; want a whole one", st.TenderLeft, st.Why)
	}
	if due, _ := f[0].NextDeadline(); !due.Equal(at(105)) {
		t.Errorf("the spot ends at %v, want 105 s", due)
	}
	if due, _ := lead.NextDeadline(); !due.Equal(at(115)) {
		t.Errorf("the class's hold ends at %v, want 115 s", due)
	}
	walk(lead, 75, 106)
	if st := f[0].State(at(106)); st.Tender || st.Phase != coach.PhaseHold {
		t.Errorf("at 106 s the follower sees %s, tender %v", st.Phase, st.Tender)
	}
	// On blood thinners, k is no tender spot, as alone.
	if f[1].Tender(at(106)) || f[1].State(at(106)).Why != coach.WhyNoTenderHere {
		t.Error("a tender spot on blood thinners")
	}
	walk(lead, 106, 300)
	if got := f[0].Summary().Holds; len(got) != 3 || got[0].Tender != 1 || got[1].Tender != 1 || got[2].Tender != 0 {
		t.Errorf("the follower's holds %+v: want three, the first two with a spot", got)
	}
}

func TestSeatStopIsOwn(t *testing.T) {
	lead, f := class(t, You{}, You{})
	walk(lead, 0, 20)
	f[0].SetRedFlag(true)
	f[0].Quit(at(20))
	if st := f[0].State(at(21)); st.Phase != coach.PhaseDone {
		t.Errorf("the one who stopped sees %s", st.Phase)
	}
	if st := lead.State(at(21)); st.Phase != coach.PhaseHold || st.Left != 14*time.Second {
		t.Errorf("the class stopped with them: %s, %s left", st.Phase, st.Left)
	}
	if l := lead.Line(at(21)); l.Stopped != 1 {
		t.Errorf("the leader's line counts %d stopped", l.Stopped)
	}
	if l := f[1].Line(at(21)); l.Leader || l.Stopped != 1 || l.Me {
		t.Errorf("a follower's line: %+v", l)
	}
	sum := f[0].Summary()
	if !sum.RedFlag || sum.Finished || len(sum.Holds) != 1 || sum.Holds[0].Rolled != 15*time.Second || sum.Holds[0].Completed {
		t.Errorf("the stop's summary: %+v", sum)
	}
	if ev := f[0].TakeEvents(); len(ev) != 1 || len(f[0].TakeEvents()) != 0 {
		t.Errorf("events %+v, taken once", ev)
	}
	walk(lead, 21, 200)
	if n := len(f[0].Summary().Holds); n != 1 {
		t.Errorf("after the stop the class's holds are theirs too: %d", n)
	}
	// A leader who stops hands the class to the next still rolling.
	lead.Quit(at(201))
	if !f[1].Leads() || f[0].Leads() {
		t.Error("the lead went to someone who had stopped, or nowhere")
	}
}

func TestSeatSummaryIsTheMembers(t *testing.T) {
	lead, f := class(t, You{Avoid: []string{"glutes"}})
	walk(lead, 0, 50)
	// bob joins at 50 s, in the left glute's hold.
	bob := lead.room.Seat("bob", You{}, nightly(t), at(50))
	lead.room.join("bob", false)
	paris, _ := time.LoadLocation("Europe/Paris")
	if st := f[0].State(at(50)); st.Step.Exercise.ID != "glutes" || st.Phase != coach.PhaseHold {
		t.Fatalf("at 50 s the class is at %s of %s", st.Phase, st.Step.Exercise.ID)
	}
	glutes, _ := content.ExerciseByID("glutes")
	if out, why := f[0].SitsOut(glutes); !out || why == "" {
		t.Error("the answers that leave the glutes out do not sit them out")
	}
	if f[0].Tender(at(51)) {
		t.Error("a tender spot on an area sat out")
	}
	walk(lead, 51, 300) // cat-cow ends
	for who, c := range map[string]struct {
		s     *Seat
		holds []string
	}{"lead": {lead, []string{"mid-back", "glutes", "glutes"}}, "sits out glutes": {f[0], []string{"mid-back"}},
		"joined late": {bob, []string{"glutes"}}} {
		sum := c.s.Summary()
		var got []string
		for _, h := range sum.Holds {
			got = append(got, h.Exercise)
		}
		if !sum.Finished || len(got) != len(c.holds) || (len(got) > 0 && got[0] != c.holds[0]) {
			t.Errorf("%s: finished %v, holds %v, want %v", who, sum.Finished, got, c.holds)
		}
		if sum.Rolled != time.Duration(len(got))*30*time.Second {
			t.Errorf("%s rolled %s", who, sum.Rolled)
		}
	}
	if f[0].SatOut() != 2 || lead.SatOut() != 0 || bob.SatOut() != 0 {
		t.Errorf("sat out: %d, %d and %d holds; want 2 for the one whose answers leave the glutes out", f[0].SatOut(), lead.SatOut(), bob.SatOut())
	}
	if sum := bob.Summary(); !sum.Start.Equal(at(50)) || bob.Summary().Holds[0].Start.Location() != time.UTC {
		t.Errorf("bob's summary starts at %v", sum.Start)
	}
	// Holds are stamped in the zone of the clock the member reads.
	ann := lead.room.Seat("ann", You{}, nightly(t), at(0).In(paris))
	ann.Advance(at(301).In(paris))
	if ev := ann.TakeEvents(); len(ev) != 3 || ev[0].Start.Location() != paris {
		t.Errorf("ann's holds %+v, want three in her zone", ev)
	}
}

// A listed leader who stopped is handed the lead only when no one still
// rolling is here.
func TestSeatLeadGoesToThoseRolling(t *testing.T) {
	var c Classes
	r, _ := c.JoinAs("team", "pat", true)
	c.JoinAs("team", "sam", true)
	c.Join("team", "ann")
	pat, sam, ann := r.Seat("pat", You{}, nightly(t), t0), r.Seat("sam", You{}, nightly(t), t0), r.Seat("ann", You{}, nightly(t), t0)
	if err := pat.Start(t0); err != nil {
		t.Fatal(err)
	}
	sam.SetRedFlag(true)
	sam.Quit(at(1))
	pat.Quit(at(2))
	if !ann.Leads() {
		t.Error("the lead went to a listed leader who stopped, not to ann, still rolling")
	}
	ann.Quit(at(3))
	if !ann.Leads() {
		t.Error("with everyone out, the lead moved")
	}
}

// A member whose answers roll an area another way rolls it their way in
// the class: their screen and their history say the mid-back at a wall.
func TestSeatRollsItTheirWay(t *testing.T) {
	lead, f := class(t, You{Conditions: []string{content.Pregnancy}})
	walk(lead, 0, 10)
	if st := f[0].State(at(10)); st.Step.Exercise.ID != content.MidBackWall {
		t.Errorf("a pregnant member's hold is %s, want the mid-back at a wall", st.Step.Exercise.ID)
	}
	if st := lead.State(at(10)); st.Step.Exercise.ID != "mid-back" {
		t.Errorf("the leader's hold is %s", st.Step.Exercise.ID)
	}
	p := f[0].Plan()
	if p.Steps[0].Exercise.ID != content.MidBackWall || len(p.Changes) == 0 || lead.Plan().Steps[0].Exercise.ID != "mid-back" {
		t.Errorf("her plan's first step %s, changes %q", p.Steps[0].Exercise.ID, p.Changes)
	}
	walk(lead, 10, 40)
	if ev := f[0].TakeEvents(); len(ev) != 1 || ev[0].Exercise != content.MidBackWall {
		t.Errorf("her history gets %+v", ev)
	}
}
