package config

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
		{name: "settings judged elsewhere", file: "[session]\nhold = \"45s\"\ntheme = \"dark\"\n"},
		{name: "dotted", file: "session.reduced_motion = true\n", want: Session{ReducedMotion: true}},
		{name: "text", file: "[session]\nreduced_motion = \"yes\"\n",
			err: `2: session.reduced_motion: "yes" is not true or false`},
		{name: "unknown key", file: "# mine\n[session]\nanimation = false\n",
			err: `3: session.animation: unknown setting (known: hold, ready, breath, reduced_motion, cues, theme)`},
		{name: "cues", file: "[session]\ncues = [\"bell\", \"voice\"]\nreduced_motion = true\n",
			want: Session{ReducedMotion: true, Cues: []string{"bell", "voice"}, CuesSet: true}},
		{name: "no cues", file: "[session]\ncues = []\n", want: Session{Cues: []string{}, CuesSet: true}},
		{name: "a cue the checker refuses", file: "[session]\n\ncues = [\"bells\"]\n",
			err: `3: session.cues: "bells" is no cue`},
		{name: "cues not a list", file: "[session]\ncues = \"bell\"\n",
			err: `2: session.cues: "bell" is not a list of cues such as ["bell", "progress"]`},
	}
	// The checker stands in for ui/cues, which knows the cues.
	check := func(names []string) error {
		for _, n := range names {
			if n != "bell" && n != "voice" {
				return fmt.Errorf("%q is no cue", n)
			}
		}
		return nil
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := LoadSession(path, check)
			if tt.err != "" {
				if err == nil || err.Error() != path+":"+tt.err {
					t.Fatalf("error %v, want %s:%s", err, path, tt.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
	if got, err := LoadSession(filepath.Join(t.TempDir(), "none.toml"), check); err != nil || !reflect.DeepEqual(got, Session{}) {
		t.Fatalf("missing file: %+v, %v", got, err)
	}
}
