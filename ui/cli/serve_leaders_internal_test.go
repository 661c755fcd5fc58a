package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/ui/serve"
)

// A key on the list of class leaders that joins second leads: its enter
// starts the class with its routine, and the first joiner's does not.
func TestServeListedLeaderLeads(t *testing.T) {
	ann, pat := newKey(t), newKey(t)
	leaders := filepath.Join(t.TempDir(), "class_leaders")
	if err := os.WriteFile(leaders, gossh.MarshalAuthorizedKey(pat.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	rooms := &class.Classes{}
	s := startServerWith(t, func(o *serve.Options) { o.Classes = rooms; o.Leaders = serve.Leaders{Path: leaders} }, ann, pat)
	// Both answered the first-run questions before: their enter is the
	// waiting screen's, not the first question's.
	for _, k := range []gossh.Signer{ann, pat} {
		conf := filepath.Join(s.home(t, k), "config", "config.toml")
		if err := os.MkdirAll(filepath.Dir(conf), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(conf, []byte(regularConfig), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	members := func(n int) *class.Room {
		t.Helper()
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if r, ok := rooms.Room("team"); ok && r.View("", time.Now()).Members == n {
				return r
			}
		}
		t.Fatalf("the class never had %d members", n)
		return nil
	}
	first := s.openPtyRun(t, ann, "class team glutes")
	members(1)
	second := s.openPtyRun(t, pat, "class team")
	room := members(2)
	// ann's enter comes first: were she leading, the class would roll
	// her glutes, and pat's enter would do nothing.
	first.press("\r")
	time.Sleep(200 * time.Millisecond)
	second.press("\r")
	for deadline := time.Now().Add(15 * time.Second); !room.View("", time.Now()).Started; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("pat's enter did not start the class")
		}
	}
	if v := room.View("", time.Now()); v.RoutineID != "nightly" {
		t.Errorf("the class rolls %q; want pat's (nightly): the listed leader leads", v.RoutineID)
	}
	for _, p := range []*ptyScreen{first, second} {
		p.press("q") // leaving a class under way asks first, as a session does
		p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Leave the class?") }, "the question")
		p.press("y")
		p.waitEnd(t)
	}
}

// The list of class leaders: none when the default file is missing, and a
// clear refusal to start when the one given is missing or has a line that
// is not a key.
func TestServeLeadersFlag(t *testing.T) {
	dir := t.TempDir()
	if l, err := classLeaders(filepath.Join(dir, "class_leaders"), false); err != nil || l.Path != "" {
		t.Errorf("no default file: %+v, %v; want nobody listed", l, err)
	}
	keys := filepath.Join(dir, "authorized_keys")
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(newKey(t).PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("# leaders\nssh-ed25519 AAAA-broken\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{filepath.Join(dir, "none"): "does not exist", bad: "bad:2: not a public key"} {
		var out, errs bytes.Buffer
		code := Main(context.Background(), []string{"serve", "--authorized-keys", keys, "--leaders", file,
			"--data-dir", dir, "--listen", "127.0.0.1:0"}, "test", &out, &errs)
		if code != ExitQuit || !strings.Contains(errs.String(), want) {
			t.Errorf("--leaders %s: exit %d, stderr %q; want 1 and %q", file, code, errs.String(), want)
		}
	}
}
