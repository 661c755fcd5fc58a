// Package settings is everything config.toml's [session] and [streak]
// tables say, where each value came from, and the one way to change them
// that keeps the rest of the file as the person wrote it.
//
// Flags beat the file, which beats the defaults: Parse gives the file over
// the defaults, and the command line marks what its flags replace
// (Sources.Flag).
package settings

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/tomlfile"
)

// Settings are the choices a person makes once and keeps.
type Settings struct {
	Hold          time.Duration // every area's hold; 0 keeps each area's own
	Ready         time.Duration // the get-ready before each area; 0 keeps the coach's
	Breath        coach.Breath
	ReducedMotion bool     // a still hold instead of moving shapes
	Cues          []string // cue names, as ui/cues reads them; nil keeps its default
	Theme         string   // one of Themes
	Streak        streak.Settings
}

// Themes are the colour choices: auto follows the terminal's background,
// none draws without colour.
var Themes = []string{"auto", "dark", "light", "none"}

// Limits of the get-ready time: long enough to lie down on the roller,
// short enough not to get cold.
const (
	MinReady = 3 * time.Second
	MaxReady = 30 * time.Second
)

// Default is what backroll does when nothing says otherwise.
func Default() Settings {
	return Settings{Breath: coach.DefaultBreath, Theme: "auto", Streak: streak.DefaultSettings()}
}

// Field describes one setting, so that a screen or a listing can be made
// from the list alone.
type Field struct {
	Key     string   // table and key, as in "session.hold"
	Label   string   // a few words for a settings screen
	Allowed string   // what the file may say, in words
	Choices []string // values to pick from, as the file writes them; nil when typed
	// value is the setting in s as TOML writes it; "" when it is unset
	// and the key is best left out.
	value func(s Settings) string
	// set checks a decoded TOML value and stores it in s.
	set func(s *Settings, v any, checkCues func([]string) error) error
}

// Value is the setting in s as the file writes it, or "" when unset.
func (f Field) Value(s Settings) string { return f.value(s) }

// Fields are every setting of [session] and [streak], in the order of
// tomlfile.Tables.
var Fields = []Field{
	{
		Key: "session.hold", Label: "Hold length",
		Allowed: `a time from 10s to 2m, such as "45s" or "1m30s"; left out, each area keeps its own`,
		value:   func(s Settings) string { return quoteDuration(s.Hold) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			d, err := duration(v, `from 10s to 2m, such as "45s"`, `"45s"`)
			if err == nil {
				err = coach.ValidateHold(d)
			}
			if err == nil {
				s.Hold = d
			}
			return err
		},
	},
	{
		Key: "session.ready", Label: "Get-ready time",
		Allowed: `a time from 3s to 30s, such as "5s"; left out, 5s (10s while you are new to rolling)`,
		value:   func(s Settings) string { return quoteDuration(s.Ready) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			d, err := duration(v, `from 3s to 30s, such as "5s"`, `"5s"`)
			if err == nil && (d < MinReady || d > MaxReady) {
				err = fmt.Errorf("%s is not from 3s to 30s", tomlfile.Show(v))
			}
			if err == nil {
				s.Ready = d
			}
			return err
		},
	},
	{
		Key: "session.breath", Label: "Breathing",
		Allowed: `"4-6", "5-5", "4-7-8" or your own "IN-OUT" or "IN-HOLD-OUT" in seconds: in and out 2 to 10 each, a hold 1 to 10`,
		Choices: []string{`"4-6"`, `"5-5"`, `"4-7-8"`},
		value:   func(s Settings) string { return strconv.Quote(s.Breath.String()) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			str, _ := v.(string)
			b, err := ParseBreath(str)
			if err != nil {
				return fmt.Errorf("%s: %w", tomlfile.Show(v), err)
			}
			s.Breath = b
			return nil
		},
	},
	{
		Key: "session.reduced_motion", Label: "Reduced motion",
		Allowed: "true or false",
		Choices: []string{"false", "true"},
		value:   func(s Settings) string { return strconv.FormatBool(s.ReducedMotion) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			b, ok := v.(bool)
			if !ok {
				return fmt.Errorf("%s is not true or false", tomlfile.Show(v))
			}
			s.ReducedMotion = b
			return nil
		},
	},
	{
		Key: "session.cues", Label: "Cues",
		Allowed: `a list of cues, such as ["bell", "progress"], or ["none"]`,
		value: func(s Settings) string {
			if s.Cues == nil {
				return ""
			}
			q := make([]string, len(s.Cues))
			for i, c := range s.Cues {
				q[i] = strconv.Quote(c)
			}
			return "[" + strings.Join(q, ", ") + "]"
		},
		set: func(s *Settings, v any, check func([]string) error) error {
			list, isList := v.([]any)
			names := make([]string, len(list))
			for i, item := range list {
				if names[i], isList = item.(string); !isList {
					break
				}
			}
			if !isList {
				return fmt.Errorf("%s is not a list of cues such as [\"bell\", \"progress\"]", tomlfile.Show(v))
			}
			if err := check(names); err != nil {
				return err
			}
			s.Cues = names
			return nil
		},
	},
	{
		Key: "session.theme", Label: "Colours",
		Allowed: `"auto" (follow the terminal), "dark", "light" or "none" (no colour)`,
		Choices: []string{`"auto"`, `"dark"`, `"light"`, `"none"`},
		value:   func(s Settings) string { return strconv.Quote(s.Theme) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			str, _ := v.(string)
			if !slices.Contains(Themes, str) {
				return fmt.Errorf("%s is not a theme (%s)", tomlfile.Show(v), strings.Join(Themes, ", "))
			}
			s.Theme = str
			return nil
		},
	},
	{
		Key: "streak.min_minutes", Label: "Minutes that make a day count",
		Allowed: "a number of minutes from 0 to 60",
		value: func(s Settings) string {
			return strconv.FormatFloat(s.Streak.MinMinutes, 'f', -1, 64)
		},
		set: func(s *Settings, v any, _ func([]string) error) error { return minMinutes(&s.Streak, v) },
	},
	{
		Key: "streak.day_starts", Label: "A new day starts at",
		Allowed: `a time of day, "HH:MM"`,
		value: func(s Settings) string {
			d := s.Streak.DayStarts
			return fmt.Sprintf("\"%02d:%02d\"", int(d/time.Hour), int(d%time.Hour/time.Minute))
		},
		set: func(s *Settings, v any, _ func([]string) error) error { return dayStarts(&s.Streak, v) },
	},
	{
		Key: "streak.rest_days_per_week", Label: "Rest days a week",
		Allowed: "a number of days from 0 to 6",
		Choices: []string{"0", "1", "2", "3", "4", "5", "6"},
		value:   func(s Settings) string { return strconv.Itoa(s.Streak.RestDaysPerWeek) },
		set:     func(s *Settings, v any, _ func([]string) error) error { return restDays(&s.Streak, v) },
	},
}

