package cli_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestE2ESetupKeepsComments answers backroll setup's first question with
// another roller: in config.toml only that value changes; the comment
// after it, its spacing and every other line stay as the person wrote
// them.
func TestE2ESetupKeepsComments(t *testing.T) {
	u := newUser(t)
	before := "# mine\n[session]\nhold = \"45s\"  # physio\n\n[profile]\nroller = \"soft\"   # the blue one\n" +
		"first_time = false # long ago\nonboarded = true\nsafety_seen = true\n"
	if err := os.MkdirAll(filepath.Dir(u.configFile()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(u.configFile(), []byte(before), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminalAs(t, u, "setup")
	term.waitFor(`Which roller do you have\?`, `▸ .*Soft`)
	term.press("j")
	term.waitFor(`▸ .*Standard`)
	term.press("\r")
	term.waitFor(`Is this your first time foam rolling\?`)
	term.press("\x1b") // the rest skipped: the answers as they were
	term.wait(0)
	got, err := os.ReadFile(u.configFile())
	if err != nil {
		t.Fatal(err)
	}
	want := "# mine\n[session]\nhold = \"45s\"  # physio\n\n[profile]\nroller = \"standard\"   # the blue one\n" +
		"first_time = false # long ago\nonboarded = true\nsafety_seen = true\n"
	if string(got) != want {
		t.Errorf("config.toml after setup:\n%s\nwant:\n%s", got, want)
	}
}
