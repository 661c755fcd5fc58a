package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// full is a stdout on a full disk.
type full struct{}

func (full) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// A command whose output cannot be written says so and exits 1, rather
// than 0 with nothing written (stats > f on a full disk).
func TestOutputWriteErrorIsSaid(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, args := range [][]string{{"tips"}, {"routines"}, {"stats"}, {"status"}, {"config"}} {
		var errOut bytes.Buffer
		code := Main(context.Background(), args, "test", full{}, &errOut)
		if code != ExitQuit || !strings.Contains(errOut.String(), "could not write the output: no space left on device") {
			t.Errorf("%v: status %d, stderr %q; want 1 and the write error", args, code, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"tips"}, "test", &out, &errOut); code != ExitOK || errOut.Len() > 0 {
		t.Errorf("tips to a good writer: status %d, stderr %q", code, errOut.String())
	}
}