// FieldByKey returns the field for "table.key".
func FieldByKey(key string) (Field, bool) {
	for _, f := range Fields {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// ParseBreath reads a breathing pattern in whole seconds: "IN-OUT", such
// as "4-6", or "IN-HOLD-OUT" with the breath held after breathing in,
// such as "4-7-8". A hold of 0 is no hold.
func ParseBreath(s string) (coach.Breath, error) {
	errForm := errors.New(`not IN-OUT or IN-HOLD-OUT seconds; try "4-6" or "4-7-8"`)
	parts := strings.Split(s, "-")
	if len(parts) != 2 && len(parts) != 3 {
		return coach.Breath{}, errForm
	}
	secs := make([]time.Duration, len(parts))
	for i, p := range parts {
		p = strings.TrimSpace(p)
		n, err := strconv.ParseInt(p, 10, 64)
		// A number of seconds too large to be a time would wrap round,
		// perhaps into one Validate accepts. Only digits get this far.
		if errors.Is(err, strconv.ErrRange) || err == nil && n > math.MaxInt64/int64(time.Second) {
			return coach.Breath{}, fmt.Errorf("%s seconds is far too long: in and out last 2 to 10 seconds each, a held breath 1 to 10", p)
		}
		if err != nil {
			return coach.Breath{}, errForm
		}
		secs[i] = time.Duration(n) * time.Second
	}
	b := coach.Breath{In: secs[0], Out: secs[len(secs)-1]}
	if len(secs) == 3 {
		b.Hold = secs[1]
	}
	return b, b.Validate()
}

// duration reads a TOML string such as "45s"; allowed, such as `from 1s
// to 2m, such as "45s"`, says what may be written, and is said when what
// is written is not a time or one too long for Go's (over 290 years).
func duration(v any, allowed, example string) (time.Duration, error) {
	s, ok := v.(string)
	d, err := time.ParseDuration(s)
	if !ok || err != nil {
		if _, isNumber := v.(int64); isNumber {
			return 0, fmt.Errorf("%s needs its unit, as in %s", tomlfile.Show(v), example)
		}
		return 0, fmt.Errorf("%s is not a time %s", tomlfile.Show(v), allowed)
	}
	return d, nil
}

func quoteDuration(d time.Duration) string {
	if d == 0 {
		return ""
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	return strconv.Quote(s)
}
