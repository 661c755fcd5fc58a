package class

import (
	"testing"

	"github.com/backroll/backroll/coach"
)

// A member who answers the first-run questions in the class sits down
// when they finish: their answers from then on, and, as for one who
// joins late, none of the holds that began before.
func TestSeatSitsWithTheAnswersGiven(t *testing.T) {
	lead, f := class(t, You{})
	ann := f[0]
	walk(lead, 0, 50)
	ann.Advance(at(50)) // the mid-back's hold, read while she answers
	ann.Sit(You{Avoid: []string{"glutes"}}, at(50))
	if st := ann.State(at(50)); st.Phase != coach.PhaseHold || st.Step.Exercise.ID != "glutes" {
		t.Fatalf("seated at 50 s, she is at %s of %s", st.Phase, st.Step.Exercise.ID)
	}
	walk(lead, 50, 300)
	sum := ann.Summary()
	if len(sum.Holds) != 0 || sum.Rolled != 0 || !sum.Start.Equal(at(50)) || !sum.Finished {
		t.Errorf("her summary: %d holds, %s rolled, from %v, finished %v; want none, from 50 s", len(sum.Holds), sum.Rolled, sum.Start, sum.Finished)
	}
	if ev := ann.TakeEvents(); len(ev) != 0 {
		t.Errorf("her history gets %+v, from before she sat down", ev)
	}
	// The left glute's hold began before she sat: not hers to sit out.
	if n := ann.SatOut(); n != 1 {
		t.Errorf("she sat out %d holds, want the right glute's alone", n)
	}
}

// Seated before the start, a member rolls the whole class, as answered.
func TestSeatSitsBeforeTheStart(t *testing.T) {
	var c Classes
	r, _ := c.Join("team", "lead")
	lead := r.Seat("lead", You{}, nightly(t), t0)
	c.Join("team", "ann")
	ann := r.Seat("ann", You{}, nightly(t), t0)
	ann.Sit(You{Avoid: []string{"mid-back"}}, at(20))
	if err := lead.Start(at(30)); err != nil {
		t.Fatal(err)
	}
	walk(lead, 30, 330)
	var got []string
	for _, h := range ann.Summary().Holds {
		got = append(got, h.Exercise)
	}
	if len(got) != 2 || got[0] != "glutes" || ann.SatOut() != 1 {
		t.Errorf("she rolled %v and sat out %d; want both glutes, the mid-back sat out", got, ann.SatOut())
	}
}
