package cli

import (
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/serve"
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
		// The app draws home, then follows a change to as large a window.
		buf := make([]byte, 64<<10)
		if _, err := io.ReadAtLeast(out, buf, 100); err != nil {
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
			// Each new size is the whole screen drawn again; each key
			// a message the app takes.
			_ = sess.WindowChange(60+i%2*40, 200+i%2*100)
			_, _ = in.Write([]byte("xyz"))
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
		// Unbounded, 2 s of keys took 300 MiB, of a paste 30; some of
		// the heap is the test's own (the emulators of other tests).
		if grew > 64<<20 {
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

// Requests a session has no use for are refused, variables beyond the few
// a session hears are not kept, and a connection has at most 4 sessions:
// a client cannot make the server hold more for it by asking.
func TestServeHostileRequests(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	c, sess := rawSession(t, s, ann)
	base := heap()
	big := strings.Repeat("\x1b[31m", 200<<10/5)
	for i := range 2000 {
		name := "LANG"
		if i%2 == 1 {
			name = fmt.Sprintf("X%d", i)
		}
		_ = sess.Setenv(name, big)
	}
	if grew := int64(heap()) - int64(base); grew > 8<<20 {
		t.Errorf("2000 variables of 200 KiB took %d MiB of the server's memory", grew>>20)
	}
	if err := sess.Setenv("LANG", "C.UTF-8"); err != nil {
		t.Errorf("a short LANG was refused: %v", err)
	}
	for _, req := range []string{"auth-agent-req@openssh.com", "x11-req", "subsystem"} {
		payload := []byte(nil)
		if req == "subsystem" {
			payload = gossh.Marshal(struct{ Name string }{"sftp"})
		}
		if ok, err := sess.SendRequest(req, true, payload); ok || err != nil {
			t.Errorf("%s: granted %v (%v); want refused", req, ok, err)
		}
	}
	if _, _, err := c.OpenChannel("direct-tcpip", gossh.Marshal(struct {
		Host     string
		Port     uint32
		OrigHost string
		OrigPort uint32
	}{"127.0.0.1", 22, "127.0.0.1", 1})); err == nil {
		t.Error("a port forward was let through")
	}
	if ok, _, _ := c.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
		Addr string
		Port uint32
	}{"127.0.0.1", 0})); ok {
		t.Error("a remote port forward was granted")
	}
	// Sessions that do nothing, four at most on the connection.
	var opened []*gossh.Session
	for range 10 {
		if more, err := c.NewSession(); err == nil {
			opened = append(opened, more)
		}
	}
	if len(opened) != 3 {
		t.Errorf("%d more sessions opened on one connection beside the first; want 3", len(opened))
	}
	// Closing one leaves room for another.
	if len(opened) > 0 {
		opened[0].Close()
		var err error
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			var again *gossh.Session
			if again, err = c.NewSession(); err == nil {
				again.Close()
				break
			}
		}
		if err != nil {
			t.Errorf("no session after one was closed: %v", err)
		}
	}
	c.Close()
	settled(t, before)
}

// Connections that never log in are held to twice the sessions and a few:
// past that a new one is closed at once, and the room comes back when
// they go.
func TestServeHostileIdleConnections(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.MaxSessions = 1 }, ann)
	before := goroutines()
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for range 10 { // 2x1+8
		c, err := net.Dial("tcp", s.addr)
		if err != nil {
			t.Fatal(err)
		}
		idle = append(idle, c)
	}
	// The server has read nothing of them yet: its count may lag.
	time.Sleep(200 * time.Millisecond)
	if c, err := s.dial(ann); err == nil {
		c.Close()
		t.Error("a connection past the bound was let in")
	}
	for _, c := range idle {
		c.Close()
	}
	idle = nil
	var err error
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var c *gossh.Client
		if c, err = s.dial(ann); err == nil {
			c.Close()
			break
		}
	}
	if err != nil {
		t.Errorf("no connection once the others went: %v", err)
	}
	settled(t, before)
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

// A command string is the client's: long, with escapes, marks that reorder
// text, NUL. It is refused or run, but what is said of it is inert, and
// nothing of it reaches the server's log.
func TestServeHostileCommands(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	for _, command := range []string{
		"\x1b]0;owned\x07\x1b[2J", "start \u202egnol\x1b[31m", "status\x00rm", "stats " + strings.Repeat("\x1b[5m", 20000),
		strings.Repeat("é", 100000), "routines '\x1b]52;c;aGk=\x07", "class \u202eteam",
	} {
		var errs string
		_ = within(t, 10*time.Second, fmt.Sprintf("%.20q", command), func() error {
			_, _, errs = s.run(t, ann, command)
			return nil
		})
		if strings.ContainsAny(errs, "\x1b\x00\u202e") {
			t.Errorf("%.30q: the message holds what it was sent: %.200q", command, errs)
		}
	}
	if log := s.log.String(); strings.ContainsAny(log, "\x1b\x00\u202eé") || strings.Contains(log, "owned") || strings.Count(log, "\n") != 7 {
		t.Errorf("the log holds what clients sent, or not a line a session:\n%q", log)
	}
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
