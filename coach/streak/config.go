package streak

import "time"

// Settings say what counts as a day of rolling. They are values: reading
// and checking them is config.toml's reader's job (coach/settings).
type Settings struct {
	MinMinutes      float64       // rolling a day needs to count
	DayStarts       time.Duration // time after midnight when a new day begins
	RestDaysPerWeek int           // missed days a week that keep a streak alive
}

// DefaultSettings are used when the config file does not say otherwise.
func DefaultSettings() Settings {
	return Settings{MinMinutes: 1, DayStarts: 4 * time.Hour}
}
