package cli

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/custom"
)

// What a session says to type next is typed through ssh: `backroll tips`
// at the person's own terminal would run their own machine's backroll,
// or none (seen trying serve with OpenSSH).
func TestServeNamesCommandsThroughSSH(t *testing.T) {
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.Local)}
	t.Cleanup(func() { plainClock = nil })
	ann := newKey(t)
	s := startServer(t, ann)
	for _, tt := range []struct{ command, want string }{
		{"tips nosuchword", "`ssh -p PORT HOST tips` lists them all"},
		{"start nosuch", "`ssh -p PORT HOST routines` lists them"},
		{"start nightlyy", "did you mean nightly? `ssh -p PORT HOST routines` lists them"},
	} {
		code, out, errs := s.run(t, ann, tt.command)
		if code == ExitOK || !strings.Contains(errs, tt.want) || strings.Contains(out+errs, "backroll tips") ||
			strings.Contains(out+errs, "backroll routines") {
			t.Errorf("%s: exit %d, stderr %q; want %q", tt.command, code, errs, tt.want)
		}
	}
	// setup without a terminal says how to ask ssh for one.
	if code, _, errs := s.run(t, ann, "setup"); code == ExitOK || !strings.Contains(errs, "which ssh gives with -t: ssh -t -p PORT HOST setup") {
		t.Errorf("setup without a pty: exit %d, stderr %q", code, errs)
	}
	// A plain first run, never asked the screening.
	code, out, errs := s.run(t, ann, "start glutes --hold 10s")
	if code != ExitOK || !strings.Contains(out, "answer with ssh -t -p PORT HOST setup,") || strings.Contains(out, "backroll setup") {
		t.Errorf("a plain first run: exit %d, stderr %q, out:\n%s", code, errs, out)
	}
	// Someone new to rolling, whose areas are shorter until setup says
	// otherwise.
	conf := filepath.Join(s.home(t, ann), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(conf), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf, []byte("[profile]\nfirst_time = true\nonboarded = true\nsafety_seen = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// and a routine of their own, in their folder on the server, which
	// the list does not name.
	if _, err := custom.New(filepath.Join(s.home(t, ann), "config", "routines"), "desk day"); err != nil {
		t.Fatal(err)
	}
	code, out, errs = s.run(t, ann, "routines")
	if code != ExitOK || !strings.Contains(out, "`ssh -t -p PORT HOST setup` changes that.") || strings.Contains(out, "backroll setup") ||
		!strings.Contains(out, "\nYour own:\n") || strings.Contains(out, s.data) {
		t.Errorf("routines: exit %d, stderr %q, out:\n%s", code, errs, out)
	}
}

// The line serve starts with names the port it listens on, which its
// owner types after ssh -p.
func TestServeSaysItsPort(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(newKey(t).PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	var out, errs syncBuffer
	done := make(chan int)
	go func() {
		done <- Main(ctx, []string{"serve", "--authorized-keys", keys, "--leaders", keys, "--data-dir", dir,
			"--listen", "127.0.0.1:0"}, "test", &out, &errs)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(errs.String(), "\n") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	<-done
	line, _, _ := strings.Cut(errs.String(), "\n")
	addr, _, _ := strings.Cut(strings.TrimPrefix(line, "backroll serve: listening on "), " ")
	_, port, err := net.SplitHostPort(addr)
	if err != nil || port == "0" || !strings.HasSuffix(line, "; ssh -p "+port+" HOST to roll") {
		t.Errorf("the first line does not name the port it listens on (%v):\n%s", err, line)
	}
}

// A session's help lists what a session may run, as typed through ssh:
// not remind, history, config or --data-dir, which are refused, nor the
// server's own folders.
func TestServeHelpListsWhatIsServed(t *testing.T) {
	ann := newKey(t)
	s := startServer(t, ann)
	code, out, errs := s.run(t, ann, "help")
	if code != ExitOK {
		t.Fatalf("help: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"start ", "status ", "stats ", "tips ", "report ", "routines ", "setup ",
		`Use "ssh -p PORT HOST help [command]"`, "ssh -p PORT HOST tips red flags lists every sign"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	for _, cmd := range []string{"help report", "help routines", "help start", "help tips", "help status", "help"} {
		_, out, _ := s.run(t, ann, cmd)
		for _, refused := range []string{"--data-dir", "--output", "routines new", "routines add", "backroll tips",
			"backroll setup", "  backroll ", `"backroll [command] --help"`} {
			if strings.Contains(out, refused) {
				t.Errorf("%s names %q, which a session cannot run:\n%s", cmd, refused, out)
			}
		}
		if listed := regexp.MustCompile(`(?m)^ +(remind|history|config|cues|completion|man|pause) `).FindString(out); listed != "" {
			t.Errorf("%s lists %q, which a session cannot run:\n%s", cmd, listed, out)
		}
		if home, _ := os.UserHomeDir(); home != "" && strings.Contains(out, home) {
			t.Errorf("%s names a folder of the server's (%s):\n%s", cmd, home, out)
		}
	}
	if _, out, _ := s.run(t, ann, "help start"); !strings.Contains(out, "  ssh -t -p PORT HOST start lower-back --hold 45s") {
		t.Errorf("help start's examples are not typed through ssh:\n%s", out)
	}
}

// Voice cues chosen over SSH: the session says they are off there and
// the bell rings in their place, as when a machine has no voice (seen:
// cues = voice over SSH was silent, and said nothing).
func TestServeVoiceSaysItIsOff(t *testing.T) {
	ann := newKey(t)
	s := startServer(t, ann)
	conf := filepath.Join(s.home(t, ann), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(conf), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf, []byte("[profile]\nonboarded = true\nsafety_seen = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := s.openPtyRun(t, ann, "start mid-back --cues voice")
	p.waitFor(t, func(scr string) bool {
		return strings.Contains(strings.Join(strings.Fields(scr), " "), "Voice cues are off over SSH")
	}, "why the voice is silent")
	p.press("\r") // the hold now
	// A bell of its own, not one that ends a query (OSC 11's).
	osc := regexp.MustCompile("\x1b\\][^\a\x1b]*(\a|\x1b\\\\)")
	rang := func() bool { return strings.Contains(osc.ReplaceAllString(p.output(), ""), "\a") }
	deadline := time.Now().Add(10 * time.Second)
	for !rang() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !rang() {
		t.Errorf("no bell in the voice's place as the hold began:\n%s", p.text())
	}
	p.press("q")
}
