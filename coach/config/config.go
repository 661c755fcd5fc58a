// Package config reads config.toml once a run into one Config: the
// settings ([session], [streak]) and the first-run answers ([profile]),
// every mistake in it named by file and line. The command line reads it
// before any command runs and passes it down; nothing else opens the file
// but to save a change (coach/settings, coach/profile).
package config

import (
	"errors"
	"io/fs"
	"path/filepath"

	"github.com/adrg/xdg"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/coach/tomlfile"
)

// Path is $XDG_CONFIG_HOME/backroll/config.toml or the platform's
// equivalent.
func Path() string {
	return filepath.Join(xdg.ConfigHome, "backroll", "config.toml")
}

// Config is everything config.toml says, over the defaults.
type Config struct {
	Path     string
	Exists   bool // the file is there; without it, all is the defaults
	Settings settings.Settings
	Sources  settings.Sources // where each setting came from
	Profile  profile.Profile
}

// Load reads the config file at path, once, and checks every table and
// key of it. A missing file gives the defaults; it is never created here.
// checkCues judges cue names, which the UI knows (ui/cues.Check).
//
// A file that cannot be read is an error alone. Otherwise every mistake
// is reported at once as settings.Mistakes, each keyed by the setting it
// is about ("session.hold"; "profile" for the answers), so that a flag
// replacing that setting may clear it (Mistakes.Without). With mistakes,
// Config holds the file's good values only: nothing starts on a guess.
func Load(path string, checkCues func([]string) error) (Config, error) {
	c := Config{Path: path, Settings: settings.Default(), Sources: settings.Sources{}, Profile: newcomer}
	data, err := tomlfile.Read(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	c.Exists = true // even unreadable: it is there, not to be written over
	if err != nil {
		return c, err
	}
	// A file that is not TOML is one mistake, said once, not once a table.
	if err := settings.CheckTOML(path, data); err != nil {
		return c, settings.Mistakes{{Err: err}}
	}
	var mistakes settings.Mistakes
	c.Settings, c.Sources, err = settings.Parse(path, data, checkCues)
	if err != nil && !errors.As(err, &mistakes) {
		return c, err
	}
	if c.Profile, err = profile.Parse(path, data); err != nil {
		c.Profile = newcomer
		mistakes = append(mistakes, settings.Mistake{Key: "profile", Err: err})
	}
	if len(mistakes) > 0 {
		return c, mistakes
	}
	return c, nil
}

// newcomer is the answers of someone never asked: taken as new to rolling,
// so that their first sessions start gently.
var newcomer = profile.Profile{FirstTime: true}
