package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/serve"
)

// A client that reads nothing of what the app draws, while it keeps its
// connection busy (resizing its window, typing), has its connection
// closed once a write has waited WriteTimeout: the session ends as on q
// rather than holding its goroutines, its slot and what it was sent.
func TestServeHostileClientReadsNothing(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.WriteTimeout = time.Second }, ann)
	before := goroutines()
	c, sess := rawSession(t, s, ann)
	defer c.Close()
	if _, err := sess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 100, 300, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		_ = sess.Wait()
	}()
	busy := time.NewTicker(time.Millisecond)
	defer busy.Stop()
	for i := 0; ; i++ {
		select {
		case <-ended:
			if !strings.Contains(s.log.String(), "took in nothing") {
				t.Errorf("the log does not say why the connection was closed:\n%s", s.log.String())
			}
			t.Logf("closed after %s", time.Since(start).Round(time.Millisecond))
			c.Close()
			settled(t, before)
			return
		case <-busy.C:
			// Tips and back: the whole screen drawn again, twice; a new
			// size too.
			_ = sess.WindowChange(60+i%2*40, 200+i%2*100)
			_, _ = in.Write([]byte("t\x1b[27u")) // esc, as kitty keyboards send it
		}
		// Its 2 MiB window fills in about 5 s (20 with -race).
		if time.Since(start) > time.Minute {
			t.Fatalf("a client that read nothing for a minute still has its session; heap %d MiB", heap()>>20)
		}
	}
}

// Input without end, from a client that reads what is drawn (keys faster
// than any app takes them, a paste or a terminal's answer that never
// ends), costs the server a bounded amount of memory. The app still
// answers the q after a paste or an answer; keys past those it can take
// are dropped, so the flood's q may be, but its session ends with its
// connection.
func TestServeHostileEndlessInput(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	for _, tc := range []struct{ start, fill, end string }{
		{"", "x", ""},
		{"\x1b[200~", "x", "\x1b[201~"},
		{"\x1b]11;", "0", "\x07"},
		{"\x1bP", "1", "\x1b\\"},
	} {
		base := heap()
		c, sess := rawSession(t, s, ann)
		out, err := sess.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() { _, _ = io.Copy(io.Discard, out) }()
		in, err := sess.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		chunk := []byte(strings.Repeat(tc.fill, 32<<10))
		sent := 0
		if _, err := in.Write([]byte(tc.start)); err != nil {
			t.Fatal(err)
		}
		for start := time.Now(); time.Since(start) < 2*time.Second; {
			n, err := in.Write(chunk)
			if sent += n; err != nil {
				t.Fatal(err)
			}
		}
		grew := int64(heap()) - int64(base)
		t.Logf("%q then %d MiB of %q: server heap +%d MiB", tc.start, sent>>20, tc.fill, grew>>20)
		// Unbounded, 2 s of keys took 300 MiB, of a paste 30, and grew
		// on; up to 60 MiB of the heap can be the test's own (the
		// emulators of earlier tests, 4 MiB each).
		if grew > 128<<20 {
			t.Errorf("%q then %d MiB of %q took %d MiB of the server's memory", tc.start, sent>>20, tc.fill, grew>>20)
		}
		if tc.start != "" {
			if _, err := in.Write([]byte(tc.end + "q")); err != nil {
				t.Fatal(err)
			}
			if err := within(t, 10*time.Second, "quitting after "+tc.start[1:], sess.Wait); err != nil {
				t.Errorf("%q: q ended the session with %v", tc.start, err)
			}
		}
		c.Close()
	}
	settled(t, before)
}

// A client's keepalives (ssh's ServerAliveInterval) keep its connection
// busy, but a session where nothing is typed or drawn for the idle
// timeout still ends, as it does for a client that sends none.
func TestServeHostileKeepalivesAreNotActivity(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.IdleTimeout = 500 * time.Millisecond }, ann)
	before := goroutines()
	c, sess := rawSession(t, s, ann)
	defer c.Close()
	out, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	for start := time.Now(); !strings.Contains(s.log.String(), "command app"); time.Sleep(100 * time.Millisecond) {
		if time.Since(start) > 10*time.Second {
			t.Fatalf("a quiet session lived 10 s on keepalives with a 0.5 s idle timeout:\n%s", s.log.String())
		}
		_, _, _ = c.SendRequest("keepalive@openssh.com", true, nil)
	}
	if !strings.Contains(s.log.String(), "no key and nothing drawn") {
		t.Errorf("the log does not say why the session ended:\n%s", s.log.String())
	}
	c.Close()
	settled(t, before)
}

// A client that goes mid-hold, while the countdown is being drawn, ends
// its session as q would: the finished hold is saved.
func TestServeHostileGoneMidHold(t *testing.T) {
	bob := newKey(t)
	s := startServer(t, bob)
	config := filepath.Join(s.home(t, bob), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(regularConfig+"\n[session]\nhold = \"10s\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := s.openPty(t, bob)
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Nightly roll") }, "home")
	p.press("\r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Get ready") }, "the get-ready")
	p.press("\r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "2 of") }, "the second area")
	p.sess.Close()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(s.log.String(), "command app"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the app still runs 10 s after its client went mid-hold:\n%s", s.log.String())
		}
	}
	hist, err := os.ReadFile(filepath.Join(s.home(t, bob), "data", "history.jsonl"))
	if err != nil {
		t.Fatalf("no history after the client went: %v", err)
	}
	if h := strings.Count(string(hist), `"kind":"hold"`); h != 1 {
		t.Errorf("history has %d holds, want the 1 finished:\n%s", h, hist)
	}
}

// A session closed while its connection stays open (one of a multiplexing
// client's) ends on the server, as one whose connection went does.
func TestServeHostileSessionClosedConnectionKept(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	c, sess := rawSession(t, s, ann)
	defer c.Close()
	out, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAtLeast(out, make([]byte, 4096), 100); err != nil {
		t.Fatal(err)
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	sess.Close()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(s.log.String(), "command app") {
		if time.Now().After(deadline) {
			t.Fatalf("the app still runs on the server 10 s after its session was closed:\n%s", s.log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.Close()
	settled(t, before)
}
