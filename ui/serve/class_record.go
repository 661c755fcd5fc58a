package serve

import (
	"fmt"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/content"
)

// record is what one member rolled in a class, for their own history.
type record struct {
	joined  time.Time
	seen    int               // the class's holds looked at so far
	holds   []coach.HoldEvent // theirs: begun after they joined, not left out for them
	stopped time.Time         // when they pressed p; zero if they did not
	routine string            // the class's routine's ID, once started
}

// follow takes the class's holds that ended since the last look as this
// member's, until they stop.
func (m *member) follow(holds []coach.HoldEvent, v class.View) {
	if v.Started {
		m.record.routine = v.RoutineID
	}
	if !m.stopped.IsZero() {
		return
	}
	if v.Me {
		m.stopped = time.Now()
	}
	for _, h := range holds[min(m.seen, len(holds)):] {
		ex, _ := content.ExerciseByID(h.Exercise)
		if !h.Start.Before(m.joined) && !coach.Screen(ex, m.conds, m.avoid).LeftOut {
			m.holds = append(m.holds, h)
		}
	}
	m.seen = len(holds)
}

// record writes what m rolled to their own history, in their time zone.
// Nothing is written for a member who rolled nothing and did not stop.
func (h *handler) record(s Session, m *member) {
	if len(m.holds) == 0 && m.stopped.IsZero() {
		return
	}
	in := func(t time.Time) time.Time {
		if s.Zone != nil {
			return t.In(s.Zone)
		}
		return t
	}
	sum := coach.Summary{Start: in(m.joined), End: in(time.Now()), Routine: m.record.routine, RedFlag: !m.stopped.IsZero()}
	for _, e := range m.holds {
		e.Start = in(e.Start)
		sum.Holds = append(sum.Holds, e)
		sum.Rolled += e.Rolled
	}
	if err := h.o.Record(s.Home, sum); err != nil {
		fmt.Fprintln(s.Err, "backroll: your class could not be saved")
		h.log("saving a class in %s: %v", s.Home, err)
	}
}
