package cli

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Attacks a hostile SSH client can make on backroll serve with what it
// controls: its window sizes, requests, environment and bytes, and whether
// it reads at all. Each ends with the server's goroutines back where they
// were, and none takes longer than a few seconds.

// hostileServer serves key, who has answered the first-run questions (the
// app opens at home), and returns the goroutines running before any client.
func hostileServer(t *testing.T, key gossh.Signer) (*server, int) {
	t.Helper()
	s := startServer(t, key)
	config := filepath.Join(s.home(t, key), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(regularConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	return s, goroutines()
}

func goroutines() int {
	runtime.GC()
	return runtime.NumGoroutine()
}

// settled waits for the goroutines to come back to at most before, once
// every client has gone.
func settled(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for goroutines() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines still run after the clients went, %d before:\n%s",
				runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// heap is the memory the heap holds, after a collection.
func heap() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// rawSession is a session on a new connection of key, with nothing asked
// for yet.
func rawSession(t *testing.T, s *server, key gossh.Signer) (*gossh.Client, *gossh.Session) {
	t.Helper()
	c, err := s.dial(key)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		c.Close()
		t.Fatal(err)
	}
	return c, sess
}

// within runs f and fails the test if it takes longer than d.
func within(t *testing.T, d time.Duration, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		t.Fatalf("%s took more than %s", what, d)
		return nil
	}
}

// A window of any size the client names (the protocol allows 2³²-1 by
// 2³²-1) costs a session no more than a screen may be, whether asked with
// the pty or changed later; sizes of 0 are the usual 80x24.
func TestServeHostileWindowSizes(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	base := heap()
	for _, size := range [][2]int{{65535, 65535}, {1 << 31, 1 << 31}, {int(^uint32(0)), 3}, {0, 0}, {1, 1}} {
		c, sess := rawSession(t, s, ann)
		out, err := sess.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		in, err := sess.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm-256color", size[1], size[0], gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		// The app draws (at 1x1 hardly anything), then follows a change
		// to as large a window.
		buf := make([]byte, 64<<10)
		if _, err := io.ReadAtLeast(out, buf, 16); err != nil {
			t.Fatalf("%dx%d: nothing drawn: %v", size[0], size[1], err)
		}
		if err := sess.WindowChange(size[0], size[1]); err != nil {
			t.Fatal(err)
		}
		go func() { _, _ = io.Copy(io.Discard, out) }()
		time.Sleep(200 * time.Millisecond)
		grew := int64(heap()) - int64(base)
		t.Logf("%dx%d window: server heap +%d KiB", size[0], size[1], grew>>10)
		if grew > 64<<20 {
			t.Errorf("a %dx%d window took %d MiB of the server's memory", size[0], size[1], grew>>20)
		}
		if _, err := in.Write([]byte("q")); err != nil {
			t.Fatal(err)
		}
		if err := within(t, 10*time.Second, "quitting", sess.Wait); err != nil {
			t.Errorf("%dx%d: q ended the session with %v", size[0], size[1], err)
		}
		c.Close()
	}
	settled(t, before)
}

// A window change sent before the command, or to a command that does not
// draw, neither stalls the session nor holds the connection open.
func TestServeHostileWindowChangeNobodyWatches(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	c, sess := rawSession(t, s, ann)
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		if err := sess.WindowChange(24+i%5, 80+i%7); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	sess.Stdout = &out
	if err := within(t, 10*time.Second, "status after window changes", func() error { return sess.Run("status") }); err != nil {
		t.Errorf("status: %v", err)
	}
	if out.Len() == 0 {
		t.Error("status printed nothing")
	}
	c.Close()
	settled(t, before)
}

// A flood of window changes is drawn a few times a second, not once each
// (drawn as fast as they came, 2 s of them drew 2.7 MiB), and the last size is the one the
// screen ends at.
func TestServeHostileResizeFlood(t *testing.T) {
	ann := newKey(t)
	s, _ := hostileServer(t, ann)
	p := s.openPty(t, ann)
	scr := p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Nightly roll") }, "home")
	width := maxLineWidth(scr)
	drawn := len(p.output())
	sent := 0
	for start := time.Now(); time.Since(start) < 2*time.Second; sent++ {
		if err := p.sess.WindowChange(24+sent%2*20, 80+sent%2*60); err != nil {
			t.Fatal(err)
		}
	}
	p.mu.Lock()
	p.emu.Resize(120, 30)
	p.mu.Unlock()
	if err := p.sess.WindowChange(30, 120); err != nil {
		t.Fatal(err)
	}
	p.waitFor(t, func(scr string) bool {
		return strings.Contains(scr, "Nightly roll") && maxLineWidth(scr) > width+20
	}, "home drawn for the last size, 120 columns")
	drawn = len(p.output()) - drawn
	t.Logf("%d window changes in 2 s drew %d KiB", sent, drawn>>10)
	// 2 s at most 20 frames a second, each at most the whole screen.
	if drawn > 40*16<<10 {
		t.Errorf("%d window changes in 2 s drew %d KiB", sent, drawn>>10)
	}
	p.press("q")
	if code := p.waitEnd(t); code != ExitOK {
		t.Errorf("q after the flood: exit %d", code)
	}
}
