package cli

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// output is stdout as every command writes to it, keeping the first
// write error: a full disk or a closed file under `backroll stats > f`
// is said and ends with status 1, where each Fprintf alone would let it
// pass unseen.
type output struct {
	w   io.Writer
	err error
}

func (o *output) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil && o.err == nil {
		o.err = err
	}
	return n, err
}

// fileOf is the file under w, for the questions only a file answers
// (is it a terminal, how wide).
func fileOf(w io.Writer) (*os.File, bool) {
	if o, ok := w.(*output); ok {
		w = o.w
	}
	f, ok := w.(*os.File)
	return f, ok
}

func isTerminal(out io.Writer) bool {
	f, ok := fileOf(out)
	return ok && term.IsTerminal(f.Fd())
}
