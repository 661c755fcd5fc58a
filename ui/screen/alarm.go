package screen

import (
	"sync"
	"time"
)

// alarm is Run's one timer for a Waker's deadlines: it rings once at the
// time it was last set for, and wait returns on the goroutine that then
// updates the model. A frame woken that way costs no hand-over from one
// goroutine to another, and each hand-over was two or three context
// switches of the process's threads.
type alarm interface {
	// set makes it ring at at, or not at all if !ok, instead of when it
	// was set for before.
	set(at time.Time, ok bool)
	// wait blocks until it rings, and is false once it is closed.
	wait() bool
	close()
}

// timerAlarm is an alarm on a Go timer, for where the kernel has none to
// read (timerfd) or it could not be had.
type timerAlarm struct {
	t      *time.Timer
	closed chan struct{}
	once   sync.Once
}

func newTimerAlarm() *timerAlarm {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return &timerAlarm{t: t, closed: make(chan struct{})}
}

func (a *timerAlarm) set(at time.Time, ok bool) {
	if !ok {
		a.t.Stop()
		return
	}
	a.t.Reset(time.Until(at))
}

func (a *timerAlarm) wait() bool {
	select {
	case <-a.t.C:
		return true
	case <-a.closed:
		return false
	}
}

func (a *timerAlarm) close() { a.once.Do(func() { close(a.closed) }) }
