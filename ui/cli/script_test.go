package cli_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/backroll/backroll/ui/cli"
)

// TestMain is shared by every test in this package. It makes this test
// binary double as the backroll command for the scripts in testdata/script,
// and removes the binary the end-to-end tests build once the tests are done.
func TestMain(m *testing.M) {
	testscript.Main(cleanupAfter{m}, map[string]func(){
		"backroll": func() {
			os.Exit(cli.Main(context.Background(), os.Args[1:], "test", os.Stdout, os.Stderr))
		},
	})
}

// cleanupAfter runs the tests, then removes what they left behind.
// testscript.Main exits the process itself, so this is the last chance.
type cleanupAfter struct{ m *testing.M }

func (c cleanupAfter) Run() int {
	defer removeBinary()
	return c.m.Run()
}

// TestScripts runs the command-line stories in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exits":   cmdExits,
			"dates":   cmdDates,
			"longkey": cmdLongKey,
		},
	})
}

// cmdExits runs a command and checks its exact exit status, which `exec`
// and `! exec` cannot: backroll's statuses (0 done, 1 quit or failed,
// 2 usage) are part of its interface. Its stdout and stderr can be checked
// afterwards like those of exec.
//
//	exits 2 backroll start --hold banana
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits; name the status instead")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits STATUS COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: status %q is not a number", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdDates writes dates relative to today into a file, for the stories
// whose figures depend on the clock (the report's last weeks): each {-N}
// becomes the date N days before today in UTC, as 2006-01-02. The story
// sets TZ=UTC so that backroll's today is the same.
//
//	dates data/history.jsonl
func cmdDates(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: dates FILE")
	}
	today := time.Now().UTC()
	in := ts.ReadFile(args[0])
	out := regexp.MustCompile(`\{-(\d+)\}`).ReplaceAllStringFunc(in, func(m string) string {
		n, _ := strconv.Atoi(m[2 : len(m)-1])
		return today.AddDate(0, 0, -n).Format(time.DateOnly)
	})
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(out), 0o600))
}

// cmdLongKey writes a TOML file of one unknown key N bytes long, the shape
// of a huge file that once took 14 s and 5.3 GB to be told it was wrong.
//
//	longkey config/backroll/config.toml 20000000
func cmdLongKey(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: longkey FILE BYTES")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(`"`+strings.Repeat("k", n)+`" = 1`+"\n"), 0o600))
}
