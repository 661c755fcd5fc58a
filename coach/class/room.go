// Package class is a roll-along class: one coach.Session that a leader
// moves and every member follows, each able to stop for themself.
// Time is given to every method, as for the session.
package class

import (
	"errors"
	"sync"
	"time"

	"github.com/backroll/backroll/coach"
)

// Room is one class. Its methods, and its seats', are safe to call from
// each member's connection at once.
type Room struct {
	mu      sync.Mutex
	name    string
	leader  string
	joined  int // members who ever joined
	members map[string]*member
	sess    *coach.Session // nil until the leader starts
	changed chan struct{}  // closed, then replaced, on every change
	last    time.Time      // the latest time a member read: the class's clock never runs back
}

type member struct {
	seq     int  // the order of joining: who leads when the leader leaves
	listed  bool // on the server's list of leaders: leads over anyone not
	stopped bool // with a sign to stop
	out     bool // no longer rolling (stopped, or quit): handed the lead only if no one else is here
}

// View is what one member sees of the class at a moment.
type View struct {
	Name      string
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

func newRoom(name string) *Room {
	return &Room{name: name, members: map[string]*member{}, changed: make(chan struct{})}
}

// clock is now, or the latest time a member read if now is before it:
// each member reads their own clock, and a later reading may take the
// lock first. Called with mu held.
func (r *Room) clock(now time.Time) time.Time {
	if now.Before(r.last) {
		return r.last
	}
	r.last = now
	return now
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
	r.handOn(id)
	delete(r.members, id)
	r.signal()
	return len(r.members)
}

// handOn gives the lead, if id has it, to the first of those still
// rolling, else of those still here: a listed leader first, then whoever
// joined next. Called with mu held.
func (r *Room) handOn(id string) {
	if id != r.leader {
		return
	}
	r.leader = ""
	before := func(m, n *member) bool {
		if m.out != n.out {
			return !m.out
		}
		if m.listed != n.listed {
			return m.listed
		}
		return m.seq < n.seq
	}
	for mid, m := range r.members {
		if mid != id && (r.leader == "" || before(m, r.members[r.leader])) {
			r.leader = mid
		}
	}
}

// signal wakes whoever waits on Changed. Called with mu held.
func (r *Room) signal() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// Changed is closed at the next change of the class: a start, a leader's
// key, a member joining, leaving or stopping.
func (r *Room) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

// Start runs plan for the class, if id leads it and it has not started.
func (r *Room) Start(id string, p coach.Plan, now time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.start(id, p, now)
}

func (r *Room) start(id string, p coach.Plan, now time.Time) error {
	if id != r.leader {
		return ErrNotLeader
	}
	if r.sess != nil {
		return errors.New("the class has started")
	}
	r.sess = coach.New(p, r.clock(now))
	r.signal()
	return nil
}

// Move applies a leader's key to the class: pause (space), next (n),
// back (b), more time (+) or start now (enter, on a get-ready). A
// follower's is refused with ErrNotLeader.
func (r *Room) Move(id string, key rune, now time.Time) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.move(id, key, now)
}

func (r *Room) move(id string, key rune, now time.Time) error {
	if id != r.leader {
		return ErrNotLeader
	}
	if r.sess == nil {
		return errors.New("the class has not started")
	}
	now = r.clock(now)
	switch key {
	case ' ':
		r.sess.TogglePause(now)
	case 'n':
		r.sess.Next(now)
	case 'b':
		r.sess.Back(now)
	case '+':
		if !r.sess.AddTime(now) {
			r.signal() // the reason is in the class's State, for everyone
			return errors.New("no time added")
		}
	case '\r':
		r.sess.StartNow(now)
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
	r.mark(id, true, true)
}

// mark says whether id stopped with a sign, and that they roll no more
// (out): a leader who is out hands the lead to one still rolling. Called
// with mu held.
func (r *Room) mark(id string, stopped, out bool) {
	m, ok := r.members[id]
	if !ok || (m.stopped == stopped && m.out == out) {
		return
	}
	m.stopped, m.out = stopped, out
	for _, o := range r.members {
		if out && !o.out {
			r.handOn(id) // to one still rolling: with no one, it stays
			break
		}
	}
	r.signal()
}

// View is the class as id sees it at now.
func (r *Room) View(id string, now time.Time) View {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.view(id, now)
}

func (r *Room) view(id string, now time.Time) View {
	v := View{Name: r.name, Leader: id == r.leader, Started: r.sess != nil, Members: len(r.members)}
	for mid, m := range r.members {
		if m.stopped {
			v.Stopped++
			v.Me = v.Me || mid == id
		}
	}
	if r.sess != nil {
		now = r.clock(now)
		r.sess.Advance(now)
		v.State = r.sess.State(now)
		v.Routine, v.RoutineID = r.sess.Plan().Name, r.sess.Plan().Routine
	}
	return v
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
		r = newRoom(name)
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
