package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckTables(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"known tables", "[streak]\nmin_minutes = 1\n[session]\ncues = []\n[profile]\nroller = \"soft\"\n", ""},
		{"empty", "", ""},
		{"a typo", "# mine\n\n[strek]\nmin_minutes = 1\n", "config.toml:3: unknown table [strek] (did you mean [streak]?)"},
		{"far from any", "[streak]\n[colours]\nbg = 1\n", "config.toml:2: unknown table [colours] (known: [streak], [session], [profile])"},
		{"a key outside tables", "min_minutes = 1\n", "config.toml:1: unknown setting min_minutes outside any table (known: [streak], [session], [profile])"},
		{"an escape in a name", "[\"\\u001b]52;c;aGk=\\u0007\"]\nx = 1\n", "config.toml:1: unknown table [] (known:"},
		{"a long name", "[" + strings.Repeat("x", 200) + "]\n", "config.toml:1: unknown table [" + strings.Repeat("x", 40) + "…]"},
		{"not TOML", "[streak\n", "config.toml:2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			os.WriteFile(path, []byte(tt.file), 0o600)
			err := CheckTables(path)
			got := ""
			if err != nil {
				got = strings.TrimPrefix(err.Error(), filepath.Dir(path)+string(filepath.Separator))
			}
			if tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShowCuts(t *testing.T) {
	if got := Show(strings.Repeat("é", 100)); got != `"`+strings.Repeat("é", 40)+`…"` {
		t.Errorf("Show = %s", got)
	}
	if got := Show("\x1b[2J\u009b"); strings.ContainsAny(got, "\x1b\u009b") {
		t.Errorf("Show = %q", got)
	}
}

// FuzzCheckTables feeds config files with escape sequences, C1 controls,
// huge numbers and odd dates: the message never carries a control.
func FuzzCheckTables(f *testing.F) {
	for _, s := range []string{
		"[streak]\nmin_minutes = 1\n",
		"[\"\\u001b]52;c;aGk=\\u0007\"]\n",
		"[strek]\nday_starts = \"\\u009b2J\"\n",
		"[streak]\nrest_days_per_week = 99999999999999999999999\n",
		"[profile]\nstepped = 2031-13-45\n",
		"\x1b]8;;http://x\x1b\\ = 1\n",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, file string) {
		path := filepath.Join(dir, "config.toml")
		if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := CheckTables(path); err != nil {
			if msg := err.Error(); strings.ContainsFunc(msg, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f }) {
				t.Errorf("message with a control character: %q", msg)
			}
		}
	})
}
