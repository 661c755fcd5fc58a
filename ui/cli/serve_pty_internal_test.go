package cli

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/serve"
)

// ptyScreen is a pty session drawn on an emulator.
type ptyScreen struct {
	mu    sync.Mutex
	emu   *vt.Emulator
	raw   bytes.Buffer // all the session wrote
	sess  *gossh.Session
	ended chan struct{} // the session's output has ended
	// track, when set, is read off the screen after every write: shown
	// holds the wall time each value it finds was first on screen.
	track func(scr string) string
	shown map[string]time.Time
}

// tracking starts noting when each value track finds first shows.
func (p *ptyScreen) tracking(track func(string) string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.track, p.shown = track, map[string]time.Time{}
}

// firstShown is when v first showed, if it did.
func (p *ptyScreen) firstShown(v string) (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	at, ok := p.shown[v]
	return at, ok
}

func (p *ptyScreen) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.raw.String()
}

// press types keys, as the emulator sends them.
func (p *ptyScreen) press(keys string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.emu.SendText(keys)
}

// waitEnd waits for the session to end and returns its exit status.
func (p *ptyScreen) waitEnd(t *testing.T) int {
	t.Helper()
	select {
	case <-p.ended:
	case <-time.After(15 * time.Second):
		t.Fatalf("the session did not end:\n%s", p.text())
	}
	var exit *gossh.ExitError
	var missing *gossh.ExitMissingError
	err := p.sess.Wait()
	switch {
	case errors.As(err, &exit):
		return exit.ExitStatus()
	case errors.As(err, &missing):
		return -1 // the connection was closed under it
	case err != nil:
		t.Fatal(err)
	}
	return 0
}

func (p *ptyScreen) text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.emu.String()
}

func (p *ptyScreen) waitFor(t *testing.T, want func(string) bool, what string) string {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if scr := p.text(); want(scr) {
			return scr
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the screen never showed %s:\n%s", what, p.text())
	return ""
}

// openPty starts the app in an 80x24 pty session as key.
func (s *server) openPty(t *testing.T, key gossh.Signer) *ptyScreen {
	t.Helper()
	return s.openPtyRun(t, key, "")
}

// openPtyRun runs command ("" is the app) in an 80x24 pty session as key.
func (s *server) openPtyRun(t *testing.T, key gossh.Signer, command string) *ptyScreen {
	t.Helper()
	return s.openPtyEnv(t, key, command)
}

// openPtyEnv is openPtyRun with the client sending env, NAME=value each.
func (s *server) openPtyEnv(t *testing.T, key gossh.Signer, command string, env ...string) *ptyScreen {
	t.Helper()
	c, err := s.dial(key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	p := &ptyScreen{emu: vt.NewEmulator(80, 24), sess: sess, ended: make(chan struct{})}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(name, value); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	start := sess.Shell
	if command != "" {
		start = func() error { return sess.Start(command) }
	}
	if err := start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(p.ended)
		buf := make([]byte, 32<<10)
		for {
			n, err := stdout.Read(buf)
			at := time.Now()
			p.mu.Lock()
			p.emu.Write(buf[:n])
			p.raw.Write(buf[:n])
			if p.track != nil {
				if v := p.track(p.emu.String()); v != "" {
					if _, seen := p.shown[v]; !seen {
						p.shown[v] = at
					}
				}
			}
			p.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	// The emulator's answers (the background colour) and keys go back.
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := p.emu.Read(buf)
			if n > 0 {
				stdin.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	return p
}

// At most MaxSessions run at once; the next is told the server is full.
func TestServeMaxSessions(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.MaxSessions = 2 }, ann)
	for range 2 {
		s.openPty(t, ann).waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller") }, "the first-run questions")
	}
	if code, _, errs := s.run(t, ann, "status"); code != ExitQuit || !strings.Contains(errs, "the server is full") {
		t.Errorf("a third session: exit %d, stderr %q; want 1 and the server is full", code, errs)
	}
}

// A connection quiet for the idle timeout is closed, and its app ends.
func TestServeIdleTimeout(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.IdleTimeout = 500 * time.Millisecond }, ann)
	p := s.openPty(t, ann)
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller") }, "the first-run questions")
	if code := p.waitEnd(t); code != -1 {
		t.Errorf("the session ended with status %d; want its connection closed", code)
	}
	// The app on the server ended too: its line is in the log.
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(s.log.String(), "command app") {
		if time.Now().After(deadline) {
			t.Fatalf("the app did not end on the server:\n%s", s.log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}
