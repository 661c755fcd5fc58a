package plain

import (
	"bytes"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/muesli/cancelreader"
)

// Keys puts the terminal in into raw mode, so each key arrives as it is
// pressed, unechoed, and sends the keys on the channel. stop ends the
// reading and restores the terminal; call it on every way out.
func Keys(in *os.File) (keys <-chan byte, stop func(), err error) {
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return nil, nil, err
	}
	r, err := cancelreader.NewReader(in)
	if err != nil {
		_ = term.Restore(in.Fd(), state)
		return nil, nil, err
	}
	ch := make(chan byte, 16)
	done := make(chan struct{})
	go func() {
		defer close(done)
		pump(r, ch)
	}()
	stop = func() {
		r.Cancel()
		<-done
		_ = r.Close()
		_ = term.Restore(in.Fd(), state)
	}
	return ch, stop, nil
}

// CRLF is w for a terminal in raw mode, which no longer turns "\n" into a
// new line at the left edge.
func CRLF(w io.Writer) io.Writer { return crlf{w} }

type crlf struct{ w io.Writer }

func (c crlf) Write(p []byte) (int, error) {
	if _, err := c.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// KeysFrom sends the keys read from in, a session's input that is raw
// already (an SSH channel), on the channel until in ends. Nothing needs
// stopping: the reading ends with the session.
func KeysFrom(in io.Reader) <-chan byte {
	ch := make(chan byte, 16)
	go pump(in, ch)
	return ch
}

// pump sends the keys read from r on ch until r ends.
func pump(r io.Reader, ch chan<- byte) {
	buf := make([]byte, 64)
	for {
		n, err := r.Read(buf)
		// An escape sequence (an arrow, a function key) is not a
		// command: its letters are dropped with it.
		if i := bytes.IndexByte(buf[:n], keyEsc); i >= 0 {
			n = i
		}
		for _, b := range buf[:n] {
			select {
			case ch <- b:
			default: // a key pressed while many wait is dropped, not queued
			}
		}
		if err != nil {
			return
		}
	}
}
