package cues

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseList(t *testing.T) {
	tests := []struct {
		in   string
		want Set
		err  string
	}{
		{in: "bell", want: Set{Bell: true}},
		{in: "bell,notify,progress,voice", want: Set{Bell: true, Notify: true, Progress: true, Voice: true}},
		{in: " Voice , breath,countdown", want: Set{Voice: true, Breath: true, Countdown: true}},
		{in: "bell,bell", want: Set{Bell: true}},
		// notify-always is notify, focus or not (tmux with focus-events off).
		{in: "notify-always", want: Set{Notify: true, NotifyAlways: true}},
		{in: "none", want: Set{}},
		{in: "NONE", want: Set{}},
		{in: "banana", err: `"banana" is not a cue (known: bell, notify, notify-always, progress, voice, breath, countdown, none)`},
		{in: "bell,,progress", err: `"" is not a cue (known: bell, notify, notify-always, progress, voice, breath, countdown, none)`},
		{in: "none,bell", err: `"none" stands alone: it turns every cue off`},
		{in: "", err: `no cues named; say "none" to turn them all off`},
		{in: "breath,progress", err: "breath and countdown cues sound through the bell or the voice: add bell or voice"},
		{in: "countdown", err: "breath and countdown cues sound through the bell or the voice: add bell or voice"},
	}
	for _, tt := range tests {
		got, err := ParseList(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %s", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%q: got %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		// What String writes, ParseList reads back.
		if back, err := ParseList(got.String()); err != nil || back != got {
			t.Errorf("%q: %q reads back as %+v, %v", tt.in, got.String(), back, err)
		}
	}
	if got := Default().String(); got != "bell,progress" {
		t.Errorf("default %q", got)
	}
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name, file string
		want       Set
		chosen     bool
		err        string // after "<path>:"
	}{
		{name: "empty", file: "", want: Default()},
		{name: "other tables", file: "[streak]\nmin_minutes = 2\n[profile]\nroller = \"soft\"\n", want: Default()},
		{name: "cues", file: "[streak]\nmin_minutes = 2\n\n[session]\ncues = [\"voice\", \"breath\"]\n",
			want: Set{Voice: true, Breath: true}, chosen: true},
		{name: "none", file: "[session]\ncues = [\"none\"]\n", want: Set{}, chosen: true},
		{name: "empty list", file: "[session]\ncues = []\n", want: Set{}, chosen: true},
		{name: "dotted", file: "session.cues = [\"bell\"]\n", want: Set{Bell: true}, chosen: true},
		{name: "unknown cue", file: "# mine\n[session]\ncues = [\"bell\", \"banana\"]\n",
			err: `3: session.cues: "banana" is not a cue (known: bell, notify, notify-always, progress, voice, breath, countdown, none)`},
		{name: "a string", file: "[session]\ncues = \"bell\"\n",
			err: `2: session.cues: "bell" is not a list of cues such as ["bell", "progress"]`},
		{name: "numbers", file: "[session]\ncues = [\"bell\", 1]\n",
			err: `2: session.cues: [bell 1] is not a list of cues such as ["bell", "progress"]`},
		{name: "unknown key", file: "[session]\n\nbells = true\n", err: `3: session.bells: unknown setting (known: hold, ready, breath, reduced_motion, cues, theme)`},
		{name: "syntax", file: "[session]\ncues = [\n", err: `2: session.cues: unexpected EOF; expected value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			got, chosen, err := Load(path)
			if tt.err != "" {
				if want := path + ":" + tt.err; err == nil || err.Error() != want {
					t.Errorf("error %v\nwant  %s", err, want)
				}
				if got != Default() || chosen {
					t.Errorf("got %+v, %v with an error; want the default, not chosen", got, chosen)
				}
				return
			}
			if err != nil || got != tt.want || chosen != tt.chosen {
				t.Errorf("got %+v, %v, %v; want %+v, %v", got, chosen, err, tt.want, tt.chosen)
			}
		})
	}
	got, chosen, err := Load(filepath.Join(t.TempDir(), "none.toml"))
	if got != Default() || chosen || err != nil {
		t.Errorf("missing file: %+v, %v, %v", got, chosen, err)
	}
}

// The README's bell table is cues.Bells, row by row, in its order.
func TestReadmeBells(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	at := 0
	for _, bell := range Bells {
		row := "| `" + bell.Pattern + "` | " + bell.Meaning + " |"
		i := strings.Index(readme[at:], row)
		if i < 0 {
			t.Fatalf("README has no row %q after the last", row)
		}
		at += i + len(row)
	}
}
