package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	_ "time/tzdata" // Europe/Paris and America/Argentina/Buenos_Aires wherever the tests run
)

func write(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// load is the profile in the file at path, as backroll reads it.
func load(t *testing.T, path string) (Profile, error) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Parse(path, data)
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, file string
		want       Profile
		err        string // after "<path>:"
	}{
		// Without first_time: taken as new to rolling.
		{name: "empty", file: "", want: Profile{FirstTime: true}},
		{name: "only other settings", file: "[streak]\nmin_minutes = 2\n", want: Profile{FirstTime: true}},
		{name: "never asked", file: "[profile]\nsafety_seen = true\n", want: Profile{FirstTime: true, SafetySeen: true}},
		{name: "said no by hand", file: "[profile]\nfirst_time = false\n", want: Profile{}},
		{name: "answered no", file: "[profile]\nfirst_time = false\nonboarded = true\n", want: Profile{Onboarded: true}},
		{name: "all keys", file: "[streak]\nday_starts = \"05:00\"\n\n[profile]\nroller = \"peanut\"\nfirst_time = true\nonboarded = true\nsafety_seen = true\n",
			want: Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}},
		{name: "dotted keys", file: "profile.onboarded = true\n", want: Profile{Onboarded: true, FirstTime: true}},
		{name: "not sure", file: "[profile]\nroller = \"not-sure\"\n", want: Profile{Roller: "not-sure", FirstTime: true}},
		{name: "steps taken", file: "[profile]\nfirst_time = false\nlats = true\nstepped = \"2026-11-20\"\n",
			want: Profile{Lats: true, Stepped: "2026-11-20"}},
		{name: "stepped not a date", file: "[profile]\nstepped = \"last week\"\n",
			err: `2: profile.stepped: "last week" is not a date (YYYY-MM-DD)`},
		{name: "stepped as a TOML date", file: "[profile]\nstepped = 2026-11-20\n",
			want: Profile{FirstTime: true, Stepped: "2026-11-20"}},
		{name: "stepped as a date and time", file: "[profile]\nstepped = 2026-11-20T21:00:00Z\n",
			err: `2: profile.stepped: 2026-11-20 21:00:00 +0000 UTC is not a date (YYYY-MM-DD)`},
		{name: "unknown roller", file: "# mine\n[profile]\n\nroller = \"foam\"\n",
			err: `4: profile.roller: "foam" is not a roller (soft, standard, trigger-point, peanut, not-sure)`},
		{name: "roller of wrong type", file: "[profile]\nroller = 3\n",
			err: `2: profile.roller: 3 is not a roller (soft, standard, trigger-point, peanut, not-sure)`},
		{name: "flag as text", file: "[profile]\nonboarded = true\nfirst_time = \"yes\"\n",
			err: `3: profile.first_time: "yes" is not true or false`},
		{name: "unknown key", file: "[profile]\nname = \"Sam\"\n",
			err: `2: profile.name: unknown setting (known: roller, first_time, onboarded, safety_seen, conditions, avoid, lats, stepped, time_zone)`},
		{name: "screening answers", file: "[profile]\nconditions = [\"varicose-veins\", \"pregnancy\"]\navoid = [\"glutes\"]\n",
			want: Profile{FirstTime: true, Conditions: NewIDs("pregnancy", "varicose-veins"), Avoid: "glutes"}},
		{name: "unknown condition", file: "[profile]\nconditions = [\"pregnant\"]\n",
			err: `2: profile.conditions: "pregnant" is not a condition (pregnancy, osteoporosis, blood-thinners, recent-injury, varicose-veins)`},
		{name: "conditions not a list", file: "[profile]\nconditions = \"pregnancy\"\n",
			err: `2: profile.conditions: "pregnancy" is not a list, such as ["pregnancy"]`},
		{name: "avoid names no area", file: "[profile]\navoid = [\"lower-back\"]\n",
			err: `2: profile.avoid: "lower-back" is not an area (mid-back, lats, glutes, hip-flexors)`},
		{name: "time zone", file: "[profile]\ntime_zone = \"America/Argentina/Buenos_Aires\"\n",
			want: Profile{FirstTime: true, TimeZone: "America/Argentina/Buenos_Aires"}},
		{name: "time zone as a path", file: "[profile]\n\ntime_zone = \"/etc/localtime\"\n",
			err: `3: profile.time_zone: "/etc/localtime" is not a time zone name such as "Europe/Paris"`},
		{name: "time zone up the tree", file: "[profile]\ntime_zone = \"Europe/../../etc/passwd\"\n",
			err: `2: profile.time_zone: "Europe/../../etc/passwd" is not a time zone name such as "Europe/Paris"`},
		{name: "the server's own zone", file: "[profile]\ntime_zone = \"Local\"\n",
			err: `2: profile.time_zone: "Local" is not a time zone name such as "Europe/Paris"`},
		{name: "unknown time zone", file: "[profile]\ntime_zone = \"Europe/Atlantis\"\n",
			err: `2: profile.time_zone: "Europe/Atlantis" is not a time zone this machine knows, such as "Europe/Paris"`},
		{name: "time zone not text", file: "[profile]\ntime_zone = 2\n",
			err: `2: profile.time_zone: 2 is not a time zone name such as "Europe/Paris"`},
		{name: "syntax", file: "[profile]\nonboarded = = true\n",
			err: `2: profile.onboarded: expected value but found '=' instead`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("config.toml", []byte(tt.file))
			if tt.err != "" {
				if want := "config.toml:" + tt.err; err == nil || err.Error() != want {
					t.Errorf("error %v\nwant  %s", err, want)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

// No file is no answers: someone new to rolling, never asked.
func TestParseNoFile(t *testing.T) {
	if p, err := Parse("config.toml", nil); err != nil || p != (Profile{FirstTime: true}) {
		t.Errorf("got %+v, %v; want an empty profile, new to rolling", p, err)
	}
}

var all = Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}

const allLines = "roller = \"peanut\"\nfirst_time = true\nonboarded = true\nsafety_seen = true\n"

// Save rewrites only backroll's own lines: everything else in the file,
// comments and layout included, stays byte for byte.
func TestSave(t *testing.T) {
	tests := []struct {
		name, file string
		p          Profile
		want       string
	}{
		{name: "empty file", file: "", p: all, want: "[profile]\n" + allLines},
		{name: "screening answers",
			file: "[profile]\nonboarded = true\n",
			p:    Profile{Onboarded: true, Conditions: NewIDs("pregnancy", "blood-thinners"), Avoid: "lats"},
			want: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = false\nconditions = [\"blood-thinners\", \"pregnancy\"]\navoid = [\"lats\"]\n"},
		{name: "time zone", file: "", p: Profile{Onboarded: true, TimeZone: "Europe/Paris"},
			want: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = false\ntime_zone = \"Europe/Paris\"\n"},
		{name: "other settings kept",
			file: "# my settings\n[streak]\nmin_minutes = 2 # at least\n",
			p:    all,
			want: "# my settings\n[streak]\nmin_minutes = 2 # at least\n\n[profile]\n" + allLines},
		{name: "no final newline",
			file: "[streak]\nmin_minutes = 2",
			p:    Profile{Onboarded: true},
			want: "[streak]\nmin_minutes = 2\n\n[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = false\n"},
		{name: "answers replaced in place",
			file: "[profile]\n# what I have\nroller = \"soft\"\nonboarded = true\n\n[streak]\nday_starts = \"05:00\"\n",
			p:    all,
			want: "[profile]\n# what I have\n" + allLines + "\n[streak]\nday_starts = \"05:00\"\n"},
		{name: "comment between own keys kept",
			file: "[profile]\nroller = \"soft\"\n# keep me\nsafety_seen = false\n",
			p:    all,
			want: "[profile]\nroller = \"peanut\"\nfirst_time = true\nonboarded = true\n# keep me\nsafety_seen = true\n"},
		{name: "comments after the answers kept, and their spacing",
			file: "# mine\n[profile]\nroller = \"soft\"   # the blue one\nfirst_time = true    # still\nonboarded = true\t# asked\nsafety_seen = true # read\n\n[streak]\nmin_minutes = 2 # at least\n",
			p:    Profile{Roller: "standard", Onboarded: true, SafetySeen: true},
			want: "# mine\n[profile]\nroller = \"standard\"   # the blue one\nfirst_time = false    # still\nonboarded = true\t# asked\nsafety_seen = true # read\n\n[streak]\nmin_minutes = 2 # at least\n"},
		{name: "conditions over lines with comments, kept after",
			file: "[profile]\nonboarded = true\nconditions = [\n  \"pregnancy\", # since May\n] # ask the midwife\n",
			p:    Profile{Onboarded: true, Conditions: NewIDs("pregnancy", "osteoporosis")},
			want: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = false\nconditions = [\"osteoporosis\", \"pregnancy\"] # ask the midwife\n"},
		{name: "empty table filled",
			file: "[profile]\n\n[streak]\nmin_minutes = 1\n",
			p:    all,
			want: "[profile]\n" + allLines + "\n[streak]\nmin_minutes = 1\n"},
		{name: "last table without final newline",
			file: "[profile]\nonboarded = false",
			p:    all,
			want: "[profile]\n" + allLines},
		{name: "unanswered roller removed",
			file: "[profile]\nroller = \"soft\"\nonboarded = true\n",
			p:    Profile{Onboarded: true, SafetySeen: true},
			want: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = true\n"},
		{name: "brackets inside values are not headers",
			file: "[ui]\nkeys = [\n[\"a\", \"b\"],\n]\nnote = \"\"\"\n[profile]\nroller = \"x\"\n\"\"\"\n[profile] # mine\nonboarded = false\n",
			p:    all,
			want: "[ui]\nkeys = [\n[\"a\", \"b\"],\n]\nnote = \"\"\"\n[profile]\nroller = \"x\"\n\"\"\"\n[profile] # mine\n" + allLines},
		{name: "steps written after the answers, and only once taken",
			file: "[profile]\nroller = \"soft\"\nfirst_time = true\nonboarded = true\nsafety_seen = true\n# mine\n",
			p:    Profile{Roller: "standard", Onboarded: true, SafetySeen: true, Lats: true, Stepped: "2026-11-20"},
			want: "[profile]\nroller = \"standard\"\nfirst_time = false\nonboarded = true\nsafety_seen = true\nlats = true\nstepped = \"2026-11-20\"\n# mine\n"},
		{name: "steps taken back",
			file: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = true\nlats = true\nstepped = \"2026-11-20\"\n",
			p:    Profile{Onboarded: true, SafetySeen: true, Lats: true, Stepped: "2026-11-20"}.WithoutSteps(),
			want: "[profile]\nfirst_time = false\nonboarded = true\nsafety_seen = true\n"},
		{name: "windows line endings",
			file: "[streak]\r\nmin_minutes = 2\r\n",
			p:    Profile{Onboarded: true},
			want: "[streak]\r\nmin_minutes = 2\r\n\r\n[profile]\r\nfirst_time = false\r\nonboarded = true\r\nsafety_seen = false\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, tt.file)
			if err := Save(path, tt.p); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != tt.want {
				t.Errorf("file:\n%q\nwant:\n%q", data, tt.want)
			}
			if got, err := load(t, path); err != nil || got != tt.p {
				t.Errorf("read back %+v, %v; want %+v", got, err, tt.p)
			}
			if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want the file's own 0644", fi.Mode().Perm())
			}
		})
	}
}

func TestSaveCreates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "backroll", "config.toml")
	if err := Save(path, all); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if string(data) != "[profile]\n"+allLines {
		t.Errorf("file %q", data)
	}
	fi, _ := os.Stat(path)
	dir, _ := os.Stat(filepath.Dir(path))
	if fi.Mode().Perm() != 0o600 || dir.Mode().Perm() != 0o700 {
		t.Errorf("file %v, folder %v; want 0600 and 0700", fi.Mode().Perm(), dir.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// A file Save cannot edit safely is left exactly as it was.
func TestSaveRefuses(t *testing.T) {
	tests := []struct {
		name, file, err string
	}{
		{"broken toml", "[streak]\nmin_minutes = = 2\n", "2: streak.min_minutes: expected value"},
		{"invalid answer", "[profile]\nroller = \"foam\"\n", `2: profile.roller: "foam" is not a roller`},
		{"dotted profile", "profile.onboarded = false\n", "cannot update the [profile] table safely"},
		{"quoted table name", "[\"profile\"]\nonboarded = false\n", "cannot update the [profile] table safely"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, tt.file)
			err := Save(path, all)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %v, want it to mention %q", err, tt.err)
			}
			if data, _ := os.ReadFile(path); string(data) != tt.file {
				t.Errorf("file changed to %q", data)
			}
		})
	}
}
