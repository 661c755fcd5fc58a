package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/tomlfile"
)

// checkCues stands in for ui/cues, which knows the cues.
func checkCues(names []string) error {
	for _, n := range names {
		if n != "bell" && n != "voice" && n != "progress" {
			return fmt.Errorf("%q is not a cue", n)
		}
	}
	return nil
}

func write(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// load is the settings in the file at path as backroll reads them (the
// read itself is coach/config's); no file gives the defaults.
func load(t *testing.T, path string) (Settings, Sources, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	return Parse(path, data, checkCues)
}

// The fields are tomlfile.Tables' [session] and [streak] keys, in order.
func TestFieldsAreTheKeys(t *testing.T) {
	var want, got []string
	for _, tb := range tomlfile.Tables[:2] {
		for _, k := range tb.Keys {
			want = append(want, tb.Name+"."+k)
		}
	}
	for _, f := range Fields {
		got = append(got, f.Key)
		if f.Label == "" || f.Allowed == "" {
			t.Errorf("%s has no label or no words for what is allowed", f.Key)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("fields %v, want %v", got, want)
	}
}

// The file beats the defaults, key by key, and says on which line.
func TestParse(t *testing.T) {
	path := write(t, "# mine\n[session]\nhold = \"45s\"\nready = \"10s\"\nbreath = \"5-5\"\n\nreduced_motion = true\ncues = [\"voice\"]\ntheme = \"none\"\n\n[streak]\nmin_minutes = 2.5\nday_starts = \"05:30\"\nrest_days_per_week = 1\n\n[profile]\nonboarded = true\n")
	s, src, err := load(t, path)
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.Hold, want.Ready, want.Breath = 45*time.Second, 10*time.Second, coach.Breath{In: 5 * time.Second, Out: 5 * time.Second}
	want.ReducedMotion, want.Cues, want.Theme = true, []string{"voice"}, "none"
	want.Streak.MinMinutes, want.Streak.DayStarts, want.Streak.RestDaysPerWeek = 2.5, 5*time.Hour+30*time.Minute, 1
	for _, f := range Fields {
		if f.Value(s) != f.Value(want) {
			t.Errorf("%s = %s, want %s", f.Key, f.Value(s), f.Value(want))
		}
	}
	lines := map[string]int{"session.hold": 3, "session.ready": 4, "session.breath": 5, "session.reduced_motion": 7,
		"session.cues": 8, "session.theme": 9, "streak.min_minutes": 12, "streak.day_starts": 13, "streak.rest_days_per_week": 14}
	for key, line := range lines {
		if got, want := src[key].String(), fmt.Sprintf("%s:%d", path, line); got != want {
			t.Errorf("%s from %s, want %s", key, got, want)
		}
	}
}

// Flags beat the file, which beats the defaults.
func TestPrecedence(t *testing.T) {
	tests := []struct {
		name, file string
		flag       bool // --hold 30s given
		hold       time.Duration
		from       string
	}{
		{name: "no file", hold: 0, from: "default"},
		{name: "file without it", file: "[session]\ntheme = \"dark\"\n", hold: 0, from: "default"},
		{name: "file", file: "[session]\ntheme = \"dark\"\nhold = \"45s\"\n", hold: 45 * time.Second, from: ":3"},
		{name: "dotted key in the file", file: "session.hold = \"45s\"\n", hold: 45 * time.Second, from: ":1"},
		{name: "flag over nothing", flag: true, hold: 30 * time.Second, from: "flag --hold"},
		{name: "flag over the file", file: "[session]\nhold = \"45s\"\n", flag: true, hold: 30 * time.Second, from: "flag --hold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if tt.file != "" {
				path = write(t, tt.file)
			}
			s, src, err := load(t, path)
			if err != nil {
				t.Fatal(err)
			}
			if tt.flag {
				s.Hold = 30 * time.Second
				src.Flag("session.hold", "--hold")
			}
			from := src["session.hold"].String()
			if s.Hold != tt.hold || !strings.HasSuffix(from, tt.from) {
				t.Errorf("hold %v from %s, want %v from …%s", s.Hold, from, tt.hold, tt.from)
			}
			if got := src["session.theme"].String(); tt.file == "" && got != "default" {
				t.Errorf("theme from %s", got)
			}
		})
	}
}

