package streak

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestLoadSettings(t *testing.T) {
	tests := []struct {
		name, file string
		want       Settings
		err        string // after "<path>:"
	}{
		{name: "empty", file: "", want: DefaultSettings()},
		{name: "all keys", file: "[ui]\ntheme = \"dark\"\n\n[streak]\nmin_minutes = 2.5\nday_starts = \"05:30\"\nrest_days_per_week = 1\n",
			want: Settings{MinMinutes: 2.5, DayStarts: 5*time.Hour + 30*time.Minute, RestDaysPerWeek: 1}},
		{name: "integer minutes", file: "[streak]\nmin_minutes = 0\n",
			want: Settings{MinMinutes: 0, DayStarts: 4 * time.Hour}},
		{name: "dotted keys", file: "streak.day_starts = \"00:00\"\n",
			want: Settings{MinMinutes: 1}},
		{name: "bad time", file: "# backroll\n[streak]\nday_starts = \"25:00\"\n",
			err: `3: streak.day_starts: "25:00" is not a time of day (HH:MM)`},
		{name: "time of wrong type", file: "[streak]\n\nday_starts = 4\n",
			err: `3: streak.day_starts: 4 is not a time of day (HH:MM)`},
		{name: "negative minutes", file: "[streak]\nmin_minutes = -1\n",
			err: `2: streak.min_minutes: -1 is not a number of minutes (0 or more)`},
		{name: "minutes as text", file: "[streak]\nmin_minutes = \"one\"\n",
			err: `2: streak.min_minutes: "one" is not a number of minutes (0 or more)`},
		{name: "rest days out of range", file: "[streak]\nmin_minutes = 1\nrest_days_per_week = 7\n",
			err: `3: streak.rest_days_per_week: 7 is not a number of days from 0 to 6`},
		{name: "rest days fraction", file: "[streak]\nrest_days_per_week = 1.5\n",
			err: `2: streak.rest_days_per_week: 1.5 is not a number of days from 0 to 6`},
		{name: "unknown key", file: "[streak]\nmin_minutes = 1\n\nminimum = 3\n",
			err: `4: streak.minimum: unknown setting (known: min_minutes, day_starts, rest_days_per_week)`},
		{name: "syntax", file: "[streak]\nmin_minutes = = 1\n",
			err: `2: streak.min_minutes: expected value but found '=' instead`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(path, []byte(tt.file), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := LoadSettings(path)
			if tt.err != "" {
				if want := path + ":" + tt.err; err == nil || err.Error() != want {
					t.Errorf("error %v\nwant  %s", err, want)
				}
				if got != DefaultSettings() {
					t.Errorf("settings %+v with an error, want the defaults", got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestLoadSettingsMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "backroll", "config.toml")
	got, err := LoadSettings(path)
	if err != nil || got != DefaultSettings() {
		t.Errorf("got %+v, %v; want the defaults", got, err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Error("reading the settings created the config folder")
	}
}
