package screen

import (
	"os"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// fdAlarm is an alarm on a timerfd, which the goroutine waiting on it
// waits for through Go's network poller. A Go timer would wake the
// runtime's monitor thread as it fires and hand the goroutine it readies to
// a second thread: three to six more context switches a frame, and the
// scheduler's own share of a hold's CPU.
//
// Setting and reading it are raw system calls: they never block, and a
// system call made the usual way wakes the monitor thread, which then polls
// every 20 µs until the frame is drawn.
type fdAlarm struct{ f *os.File }

func newAlarm() alarm {
	fd, err := unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_NONBLOCK|unix.TFD_CLOEXEC)
	if err != nil {
		return newTimerAlarm()
	}
	return fdAlarm{os.NewFile(uintptr(fd), "alarm")}
}

func (a fdAlarm) set(at time.Time, ok bool) {
	var v unix.ItimerSpec // all zero: disarmed
	if ok {
		// Zero would disarm it: a deadline already past rings at once.
		v.Value = unix.NsecToTimespec(max(int64(time.Until(at)), 1))
	}
	if c, err := a.f.SyscallConn(); err == nil {
		_ = c.Control(func(fd uintptr) {
			unix.RawSyscall6(unix.SYS_TIMERFD_SETTIME, fd, 0, uintptr(unsafe.Pointer(&v)), 0, 0, 0)
		})
	}
}

func (a fdAlarm) wait() bool {
	c, err := a.f.SyscallConn()
	if err != nil {
		return false
	}
	return c.Read(func(fd uintptr) bool {
		var expired [8]byte
		_, _, e := unix.RawSyscall(unix.SYS_READ, fd, uintptr(unsafe.Pointer(&expired[0])), uintptr(len(expired)))
		return e != unix.EAGAIN
	}) == nil
}

func (a fdAlarm) close() { _ = a.f.Close() }
