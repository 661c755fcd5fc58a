package cli

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// Every help, asked for with --help or with help, has no spaces at the
// ends of its lines in a file or a pipe, where fang's padding to the
// terminal's width is noise.
func TestHelpHasNoTrailingSpaces(t *testing.T) {
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			walk(sub, append(path[:len(path):len(path)], sub.Name()))
		}
	}
	root := newRoot(nil, nil, new(bool))
	root.InitDefaultHelpCmd()
	walk(root, nil)
	if len(paths) < 10 {
		t.Fatalf("only %d commands found: %v", len(paths), paths)
	}
	trailing := regexp.MustCompile(`(?m)[ \t]$`)
	for _, path := range paths {
		for _, args := range [][]string{append(path, "--help"), append([]string{"help"}, path...)} {
			var out, errOut bytes.Buffer
			if code := Main(context.Background(), args, "test", &out, &errOut); code != ExitOK {
				t.Errorf("%s: status %d, %s", strings.Join(args, " "), code, errOut.String())
				continue
			}
			if !strings.Contains(out.String(), "USAGE") {
				t.Errorf("%s: no help printed:\n%s", strings.Join(args, " "), out.String())
			}
			if loc := trailing.FindStringIndex(out.String()); loc != nil {
				line := strings.Count(out.String()[:loc[0]], "\n") + 1
				t.Errorf("%s: line %d ends in a space:\n%s", strings.Join(args, " "), line, out.String())
			}
		}
	}
}

// The trimming holds back only spaces, and only until it knows whether a
// line ends after them, however the text is cut into writes.
func TestTrimWriter(t *testing.T) {
	in := "a  \n  b c   \n\nd   e  "
	want := "a\n  b c\n\nd   e"
	for size := 1; size <= len(in); size++ {
		var b bytes.Buffer
		w := &trimWriter{w: &b}
		for i := 0; i < len(in); i += size {
			w.Write([]byte(in[i:min(i+size, len(in))]))
		}
		if b.String() != want {
			t.Errorf("in writes of %d: %q, want %q", size, b.String(), want)
		}
	}
}
