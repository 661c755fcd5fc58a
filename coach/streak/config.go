package streak

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"

	"github.com/backroll/backroll/coach/config"
)

// Settings say what counts as a day of rolling.
type Settings struct {
	MinMinutes      float64       // rolling a day needs to count
	DayStarts       time.Duration // time after midnight when a new day begins
	RestDaysPerWeek int           // missed days a week that keep a streak alive
}

// DefaultSettings are used when the config file does not say otherwise.
func DefaultSettings() Settings {
	return Settings{MinMinutes: 1, DayStarts: 4 * time.Hour}
}

// ConfigPath is $XDG_CONFIG_HOME/backroll/config.toml or the platform's
// equivalent.
func ConfigPath() string {
	return filepath.Join(xdg.ConfigHome, "backroll", "config.toml")
}

// LoadSettings reads the [streak] table of the config file at path over the
// defaults. A missing file gives the defaults; it is never created here. An
// invalid value is an error naming file, line and key, such as
//
//	config.toml:3: streak.day_starts: "25:00" is not a time of day (HH:MM)
//
// and comes with the defaults, so the caller may warn and go on.
func LoadSettings(path string) (Settings, error) {
	s := DefaultSettings()
	data, err := config.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	// Each value stays a Primitive until its key is known, so that even an
	// unknown key can be decoded with an error, which toml places in the file.
	var doc struct{ Streak map[string]toml.Primitive }
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return s, config.Located(path, err)
	}
	for _, key := range md.Keys() {
		if len(key) != 2 || key[0] != "streak" {
			continue
		}
		check := config.Setting(func(v any) error { return s.Set(key[1], v) })
		if err := md.PrimitiveDecode(doc.Streak[key[1]], check); err != nil {
			return DefaultSettings(), config.Located(path, err)
		}
	}
	return s, nil
}

// Set checks v, a value decoded from TOML, and stores it as the setting key
// of the [streak] table.
func (s *Settings) Set(key string, v any) error {
	switch key {
	case "min_minutes":
		m, ok := number(v)
		if !ok || m < 0 || math.IsInf(m, 1) {
			return fmt.Errorf("%s is not a number of minutes (0 or more)", config.Show(v))
		}
		s.MinMinutes = m
	case "day_starts":
		text, _ := v.(string)
		t, err := time.Parse("15:04", text)
		if err != nil {
			return fmt.Errorf("%s is not a time of day (HH:MM)", config.Show(v))
		}
		s.DayStarts = time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute
	case "rest_days_per_week":
		n, ok := v.(int64)
		if !ok || n < 0 || n > 6 {
			return fmt.Errorf("%s is not a number of days from 0 to 6", config.Show(v))
		}
		s.RestDaysPerWeek = int(n)
	default:
		return errors.New("unknown setting (known: min_minutes, day_starts, rest_days_per_week)")
	}
	return nil
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, !math.IsNaN(n)
	}
	return 0, false
}
