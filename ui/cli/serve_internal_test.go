package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/serve"
)

// server is backroll serve running in the test, on a free port, with a
// data folder of its own.
type server struct {
	addr, data string
	log        *syncBuffer
	stop       func() error // stops it as SIGTERM does
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newKey(t *testing.T) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// startServer serves the keys allowed until the test ends, then stops it
// as SIGTERM does and checks it stopped.
func startServer(t *testing.T, allowed ...gossh.Signer) *server {
	t.Helper()
	return startServerWith(t, func(*serve.Options) {}, allowed...)
}

// startServerWith is startServer with its options changed by set.
func startServerWith(t *testing.T, set func(*serve.Options), allowed ...gossh.Signer) *server {
	t.Helper()
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	var list bytes.Buffer
	list.WriteString("# the people of this server\n\n")
	for _, k := range allowed {
		list.Write(gossh.MarshalAuthorizedKey(k.PublicKey()))
	}
	if err := os.WriteFile(keys, list.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	s := &server{data: filepath.Join(dir, "serve"), log: &syncBuffer{}}
	ready := make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	o := serve.Options{Listen: "127.0.0.1:0", DataDir: s.data,
		Allowed: serve.Allowed{Path: keys}, MaxSessions: 4, IdleTimeout: time.Minute, Log: s.log,
		Run: runSession("test"), Ready: func(a fmt.Stringer) { ready <- a.String() }}
	set(&o)
	go func() { done <- serve.Serve(ctx, o) }()
	select {
	case s.addr = <-ready:
	case err := <-done:
		t.Fatalf("the server did not start: %v", err)
	}
	var once sync.Once
	var stopErr error
	s.stop = func() error {
		once.Do(func() {
			cancel()
			stopErr = <-done
		})
		return stopErr
	}
	t.Cleanup(func() {
		if err := s.stop(); err != nil {
			t.Errorf("stopping the server: %v", err)
		}
	})
	return s
}

func (s *server) dial(key gossh.Signer) (*gossh.Client, error) {
	return gossh.Dial("tcp", s.addr, &gossh.ClientConfig{User: "roller", Auth: []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
}

// run runs command in a session without a pty.
func (s *server) run(t *testing.T, key gossh.Signer, command string) (code int, stdout, stderr string) {
	t.Helper()
	c, err := s.dial(key)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errs
	err = sess.Run(command)
	var exit *gossh.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitStatus()
	case err != nil:
		t.Fatal(err)
	}
	return code, out.String(), errs.String()
}

// home is the folder of key's person on s.
func (s *server) home(t *testing.T, key gossh.Signer) string {
	fp, err := serve.Fingerprint(key.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(s.data, "users", fp)
}

// A session's command ends in its key's own history, and another key has
// its own: a session without a pty coaches in plain lines.
func TestServeEachKeyItsOwnHistory(t *testing.T) {
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.Local)}
	t.Cleanup(func() { plainClock = nil })
	ann, bob := newKey(t), newKey(t)
	s := startServer(t, ann, bob)
	code, out, errs := s.run(t, ann, "start glutes --hold 20s --breath 2-3")
	if code != ExitOK {
		t.Fatalf("ann's session: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"Left glute, figure four: hold for 20 seconds.", "Session complete. Well done."} {
		if !strings.Contains(out, want) {
			t.Errorf("ann's plain session lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("escape codes in a session without a pty:\n%q", out)
	}
	hist, err := os.ReadFile(filepath.Join(s.home(t, ann), "data", "history.jsonl"))
	if err != nil {
		t.Fatalf("ann's history: %v", err)
	}
	if h := strings.Count(string(hist), `"kind":"hold"`); h != 2 {
		t.Errorf("ann's history has %d holds, want 2:\n%s", h, hist)
	}
	code, out, errs = s.run(t, bob, "stats --json")
	if code != ExitOK || !strings.Contains(strings.ReplaceAll(out, " ", ""), `"total_sessions":0`) {
		t.Errorf("bob's stats: exit %d, stderr %q, out:\n%s", code, errs, out)
	}
	code, out, errs = s.run(t, ann, "stats --json")
	if code != ExitOK || !strings.Contains(strings.ReplaceAll(out, " ", ""), `"total_sessions":1`) {
		t.Errorf("ann's stats: exit %d, stderr %q, out:\n%s", code, errs, out)
	}
	if code, out, _ := s.run(t, ann, "status"); code != ExitOK || out == "" {
		t.Errorf("status: exit %d, out %q", code, out)
	}
	if _, err := os.Stat(filepath.Join(s.home(t, bob), "data", "history.jsonl")); err == nil {
		t.Errorf("bob has a history of his own without rolling")
	}
	if code, _, errs := s.run(t, ann, "history merge /etc/passwd"); code != ExitUsage || !strings.Contains(errs, "not served") {
		t.Errorf("a command on the server's files: exit %d, stderr %q; want 2 and not served", code, errs)
	}
	if code, _, errs := s.run(t, ann, "report --output /tmp/x"); code != ExitUsage || !strings.Contains(errs, "not served") {
		t.Errorf("report --output: exit %d, stderr %q; want 2 and not served", code, errs)
	}
	log := s.log.String()
	if n := strings.Count(log, "command "); n != 6 || !strings.Contains(log, "command start") || strings.Contains(log, "glutes") {
		t.Errorf("the log has %d sessions, want 6, with the command's name and nothing typed after it:\n%s", n, log)
	}
}

// A key not on the list gets no session.
func TestServeRefusesAnUnknownKey(t *testing.T) {
	s := startServer(t, newKey(t))
	if c, err := s.dial(newKey(t)); err == nil {
		c.Close()
		t.Fatal("an unknown key was let in")
	}
}

// Without a list of keys the server does not start open to everyone.
func TestServeNeedsAListOfKeys(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	code := Main(context.Background(), []string{"serve", "--authorized-keys", filepath.Join(dir, "none"),
		"--data-dir", dir, "--listen", "127.0.0.1:0"}, "test", &out, &errs)
	if code != ExitQuit || !strings.Contains(errs.String(), "does not exist") || !strings.Contains(errs.String(), "--open") {
		t.Errorf("exit %d, stderr %q; want 1, naming the missing file and --open", code, errs.String())
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("# nobody yet\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	errs.Reset()
	code = Main(context.Background(), []string{"serve", "--authorized-keys", empty, "--data-dir", dir}, "test", &out, &errs)
	if code != ExitQuit || !strings.Contains(errs.String(), "lists no public key") {
		t.Errorf("exit %d, stderr %q; want 1 and no public key", code, errs.String())
	}
}

// A new key's first session asks the first-run questions; a known one
// opens at home, drawn for the session's window, and redrawn for a new
// one.
func TestServeFullScreen(t *testing.T) {
	ann, bob := newKey(t), newKey(t)
	s := startServer(t, ann, bob)
	first := s.openPty(t, ann)
	first.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "the first-run questions")

	config := filepath.Join(s.home(t, bob), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(regularConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	home := s.openPty(t, bob)
	scr := home.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Nightly roll") }, "home")
	before := maxLineWidth(scr)
	home.mu.Lock()
	home.emu.Resize(120, 30)
	home.mu.Unlock()
	if err := home.sess.WindowChange(30, 120); err != nil {
		t.Fatal(err)
	}
	home.waitFor(t, func(scr string) bool {
		return strings.Contains(scr, "Nightly roll") && maxLineWidth(scr) > before+20
	}, fmt.Sprintf("home redrawn for 120 columns (it was %d wide at 80)", before))
	// q at home leaves: the client's terminal gets its screen back.
	home.press("q")
	if code := home.waitEnd(t); code != ExitOK {
		t.Errorf("quit from home: exit %d, want 0", code)
	}
	if out := home.output(); !strings.HasSuffix(out, "\x1b[?1049l") && !strings.Contains(out[max(0, len(out)-64):], "\x1b[?1049l") {
		t.Errorf("the session did not leave the alternate screen at the end: %q", out[max(0, len(out)-64):])
	}
}

// Stopping the server (SIGTERM) ends a full-screen session mid-routine as
// q would, with its finished hold saved, and the server returns in time.
func TestServeStopSavesRunningSessions(t *testing.T) {
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
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "this area") }, "the hold")
	// A few seconds of the countdown, each drawn as the cells that
	// changed: a renderer that took the emulated pty's "\r\n" for a bare
	// line feed drew its digits out of line.
	time.Sleep(2500 * time.Millisecond)
	if scr := p.text(); !digitsInLine(scr) {
		t.Errorf("the countdown's digits are out of line over SSH:\n%s", scr)
	}
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "2 of") }, "the second area")
	start := time.Now()
	if err := s.stop(); err != nil {
		t.Fatalf("stopping: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the server took %s to stop", d)
	}
	p.waitEnd(t)
	hist, err := os.ReadFile(filepath.Join(s.home(t, bob), "data", "history.jsonl"))
	if err != nil {
		t.Fatalf("no history after the stop: %v", err)
	}
	if h := strings.Count(string(hist), `"kind":"hold"`); h != 1 {
		t.Errorf("history has %d holds, want the 1 finished:\n%s", h, hist)
	}
}

// maxLineWidth is where the rightmost text on scr ends.
func maxLineWidth(scr string) int {
	w := 0
	for _, l := range strings.Split(scr, "\n") {
		w = max(w, len([]rune(strings.TrimRight(l, " "))))
	}
	return w
}

// digitsInLine reports whether the big countdown on a hold screen at 80x24
// is drawn in place: each of its rows (those of the top half with a block
// left of the middle) starts at the same column, as the first digit, a 0,
// has a full left side.
func digitsInLine(scr string) bool {
	col, rows := -1, 0
	lines := strings.Split(scr, "\n")
	for _, l := range lines[:min(len(lines), 12)] {
		r := []rune(l)
		left := string(r[:min(len(r), 40)])
		if !strings.ContainsAny(left, "█▇") {
			continue
		}
		rows++
		start := len([]rune(left)) - len([]rune(strings.TrimLeft(left, " ")))
		if col >= 0 && start != col {
			return false
		}
		col = start
	}
	return rows >= 5
}

// An empty command is the app, never the process's own arguments (cobra
// reads nil args as os.Args: the server's serve --listen...).
func TestForNilArgsIsNotTheProcesssArgs(t *testing.T) {
	args := os.Args
	t.Cleanup(func() { os.Args = args })
	os.Args = []string{"backroll", "--bogus-flag-of-the-server"}
	w := Home(t.TempDir())
	w.Getenv, w.Remote = EnvGetter([]string{"TERM=xterm"}), true
	var out, errs bytes.Buffer
	For(context.Background(), w, nil, "test", &out, &errs)
	if strings.Contains(errs.String(), "bogus") || !strings.Contains(errs.String(), "needs a terminal") {
		t.Errorf("stderr %q; want the app's own message, not the server's arguments", errs.String())
	}
}

// A client's TZ is the person's clock: their records are stamped in it,
// not in the server's zone.
func TestServeSessionTimeZone(t *testing.T) {
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.UTC)}
	t.Cleanup(func() { plainClock = nil })
	ann := newKey(t)
	s := startServer(t, ann)
	c, err := s.dial(ann)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("TZ", "Pacific/Kiritimati"); err != nil {
		t.Fatal(err)
	}
	if out, err := sess.CombinedOutput("start glutes --hold 20s --breath 2-3"); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	hist, err := os.ReadFile(filepath.Join(s.home(t, ann), "data", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	// 21:00 UTC on the 1st is 11:00 on the 2nd at UTC+14.
	if !strings.Contains(string(hist), `"start":"2026-03-02T11:00`) || !strings.Contains(string(hist), "+14:00") {
		t.Errorf("the records are not on the session's clock (Pacific/Kiritimati, UTC+14):\n%s", hist)
	}
}
