package screen

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// Frames written to a terminal of the process's own arrive whole and in
// order, however far ahead of the terminal they are (more than its buffer
// holds: the writer waits, then goes on), and the terminal's own file,
// shared with the shell, stays blocking.
func TestFrameWriter(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptm.Close()
	defer tty.Close()
	raw, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	raw.Oflag &^= unix.OPOST // bytes as written, no \n to \r\n
	if err := unix.IoctlSetTermios(int(tty.Fd()), unix.TCSETS, raw); err != nil {
		t.Fatal(err)
	}
	before := fileFlags(t, tty) // blocking: Fd, which Local calls too, made it so
	w, closeW := frameWriter(tty)
	if _, ok := w.(rawWriter); !ok {
		t.Fatalf("a terminal's frames go through %T, not the raw writer", w)
	}
	want := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	got := make(chan []byte)
	go func() {
		var b bytes.Buffer
		_, _ = io.CopyN(&b, ptm, int64(len(want)))
		got <- b.Bytes()
	}()
	n, err := w.Write(want)
	if err != nil || n != len(want) {
		t.Fatalf("wrote %d of %d bytes: %v", n, len(want), err)
	}
	if b := <-got; !bytes.Equal(b, want) {
		t.Fatalf("the terminal got %d bytes, not the %d written in order", len(b), len(want))
	}
	closeW()
	if after := fileFlags(t, tty); after != before || after&unix.O_NONBLOCK != 0 {
		t.Fatalf("the terminal's own file's flags went from %#x to %#x", before, after)
	}
}

// fileFlags are f's status flags, read without Fd, which would change them.
func fileFlags(t *testing.T, f *os.File) int {
	c, err := f.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var flags int
	if cerr := c.Control(func(fd uintptr) { flags, err = unix.FcntlInt(fd, unix.F_GETFL, 0) }); cerr != nil || err != nil {
		t.Fatal(cerr, err)
	}
	return flags
}

// A file that is not a terminal is written as it is: opened again, it
// would be written from its start, over what it held.
func TestFrameWriterLeavesFilesAlone(t *testing.T) {
	f, err := os.OpenFile(t.TempDir()+"/out", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("kept\n"); err != nil {
		t.Fatal(err)
	}
	w, closeW := frameWriter(f)
	defer closeW()
	if w != io.Writer(f) {
		t.Fatalf("a regular file's frames go through %T, not the file", w)
	}
	if _, err := w.Write([]byte("frame\n")); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(f.Name()); err != nil || string(b) != "kept\nframe\n" {
		t.Fatalf("the file holds %q (%v), want %q", b, err, "kept\nframe\n")
	}
}
