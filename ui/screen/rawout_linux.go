package screen

import (
	"io"
	"os"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"
)

// frameWriter is what the frames are written with: out, or where out is a
// terminal of the process's own, the terminal opened again without
// blocking and written with raw system calls, which never block then. A
// write made the usual way wakes the runtime's monitor thread, which then
// polls every 20 µs until the program is idle again: three context
// switches a frame, more than the rest of the frame together. The
// terminal is opened anew so that out's own file, shared with the shell,
// stays blocking; and kept out of Go's poller, which would wake the
// program again each time the terminal has read a frame. close closes
// what was opened.
func frameWriter(out io.Writer) (w io.Writer, close func()) {
	f, ok := out.(*os.File)
	if !ok {
		return out, func() {}
	}
	// Only a terminal: a regular file opened again would start at offset
	// 0, without out's O_APPEND, and write over what it held.
	if _, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS); err != nil {
		return out, func() {}
	}
	fd, err := unix.Open("/proc/self/fd/"+strconv.FormatUint(uint64(f.Fd()), 10),
		unix.O_WRONLY|unix.O_NONBLOCK|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
	if err != nil {
		return out, func() {}
	}
	return rawWriter(fd), func() { _ = unix.Close(fd) }
}

// rawWriter writes to a file that does not block with raw system calls,
// and waits in poll(2) (a system call made the usual way, so Go runs
// other goroutines meanwhile) while the terminal takes no more.
type rawWriter int

func (w rawWriter) Write(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m, _, e := unix.RawSyscall(unix.SYS_WRITE, uintptr(w), uintptr(unsafe.Pointer(&p[n])), uintptr(len(p)-n))
		switch e {
		case 0:
			n += int(m)
		case unix.EAGAIN:
			if _, err := unix.Poll([]unix.PollFd{{Fd: int32(w), Events: unix.POLLOUT}}, -1); err != nil && err != unix.EINTR {
				return n, &os.PathError{Op: "write", Path: "terminal", Err: err}
			}
		case unix.EINTR:
		default:
			return n, &os.PathError{Op: "write", Path: "terminal", Err: e}
		}
	}
	return n, nil
}