// Every mistake names its line, its key and what is allowed.
func TestParseErrors(t *testing.T) {
	tests := []struct{ name, file, err string }{
		{"hold too long", "[session]\nhold = \"3m\"\n",
			`2: session.hold: a hold lasts 10s to 2m, not 3m: ` + coach.WhyMaxHold},
		{"hold too short", "[session]\n\nhold = \"5s\"\n", `3: session.hold: a hold lasts 10s to 2m, not 5s: ` + coach.WhyMinHold},
		{"hold not a time", "[session]\nhold = \"long\"\n", `2: session.hold: "long" is not a time from 10s to 2m, such as "45s"`},
		{"hold longer than a time", "[session]\nhold = \"99999999999h\"\n", `2: session.hold: "99999999999h" is not a time from 10s to 2m, such as "45s"`},
		{"ready longer than a time", "[session]\nready = \"99999999999999999999s\"\n",
			`2: session.ready: "99999999999999999999s" is not a time from 3s to 30s, such as "5s"`},
		{"breath longer than a time", "[session]\nbreath = \"4-99999999999999999999\"\n",
			`2: session.breath: "4-99999999999999999999": 99999999999999999999 seconds is far too long: in and out last 2 to 10 seconds each, a held breath 1 to 10`},
		{"hold without unit", "[session]\nhold = 45\n", `2: session.hold: 45 needs its unit, as in "45s"`},
		{"ready too long", "[session]\nready = \"1m\"\n", `2: session.ready: "1m" is not from 3s to 30s`},
		{"breath", "[session]\nbreath = \"4\"\n", `2: session.breath: "4": not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{"breath too slow", "[session]\nbreath = \"4-12\"\n", `2: session.breath: "4-12": breathing in and out must each last 2 to 10 seconds, not 12s`},
		{"breath held too long", "[session]\nbreath = \"4-12-8\"\n",
			`2: session.breath: "4-12-8": a held breath must last 1 to 10 seconds (or 0 for none), not 12s`},
		{"breath in four parts", "[session]\nbreath = \"4-4-4-4\"\n",
			`2: session.breath: "4-4-4-4": not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{"breath not a string", "[session]\nbreath = 46\n", `2: session.breath: 46: not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{"reduced motion", "[session]\nreduced_motion = \"yes\"\n", `2: session.reduced_motion: "yes" is not true or false`},
		{"cues", "[session]\ncues = [\"bells\"]\n", `2: session.cues: "bells" is not a cue`},
		{"cues not a list", "[session]\ncues = \"bell\"\n", `2: session.cues: "bell" is not a list of cues such as ["bell", "progress"]`},
		{"theme", "[session]\ntheme = \"solarized\"\n", `2: session.theme: "solarized" is not a theme (auto, dark, light, none)`},
		{"min minutes", "[streak]\nmin_minutes = -1\n", `2: streak.min_minutes: -1 is not a number of minutes from 0 to 60`},
		{"min minutes no day could reach", "[streak]\nmin_minutes = 1e308\n", `2: streak.min_minutes: 1e+308 is not a number of minutes from 0 to 60`},
		{"min minutes over an hour", "[streak]\nmin_minutes = 60.5\n", `2: streak.min_minutes: 60.5 is not a number of minutes from 0 to 60`},
		{"min minutes too large for a number", "[streak]\n\nmin_minutes = 1e400\n",
			`3: streak.min_minutes: 1e400 is out of range for float64; allowed: a number of minutes from 0 to 60`},
		{"min minutes infinite", "[streak]\nmin_minutes = inf\n", `2: streak.min_minutes: +Inf is not a number of minutes from 0 to 60`},
		{"min minutes not a number", "[streak]\nmin_minutes = nan\n", `2: streak.min_minutes: NaN is not a number of minutes from 0 to 60`},
		{"min minutes as text", "[streak]\nmin_minutes = \"one\"\n", `2: streak.min_minutes: "one" is not a number of minutes from 0 to 60`},
		{"day starts", "[streak]\nday_starts = \"25:00\"\n", `2: streak.day_starts: "25:00" is not a time of day (HH:MM)`},
		{"rest days", "[streak]\nrest_days_per_week = 7\n", `2: streak.rest_days_per_week: 7 is not a number of days from 0 to 6`},
		{"rest days a fraction", "[streak]\nrest_days_per_week = 1.5\n", `2: streak.rest_days_per_week: 1.5 is not a number of days from 0 to 6`},
		{"rest days too many for a number", "[streak]\nrest_days_per_week = 99999999999999999999\n",
			`2: streak.rest_days_per_week: 99999999999999999999 is out of range for int64; allowed: a number of days from 0 to 6`},
		{"unknown key", "[session]\nholds = \"45s\"\n",
			`2: session.holds: unknown setting; did you mean hold? (known: hold, ready, breath, reduced_motion, cues, theme)`},
		{"unknown key far off", "[streak]\ngoal = 3\n",
			`2: streak.goal: unknown setting (known: min_minutes, day_starts, rest_days_per_week)`},
		{"unknown table", "# mine\n[sesion]\nhold = \"45s\"\n",
			`2: sesion: unknown table; did you mean session? (known: session, streak, profile)`},
		{"key outside a table", "hold = \"45s\"\n", `1: hold: unknown table (known: session, streak, profile)`},
		{"table as a value", "session = 3\n", `1: session: is a table: write [session] on a line of its own and its settings under it`},
		{"syntax", "[session]\nhold = = 1\n",
			`2: session.hold: expected value but found '=' instead; allowed: a time from 10s to 2m, such as "45s" or "1m30s"; left out, each area keeps its own`},
		{"syntax at a key of no setting", "[session]\nholds = = 1\n", `2: session.holds: expected value but found '=' instead`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, tt.file)
			s, _, err := load(t, path)
			if want := path + ":" + tt.err; err == nil || err.Error() != want {
				t.Errorf("error %v\nwant  %s", err, want)
			}
			if s.Hold != 0 || s.Theme != "auto" {
				t.Errorf("settings from a broken file: %+v", s)
			}
		})
	}
}

// The ends of each range are allowed: no minutes, an hour, whole or not.
func TestStreakRanges(t *testing.T) {
	for _, file := range []string{"min_minutes = 0\n", "min_minutes = 60\n", "min_minutes = 60.0\n", "min_minutes = 0.5\n",
		"rest_days_per_week = 0\n", "rest_days_per_week = 6\n", "day_starts = \"00:00\"\n", "day_starts = \"23:59\"\n"} {
		if _, _, err := Parse("config.toml", []byte("[streak]\n"+file), checkCues); err != nil {
			t.Errorf("%s: %v", file, err)
		}
	}
}

// Every mistake is named at once, each on its own line.
func TestParseErrorsAll(t *testing.T) {
	path := write(t, "[session]\nhold = \"3m\"\ntheme = \"blue\"\n[streak]\nday_starts = \"noon\"\n")
	_, _, err := load(t, path)
	if err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Fatalf("error %v, want three lines", err)
	}
	for _, want := range []string{":2: session.hold", ":3: session.theme", ":5: streak.day_starts"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want it to name %s", err, want)
		}
	}
}

// Save rewrites only the changed keys: a hand-written comment and a key the
// settings screen does not know stay byte for byte.
func TestSave(t *testing.T) {
	tests := []struct {
		name, file string
		change     func(*Settings)
		want       string
	}{
		{name: "new file", change: func(s *Settings) { s.Hold = 45 * time.Second },
			want: "[session]\nhold = \"45s\"\n"},
		{name: "comments and other keys kept",
			file:   "# my settings\n[session]\n# long, my physio says\nhold = \"90s\" # not more\ncues = [\"bell\"]\n\n[profile]\nonboarded = true # asked\n",
			change: func(s *Settings) { s.Hold = 2 * time.Minute; s.Theme = "dark" },
			want:   "# my settings\n[session]\n# long, my physio says\nhold = \"2m\" # not more\ntheme = \"dark\"\ncues = [\"bell\"]\n\n[profile]\nonboarded = true # asked\n"},
		{name: "spacing and comments after values kept",
			file:   "[session]\nhold   =  \"90s\"     # physio\ntheme=\"light\"#day\n\n[streak]\nrest_days_per_week = 1 # sundays\n",
			change: func(s *Settings) { s.Hold = 45 * time.Second; s.Theme = "dark"; s.Streak.RestDaysPerWeek = 2 },
			want:   "[session]\nhold   =  \"45s\"     # physio\ntheme=\"dark\"#day\n\n[streak]\nrest_days_per_week = 2 # sundays\n"},
		{name: "back to the default removes the key",
			file:   "[session]\nhold = \"90s\"\nready = \"10s\"\n",
			change: func(s *Settings) { s.Hold = 0 },
			want:   "[session]\nready = \"10s\"\n"},
		{name: "streak",
			file:   "[streak]\n# late nights\nday_starts = \"05:00\"\n",
			change: func(s *Settings) { s.Streak.RestDaysPerWeek = 2; s.Streak.DayStarts = 3 * time.Hour },
			want:   "[streak]\n# late nights\nday_starts = \"03:00\"\nrest_days_per_week = 2\n"},
		{name: "a held breath",
			file: "[session]\nbreath = \"5-5\" # evening\n",
			change: func(s *Settings) {
				s.Breath = coach.Breath{In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}
			},
			want: "[session]\nbreath = \"4-7-8\" # evening\n"},
		{name: "nothing changed, nothing written",
			file:   "[session]\nhold = \"45s\" # mine\n",
			change: func(*Settings) {},
			want:   "[session]\nhold = \"45s\" # mine\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "backroll", "config.toml")
			if tt.file != "" {
				path = write(t, tt.file)
			}
			s, _, err := load(t, path)
			if err != nil {
				t.Fatal(err)
			}
			tt.change(&s)
			if err := Save(path, s, checkCues); err != nil {
				t.Fatal(err)
			}
			data, _ := os.ReadFile(path)
			if string(data) != tt.want {
				t.Errorf("file:\n%q\nwant:\n%q", data, tt.want)
			}
			got, _, err := load(t, path)
			for _, f := range Fields {
				if err != nil || f.Value(got) != f.Value(s) {
					t.Errorf("%s read back %s, %v; want %s", f.Key, f.Value(got), err, f.Value(s))
				}
			}
		})
	}
}

// A file with a mistake, or a value out of bounds, is left as it was.
func TestSaveRefuses(t *testing.T) {
	tests := []struct {
		name, file string
		change     func(*Settings)
		err        string
	}{
		{"mistake in the file", "[session]\ntheme = \"blue\"\n", func(s *Settings) { s.Hold = time.Minute },
			`2: session.theme: "blue" is not a theme`},
		{"hold out of bounds", "[session]\n", func(s *Settings) { s.Hold = 5 * time.Minute }, "a hold lasts 10s to 2m"},
		{"dotted keys", "session.hold = \"45s\"\n", func(s *Settings) { s.Hold = time.Minute }, "cannot update the [session] table safely"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, tt.file)
			s := Default()
			tt.change(&s)
			if err := Save(path, s, checkCues); err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("error %v, want it to mention %q", err, tt.err)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.file {
				t.Errorf("file changed to %q", data)
			}
		})
	}
}

// Whatever the file holds, parsing neither panics nor gives settings out of
// bounds without an error.
func FuzzParse(f *testing.F) {
	f.Add([]byte("[session]\nhold = \"45s\"\n"))
	f.Add([]byte("[session]\nbreath = \"4-7-8\"\n"))
	f.Add([]byte("[streak]\nmin_minutes = 1e308\nrest_days_per_week = 6\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, errs := parse(data, checkCues)
		if len(errs) > 0 {
			return
		}
		if s.Hold != 0 && coach.ValidateHold(s.Hold) != nil || s.Breath.Validate() != nil ||
			s.Ready != 0 && (s.Ready < MinReady || s.Ready > MaxReady) || !slices.Contains(Themes, s.Theme) ||
			!(s.Streak.MinMinutes >= 0 && s.Streak.MinMinutes <= MaxMinMinutes) || s.Streak.RestDaysPerWeek < 0 || s.Streak.RestDaysPerWeek > 6 {
			t.Errorf("accepted out of bounds: %+v", s)
		}
	})
}

// A flag that replaces a key in error clears that mistake, and no other.
func TestMistakesWithout(t *testing.T) {
	path := write(t, "[session]\ncues = [\"bells\"]\ntheme = \"blue\"\nhold = \"45s\"\n")
	s, _, err := load(t, path)
	var m Mistakes
	if !errors.As(err, &m) || len(m) != 2 || m[0].Key != "session.cues" || m[1].Key != "session.theme" {
		t.Fatalf("mistakes %#v", err)
	}
	if s.Hold != 45*time.Second || s.Cues != nil || s.Theme != "auto" {
		t.Errorf("the good values and only they: %+v", s)
	}
	if err := m.Without("session.cues"); err == nil || err.Error() != path+`:3: session.theme: "blue" is not a theme (auto, dark, light, none)` {
		t.Errorf("without cues: %v", err)
	}
	if err := m.Without("session.cues", "session.theme"); err != nil {
		t.Errorf("without both: %v", err)
	}
}

// A breath is IN-OUT or IN-HOLD-OUT in whole seconds, within coach's
// limits; whatever else is written says what is allowed.
func TestParseBreath(t *testing.T) {
	const sec = time.Second
	tests := []struct {
		in   string
		want coach.Breath
		err  string
	}{
		{in: "4-6", want: coach.DefaultBreath},
		{in: " 5 - 5 ", want: coach.Breath{In: 5 * sec, Out: 5 * sec}},
		{in: "4-7-8", want: coach.Breath{In: 4 * sec, Hold: 7 * sec, Out: 8 * sec}},
		{in: "2-1-2", want: coach.Breath{In: 2 * sec, Hold: sec, Out: 2 * sec}},
		{in: "4-0-6", want: coach.DefaultBreath}, // a hold of nothing is no hold
		{in: "10-10-10", want: coach.Breath{In: 10 * sec, Hold: 10 * sec, Out: 10 * sec}},
		{in: "4-11-8", err: "a held breath must last 1 to 10 seconds (or 0 for none), not 11s"},
		{in: "1-7-8", err: "breathing in and out must each last 2 to 10 seconds, not 1s"},
		{in: "4-7-11", err: "breathing in and out must each last 2 to 10 seconds, not 11s"},
		{in: "4-9223372037-8", err: `9223372037 seconds is far too long: in and out last 2 to 10 seconds each, a held breath 1 to 10`},                   // more seconds than a time holds
		{in: "4-99999999999999999999", err: `99999999999999999999 seconds is far too long: in and out last 2 to 10 seconds each, a held breath 1 to 10`}, // more than a number holds
		{in: "4-3600-8", err: "a held breath must last 1 to 10 seconds (or 0 for none), not 1h0m0s"},
		{in: "", err: `not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{in: "4", err: `not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{in: "4--8", err: `not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{in: "4-7-8-0", err: `not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
		{in: "4s-6s", err: `not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`},
	}
	for _, tt := range tests {
		b, err := ParseBreath(tt.in)
		switch {
		case tt.err != "" && (err == nil || err.Error() != tt.err):
			t.Errorf("%q: %v, want %q", tt.in, err, tt.err)
		case tt.err == "" && (err != nil || b != tt.want):
			t.Errorf("%q: %+v, %v; want %+v", tt.in, b, err, tt.want)
		case err == nil && b.String() != strings.ReplaceAll(strings.ReplaceAll(tt.in, " ", ""), "-0-", "-"):
			t.Errorf("%q reads back as %q", tt.in, b.String())
		}
	}
}
