// Package class is a roll-along class: one coach.Session that a leader
// moves and every member follows, each able to stop for themself.
// Time is given to every method, as for the session.
package class

import (
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/backroll/backroll/coach"
)

// Room is one class. Its methods are safe to call from each member's
// connection at once.
type Room struct {
	mu      sync.Mutex
	leader  string
	joined  int // members who ever joined
	members map[string]*member
	sess    *coach.Session // nil until the leader starts
	changed chan struct{}  // closed, then replaced, on every change
}

type member struct {
	seq     int  // the order of joining: who leads when the leader leaves
	listed  bool // on the server's list of leaders: leads over anyone not
	stopped bool
}

// View is what one member sees of the class at a moment.
type View struct {
	Leader    bool // this member moves the class
	Started   bool
	State     coach.State // the class's session, when Started
	Routine   string      // the routine's name, when Started
	RoutineID string      // and its ID, as history keeps it
	Members   int
	Stopped   int  // members who stopped with a sign; never who
	Me        bool // this member stopped
}

// ErrNotLeader is a follower asking for what only the leader may do.
var ErrNotLeader = errors.New("only the class's leader can do that")

func newRoom() *Room {
	return &Room{members: map[string]*member{}, changed: make(chan struct{})}
}

// join adds id; the first to join leads, unless a listed leader joins:
// they take the lead from whoever is not listed (the first of them keeps it).
func (r *Room) join(id string, listed bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.members[id]; !ok {
		r.joined++
		r.members[id] = &member{seq: r.joined, listed: listed}
	}
	if r.leader == "" || listed && !r.members[r.leader].listed {
		r.leader = id
	}
	r.signal()
}

// leave takes id out and says how many are left. A leader who leaves
// hands the class to the listed leader who joined first, else to whoever
// joined next.
func (r *Room) leave(id string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.members, id)
	if id == r.leader {
		r.leader = ""
		var next *member
		for mid, m := range r.members {
			if next == nil || m.listed && !next.listed || m.listed == next.listed && m.seq < next.seq {
				r.leader, next = mid, m
			}
		}
	}
	r.signal()
	return len(r.members)
}

// signal wakes whoever waits on Changed. Called with mu held.
func (r *Room) signal() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// Changed is closed at the next change of the class.
func (r *Room) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

// Start runs plan for the class, if id leads it and it has not started.
func (r *Room) Start(id string, p coach.Plan, now time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id != r.leader {
		return ErrNotLeader
	}
	if r.sess != nil {
		return errors.New("the class has started")
	}
	r.sess = coach.New(p, now)
	r.signal()
	return nil
}

// Move applies a leader's key to the class: pause (space), next (n),
// back (b), or more time (+). A follower's is refused with ErrNotLeader.
func (r *Room) Move(id string, key rune, now time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id != r.leader {
		return ErrNotLeader
	}
	if r.sess == nil {
		return errors.New("the class has not started")
	}
	switch key {
	case ' ':
		r.sess.TogglePause(now)
	case 'n':
		r.sess.Next(now)
	case 'b':
		r.sess.Back(now)
	case '+':
		r.sess.AddTime(now)
	default:
		return nil
	}
	r.signal()
	return nil
}

// Stop marks id as stopped with a sign: they roll no more in this class,
// and the class goes on for everyone else.
func (r *Room) Stop(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if m, ok := r.members[id]; ok && !m.stopped {
		m.stopped = true
		r.signal()
	}
}

// View is the class as id sees it at now.
func (r *Room) View(id string, now time.Time) View {
	r.mu.Lock()
	defer r.mu.Unlock()
	v := View{Leader: id == r.leader, Started: r.sess != nil, Members: len(r.members)}
	for mid, m := range r.members {
		if m.stopped {
			v.Stopped++
			v.Me = v.Me || mid == id
		}
	}
	if r.sess != nil {
		r.sess.Advance(now)
		v.State = r.sess.State(now)
		v.Routine, v.RoutineID = r.sess.Plan().Name, r.sess.Plan().Routine
	}
	return v
}

// Holds are the class's holds that have ended, in order.
func (r *Room) Holds() []coach.HoldEvent {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sess == nil {
		return nil
	}
	return slices.Clone(r.sess.Summary().Holds)
}

// Deadline is when the class next changes on its own, if it will.
func (r *Room) Deadline() (time.Time, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.sess == nil {
		return time.Time{}, false
	}
	return r.sess.NextDeadline()
}

// Classes are the classes running, by name.
type Classes struct {
	mu    sync.Mutex
	rooms map[string]*Room
}

// Join puts id in the class name, making it if it is new, and returns it
// and a func that takes id out again (the class ends with its last member).
func (c *Classes) Join(name, id string) (*Room, func()) { return c.JoinAs(name, id, false) }

// JoinAs is Join for a member who is, when listed, on the server's list of
// leaders: they lead the class whoever joined first, unless another listed
// leader is there before them.
func (c *Classes) JoinAs(name, id string, listed bool) (*Room, func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rooms == nil {
		c.rooms = map[string]*Room{}
	}
	r, ok := c.rooms[name]
	if !ok {
		r = newRoom()
		c.rooms[name] = r
	}
	r.join(id, listed)
	return r, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if r.leave(id) == 0 && c.rooms[name] == r {
			delete(c.rooms, name)
		}
	}
}

// Room is the class name, if it runs.
func (c *Classes) Room(name string) (*Room, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.rooms[name]
	return r, ok
}
