package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// payload is one line of testdata/injection/corpus.txt: text that would
// act on a terminal, and what it would do.
type payload struct{ text, what string }

// corpus reads the injection corpus.
func corpus(t *testing.T) []payload {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "injection", "corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ps []payload
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q, err := strconv.QuotedPrefix(line)
		if err != nil {
			t.Fatalf("corpus: %q: %v", line, err)
		}
		s, _ := strconv.Unquote(q)
		ps = append(ps, payload{s, strings.TrimSpace(line[len(q):])})
	}
	if len(ps) < 10 {
		t.Fatalf("corpus: only %d payloads", len(ps))
	}
	return ps
}

// inArgs is whether p can be passed as a command-line argument or be part
// of a file name: no NUL (and, for names, no slash, which marks a folder).
func (p payload) inArgs() bool { return !strings.ContainsRune(p.text, 0) }

// asName is p as part of a file name.
func (p payload) asName() string { return strings.ReplaceAll(p.text, "/", "_") }

// all is every payload that can be an argument, one after another.
func all(ps []payload) payload {
	var b strings.Builder
	for _, p := range ps {
		if p.inArgs() {
			b.WriteString(p.text)
		}
	}
	return payload{b.String(), "every payload"}
}

// leaks are the pieces of p that must never reach a terminal as they
// are: each control with what follows it up to the next INJ.
func leaks(p payload) []string {
	var out []string
	for i := 0; i < len(p.text); {
		r, n := utf8.DecodeRuneInString(p.text[i:])
		if isControl(r, n) {
			if j := strings.Index(p.text[i:], "INJ"); j >= 0 {
				out = append(out, p.text[i:i+j+3])
			}
		}
		i += n
	}
	return out
}

// isControl is what a terminal acts on: C0 (but tab and newline), DEL,
// C1, bidi controls, and a byte that is not UTF-8 (a bare C1 byte to an
// 8-bit terminal).
func isControl(r rune, size int) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f ||
		unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError && size <= 1
}

// controls describes the control characters in out, with where they are;
// "" when there are none.
func controls(out string) string {
	var found []string
	for i := 0; i < len(out) && len(found) < 5; {
		r, n := utf8.DecodeRuneInString(out[i:])
		if isControl(r, n) {
			found = append(found, fmt.Sprintf("%q at %d in …%q…", out[i:i+n], i, out[max(0, i-20):min(len(out), i+20)]))
		}
		i += n
	}
	return strings.Join(found, "; ")
}

// checkPipe checks what a command wrote to a pipe: not one control.
func checkPipe(t *testing.T, what, out string) {
	t.Helper()
	if c := controls(out); c != "" {
		t.Errorf("%s: control characters in a pipe: %s", what, c)
	}
}

// checkTerminal checks what a command wrote to a pseudo-terminal: none of
// the payloads' controls, and, for a command that draws no screen, no
// control outside backroll's own escape sequences.
func checkTerminal(t *testing.T, what, out string, drawn bool, ps []payload) {
	t.Helper()
	for _, p := range ps {
		for _, l := range leaks(p) {
			if strings.Contains(out, l) {
				t.Errorf("%s: %s (%q) reached the terminal", what, p.what, l)
			}
		}
	}
	if !drawn {
		plain := strings.ReplaceAll(ansi.Strip(out), "\r\n", "\n")
		if c := controls(plain); c != "" {
			t.Errorf("%s: control characters on the terminal: %s", what, c)
		}
	}
}

// runPipe runs backroll as u with args, its output to pipes and its input
// empty, and returns what it wrote to both. A command that does not end
// within waitTimeout has hung, which is a failure too.
func runPipe(t *testing.T, u user, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, backrollBinary(t), args...)
	cmd.Env = testEnv(u)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Errorf("%q hung", args)
	case err != nil && !errors.As(err, &ee):
		t.Fatalf("%q: %v", args, err)
	case ee != nil && ee.ExitCode() > 2:
		t.Errorf("%q exited %d:\n%s", args, ee.ExitCode(), tail(out.String(), 2000))
	}
	return out.String()
}

// runTerminal runs backroll as u with args in a pseudo-terminal until it
// exits by itself, and returns all it wrote.
func runTerminal(t *testing.T, u user, args ...string) string {
	t.Helper()
	term := startTerminalAs(t, u, args...)
	if !waitChan(term.exited, waitTimeout) || !waitChan(term.outDone, waitTimeout) {
		t.Fatalf("%q did not end in a terminal:\n%s", args, tail(term.output(), 2000))
	}
	return term.output()
}
