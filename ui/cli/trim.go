package cli

import (
	"bytes"
	"io"
)

// trimmedOut is out, or in a file or a pipe out without the spaces that
// end lines: fang pads its help to the terminal's width, which outside a
// terminal is only noise in a file.
func trimmedOut(out io.Writer) io.Writer {
	if isTerminal(out) {
		return out
	}
	return &trimWriter{w: out}
}

// trimWriter holds back a run of spaces until it knows what follows: the
// end of a line drops them, anything else writes them first.
type trimWriter struct {
	w      io.Writer
	spaces int
}

func (t *trimWriter) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p))
	for _, c := range p {
		switch c {
		case ' ':
			t.spaces++
			continue
		case '\n':
			t.spaces = 0
		default:
			out = append(out, bytes.Repeat([]byte{' '}, t.spaces)...)
			t.spaces = 0
		}
		out = append(out, c)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
