package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestCommand(t *testing.T) {
	for _, tc := range []struct {
		args []string
		name string // "" is refused
	}{
		{nil, "app"},
		{[]string{"status"}, "status"},
		{[]string{"start", "lower", "back", "--hold", "45s"}, "start"},
		{[]string{"stats", "--json"}, "stats"},
		{[]string{"routines"}, "routines"},
		{[]string{"setup"}, "setup"},
		{[]string{"class", "team", "nightly"}, "class"},
		{[]string{"history", "merge", "/etc/passwd"}, ""},
		{[]string{"config", "edit"}, ""},
		{[]string{"remind"}, ""},
		{[]string{"report", "--output", "/tmp/x"}, ""},
		{[]string{"report", "--output=/tmp/x"}, ""},
		{[]string{"stats", "--data-dir", "/"}, ""},
		{[]string{"routines", "--hold", "45s", "add", "/etc/passwd"}, ""},
		{[]string{"--data-dir=/"}, ""},
		{[]string{"\x1b[31mred"}, ""},
	} {
		name, err := Command(tc.args)
		if name != tc.name || (err == nil) != (tc.name != "") {
			t.Errorf("Command(%q) = %q, %v; want %q", tc.args, name, err, tc.name)
		}
		if err != nil && strings.ContainsRune(err.Error(), 0x1b) {
			t.Errorf("Command(%q) puts an escape code in its message: %q", tc.args, err)
		}
	}
}

func key(t *testing.T) gossh.PublicKey {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestAllowed(t *testing.T) {
	ann, bob := key(t), key(t)
	path := filepath.Join(t.TempDir(), "authorized_keys")
	a := Allowed{Path: path}
	if _, err := a.Check(); err == nil || a.Allows(ann) {
		t.Fatal("a missing list lets someone in")
	}
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("# nobody yet\n\n")
	if _, err := a.Check(); err == nil || !strings.Contains(err.Error(), "no public key") {
		t.Errorf("an empty list: %v", err)
	}
	write("# ann\n" + string(gossh.MarshalAuthorizedKey(ann)))
	if n, err := a.Check(); n != 1 || err != nil || !a.Allows(ann) || a.Allows(bob) {
		t.Errorf("ann listed: %d keys, %v; ann in %v, bob in %v", n, err, a.Allows(ann), a.Allows(bob))
	}
	write(string(gossh.MarshalAuthorizedKey(ann)) + "ssh-ed25519 not-a-key\n")
	if _, err := a.Check(); err == nil || !strings.Contains(err.Error(), "authorized_keys:2") {
		t.Errorf("a bad second line: %v; want it named by line", err)
	}
	if a.Allows(ann) {
		t.Error("a broken list still lets ann in")
	}
	if !(Allowed{Open: true}).Allows(bob) || (Allowed{Open: true}).Allows(nil) {
		t.Error("--open lets in any key, and nobody without one")
	}
}

func TestFingerprintIsAFileName(t *testing.T) {
	safe := regexp.MustCompile(`^SHA256-[A-Za-z0-9_-]{43}$`)
	seen := map[string]bool{}
	for range 50 {
		fp, err := Fingerprint(key(t))
		if err != nil || !safe.MatchString(fp) || seen[fp] {
			t.Fatalf("fingerprint %q, %v: want a safe, unique file name", fp, err)
		}
		seen[fp] = true
	}
	if _, err := Fingerprint(nil); err == nil {
		t.Error("no key has a fingerprint")
	}
}

func TestSessionEnv(t *testing.T) {
	sent := []string{"COLORFGBG=15;0", "PATH=/evil", "LD_PRELOAD=/x.so", "NO_COLOR=1", "TZ=Europe/Paris",
		"COLORTERM=" + strings.Repeat("x", 300)}
	got := sessionEnv(sent, "xterm-kitty", true)
	want := []string{"TERM=xterm-kitty", "COLORFGBG=15;0", "NO_COLOR=1", "TZ=Europe/Paris"}
	if !slices.Equal(got, want) {
		t.Errorf("sessionEnv = %q; want %q", got, want)
	}
	if got := sessionEnv(nil, "x\x1b]0;owned\a", true); !slices.Equal(got, []string{"TERM=xterm"}) {
		t.Errorf("a TERM with an escape code: %q; want TERM=xterm", got)
	}
	if got := sessionEnv([]string{"TERM=xterm"}, "", false); !slices.Equal(got, []string{"TERM=dumb"}) {
		t.Errorf("without a pty: %q; want TERM=dumb alone", got)
	}
}

func TestZone(t *testing.T) {
	if z := zone([]string{"TZ=:Europe/Paris"}); z == nil || z.String() != "Europe/Paris" {
		t.Errorf("TZ=:Europe/Paris gave %v", z)
	}
	for _, tz := range []string{"/etc/passwd", "../../../etc/passwd", "Nowhere/Atlantis", ""} {
		if z := zone([]string{"TZ=" + tz}); z != nil {
			t.Errorf("TZ=%q gave the zone %v; want none (the server's)", tz, z)
		}
	}
}

// The class leaders are read at every use; a line that is not a key is
// named by file and line, and a link or a FIFO is refused as for the
// allow-list.
func TestLeaders(t *testing.T) {
	ann, bob := key(t), key(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "class_leaders")
	l := Leaders{Path: path}
	if yes, err := (Leaders{}).Lists(ann); yes || err != nil {
		t.Errorf("no file: %v, %v; want nobody listed and no error", yes, err)
	}
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("# the physios\n" + string(gossh.MarshalAuthorizedKey(ann)))
	if n, err := l.Check(); n != 1 || err != nil {
		t.Errorf("Check: %d, %v; want 1 key", n, err)
	}
	if yes, err := l.Lists(ann); !yes || err != nil {
		t.Errorf("ann is listed: %v, %v", yes, err)
	}
	if yes, _ := l.Lists(bob); yes {
		t.Error("bob is not listed, yet leads")
	}
	write(string(gossh.MarshalAuthorizedKey(ann)) + "\n\x1b[31mnot a key\n")
	_, err := l.Check()
	if err == nil || !strings.Contains(err.Error(), "class_leaders:3") || strings.ContainsRune(err.Error(), 0x1b) {
		t.Errorf("a bad third line: %v; want it named by line, with nothing that draws", err)
	}
	if yes, err := l.Lists(ann); yes || err == nil {
		t.Errorf("a broken list: ann leads %v, error %v; want nobody, and why", yes, err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no links here:", err)
	}
	if _, err := (Leaders{Path: link}).Check(); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("a link as the list: %v; want it refused", err)
	}
}
