package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/settings"
)

// checkCues stands in for ui/cues, which knows the cues.
func checkCues(names []string) error {
	for _, n := range names {
		if n != "bell" && n != "voice" {
			return fmt.Errorf("%q is not a cue", n)
		}
	}
	return nil
}

func write(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// One read gives every table: settings, where each came from, answers.
func TestLoad(t *testing.T) {
	path := write(t, "[session]\nhold = \"45s\"\ncues = [\"voice\"]\n\n[streak]\nmin_minutes = 2\n\n[profile]\nroller = \"soft\" # the blue one\nfirst_time = false\nonboarded = true\n")
	c, err := Load(path, checkCues)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Exists || c.Path != path {
		t.Errorf("path %q, exists %v", c.Path, c.Exists)
	}
	if c.Settings.Hold != 45*time.Second || c.Settings.Cues[0] != "voice" || c.Settings.Streak.MinMinutes != 2 {
		t.Errorf("settings %+v", c.Settings)
	}
	if got := c.Sources["session.hold"].String(); got != path+":2" {
		t.Errorf("hold from %s", got)
	}
	if c.Profile != (profile.Profile{Roller: "soft", Onboarded: true}) {
		t.Errorf("profile %+v", c.Profile)
	}
}

// No file is the defaults, and reading creates nothing.
func TestLoadMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "backroll", "config.toml")
	c, err := Load(path, checkCues)
	if err != nil || c.Exists {
		t.Fatalf("%+v, %v", c, err)
	}
	if c.Settings.Theme != settings.Default().Theme || c.Settings.Streak != settings.Default().Streak || c.Profile != (profile.Profile{FirstTime: true}) {
		t.Errorf("not the defaults: %+v", c)
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Error("reading the settings created the config folder")
	}
}

// Every mistake of every table at once, each by line and keyed; a file
// that is not TOML is one mistake, not one a table.
func TestLoadMistakes(t *testing.T) {
	tests := []struct {
		name, file string
		keys       []string
		lines      []string // after "<path>:"
	}{
		{name: "in each table",
			file:  "[session]\ntheme = \"blue\"\n[streak]\nmin_minutes = -1\n[profile]\nroller = \"foam\"\n",
			keys:  []string{"session.theme", "streak.min_minutes", "profile"},
			lines: []string{`2: session.theme: "blue" is not a theme`, `4: streak.min_minutes: -1 is not`, `6: profile.roller: "foam" is not a roller`}},
		{name: "a cue", file: "[session]\ncues = [\"bells\"]\n",
			keys: []string{"session.cues"}, lines: []string{`2: session.cues: "bells" is not a cue`}},
		{name: "not TOML", file: "[profile]\nonboarded = = true\n",
			keys: []string{""}, lines: []string{`2: profile.onboarded: expected value but found '=' instead`}},
		{name: "not TOML at all", file: "roller: soft\n",
			keys: []string{""}, lines: []string{`1: not valid TOML: `}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, tt.file)
			c, err := Load(path, checkCues)
			var m settings.Mistakes
			if !errors.As(err, &m) || len(m) != len(tt.keys) {
				t.Fatalf("mistakes %v, want %d", err, len(tt.keys))
			}
			for i, want := range tt.lines {
				if m[i].Key != tt.keys[i] || !strings.HasPrefix(m[i].Err.Error(), path+":"+want) {
					t.Errorf("mistake %d: %s %v\nwant     %s %s:%s…", i, m[i].Key, m[i].Err, tt.keys[i], path, want)
				}
			}
			if c.Settings.Theme != "auto" || c.Profile != (profile.Profile{FirstTime: true}) {
				t.Errorf("a bad value kept: %+v", c)
			}
		})
	}
}

// A file that is there but cannot be read is an error, and is there: no
// one may write over it as if new.
func TestLoadUnreadable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path, checkCues)
	if err == nil || !c.Exists {
		t.Errorf("a folder as config.toml: %v, exists %v", err, c.Exists)
	}
}
