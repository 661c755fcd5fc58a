package screen

import (
	"io"
	"os"
	"strconv"
	"syscall"
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
// stays blocking. close closes what was opened.
func frameWriter(out io.Writer) (w io.Writer, close func()) {
	f, ok := out.(*os.File)
	if !ok {
		return out, func() {}
	}
	again, err := os.OpenFile("/proc/self/fd/"+strconv.FormatUint(uint64(f.Fd()), 10),
		os.O_WRONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return out, func() {}
	}
	c, err := again.SyscallConn()
	if err != nil {
		_ = again.Close()
		return out, func() {}
	}
	return rawWriter{c}, func() { _ = again.Close() }
}

// rawWriter writes to a file that does not block with raw system calls,
// and waits through Go's poller while the terminal takes no more.
type rawWriter struct{ c syscall.RawConn }

func (w rawWriter) Write(p []byte) (int, error) {
	n := 0
	var werr error
	err := w.c.Write(func(fd uintptr) bool {
		for n < len(p) && werr == nil {
			m, _, e := unix.RawSyscall(unix.SYS_WRITE, fd, uintptr(unsafe.Pointer(&p[n])), uintptr(len(p)-n))
			switch e {
			case 0:
				n += int(m)
			case unix.EAGAIN:
				return false // wait until it takes more
			case unix.EINTR:
			default:
				werr = e
			}
		}
		return true
	})
	if werr != nil {
		err = werr
	}
	return n, err
}
