package class

import (
	"errors"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/content"
)

func plan(t *testing.T) coach.Plan {
	t.Helper()
	r, ok := content.RoutineByID("glutes")
	if !ok {
		t.Fatal("no glutes routine")
	}
	p, err := coach.NewPlan(r, coach.Options{Hold: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLeaderMovesEveryone(t *testing.T) {
	var c Classes
	t0 := time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC)
	r, leaveAnn := c.Join("team", "ann")
	r2, leaveBob := c.Join("team", "bob")
	_, leaveCat := c.Join("team", "cat")
	if r != r2 {
		t.Fatal("two rooms for one class")
	}
	if !r.View("ann", t0).Leader || r.View("bob", t0).Leader {
		t.Fatal("the first to join leads, and only they")
	}
	if err := r.Start("bob", plan(t), t0); !errors.Is(err, ErrNotLeader) {
		t.Errorf("a follower started the class: %v", err)
	}
	if err := r.Start("ann", plan(t), t0); err != nil {
		t.Fatal(err)
	}
	changed := r.Changed()
	if err := r.Move("bob", 'n', t0); !errors.Is(err, ErrNotLeader) {
		t.Errorf("a follower moved the class: %v", err)
	}
	select {
	case <-changed:
		t.Error("a follower's key changed the class")
	default:
	}
	at := t0.Add(time.Second)
	before := r.View("bob", at).State
	for _, k := range []rune{'n', ' '} {
		if err := r.Move("ann", k, at); err != nil {
			t.Fatal(err)
		}
	}
	<-changed
	later := at.Add(10 * time.Second)
	a, b := r.View("ann", later).State, r.View("bob", later).State
	if a.Left != b.Left || a.Index != b.Index || b.Index != before.Index+1 || !b.Paused {
		t.Errorf("after next and pause: ann sees %+v, bob %+v (was step %d)", a, b, before.Index)
	}
	r.Stop("bob")
	if v := r.View("ann", later); v.Stopped != 1 || v.Me || !r.View("bob", later).Me {
		t.Errorf("bob stopped: ann sees %+v", v)
	}
	leaveAnn()
	if _, ok := c.Room("team"); !ok {
		t.Error("the class ended with members in it")
	}
	if r.View("bob", later).Leader || !r.View("cat", later).Leader {
		t.Error("the leader left: cat, who joined next of those still rolling, leads (bob stopped)")
	}
	leaveBob()
	leaveCat()
	if _, ok := c.Room("team"); ok {
		t.Error("the class outlived its last member")
	}
}

// A listed leader leads whoever joined first; with two listed, the first
// of them; when they leave, a listed one who is left comes before the
// order of joining.
func TestListedLeaderLeads(t *testing.T) {
	var c Classes
	t0 := time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC)
	leads := func(r *Room, id string) bool { return r.View(id, t0).Leader }
	r, leaveAnn := c.Join("team", "ann")
	if err := r.Start("ann", plan(t), t0); err != nil {
		t.Fatal(err)
	}
	changed := r.Changed()
	_, leavePat := c.JoinAs("team", "pat", true)
	select {
	case <-changed:
	default:
		t.Error("the lead changed hands and nobody heard")
	}
	if !leads(r, "pat") || leads(r, "ann") {
		t.Fatal("pat is listed: she leads, and ann, who joined first, follows")
	}
	if err := r.Move("ann", 'n', t0); !errors.Is(err, ErrNotLeader) {
		t.Errorf("ann still moves the class: %v", err)
	}
	if err := r.Move("pat", 'n', t0); err != nil {
		t.Errorf("pat cannot move the class she leads: %v", err)
	}
	_, leaveBob := c.Join("team", "bob")
	_, leaveLou := c.JoinAs("team", "lou", true)
	if !leads(r, "pat") || leads(r, "lou") || leads(r, "bob") {
		t.Fatal("two listed: the first of them, pat, keeps the lead")
	}
	leavePat()
	if !leads(r, "lou") || leads(r, "ann") {
		t.Fatal("pat left: lou, listed, leads before ann, who joined before him")
	}
	leaveLou()
	if !leads(r, "ann") || leads(r, "bob") {
		t.Fatal("no listed leader left: ann, who joined first of those left, leads")
	}
	leaveAnn()
	leaveBob()
}
