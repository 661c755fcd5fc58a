package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadSession(t *testing.T) {
	tests := []struct {
		name, file string
		want       Session
		err        string // after "<path>:"
	}{
		{name: "empty", file: ""},
		{name: "other tables", file: "[streak]\nmin_minutes = 2\n[profile]\nroller = \"soft\"\n"},
		{name: "reduced motion", file: "[streak]\nmin_minutes = 2\n\n[session]\nreduced_motion = true\n", want: Session{ReducedMotion: true}},
		{name: "off", file: "[session]\nreduced_motion = false\n"},
		{name: "dotted", file: "session.reduced_motion = true\n", want: Session{ReducedMotion: true}},
		{name: "text", file: "[session]\nreduced_motion = \"yes\"\n",
			err: `2: session.reduced_motion: "yes" is not true or false`},
		{name: "unknown key", file: "# mine\n[session]\nanimation = false\n",
			err: `3: session.animation: unknown setting (known: reduced_motion)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := LoadSession(path)
			if tt.err != "" {
				if err == nil || err.Error() != path+":"+tt.err {
					t.Fatalf("error %v, want %s:%s", err, path, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
	if got, err := LoadSession(filepath.Join(t.TempDir(), "none.toml")); err != nil || got != (Session{}) {
		t.Fatalf("missing file: %+v, %v", got, err)
	}
}
