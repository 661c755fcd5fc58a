// Package settings is everything config.toml's [session] and [streak]
// tables say, where each value came from, and the one way to change them
// that keeps the rest of the file as the person wrote it.
//
// Flags beat the file, which beats the defaults: Load gives the file over
// the defaults, and the command line marks what its flags replace
// (Sources.Flag).
package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/text"
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
// config.Tables.
var Fields = []Field{
	{
		Key: "session.hold", Label: "Hold length",
		Allowed: `a time from 10s to 2m, such as "45s" or "1m30s"; left out, each area keeps its own`,
		value:   func(s Settings) string { return quoteDuration(s.Hold) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			d, err := duration(v, `"45s"`)
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
			d, err := duration(v, `"5s"`)
			if err == nil && (d < MinReady || d > MaxReady) {
				err = fmt.Errorf("%s is not from 3s to 30s", config.Show(v))
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
				return fmt.Errorf("%s: %w", config.Show(v), err)
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
				return fmt.Errorf("%s is not true or false", config.Show(v))
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
				return fmt.Errorf("%s is not a list of cues such as [\"bell\", \"progress\"]", config.Show(v))
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
				return fmt.Errorf("%s is not a theme (%s)", config.Show(v), strings.Join(Themes, ", "))
			}
			s.Theme = str
			return nil
		},
	},
	{
		Key: "streak.min_minutes", Label: "Minutes that make a day count",
		Allowed: "a number of minutes, 0 or more",
		value: func(s Settings) string {
			return strconv.FormatFloat(s.Streak.MinMinutes, 'f', -1, 64)
		},
		set: func(s *Settings, v any, _ func([]string) error) error { return s.Streak.Set("min_minutes", v) },
	},
	{
		Key: "streak.day_starts", Label: "A new day starts at",
		Allowed: `a time of day, "HH:MM"`,
		value: func(s Settings) string {
			d := s.Streak.DayStarts
			return fmt.Sprintf("\"%02d:%02d\"", int(d/time.Hour), int(d%time.Hour/time.Minute))
		},
		set: func(s *Settings, v any, _ func([]string) error) error { return s.Streak.Set("day_starts", v) },
	},
	{
		Key: "streak.rest_days_per_week", Label: "Rest days a week",
		Allowed: "a number of days from 0 to 6",
		Choices: []string{"0", "1", "2", "3", "4", "5", "6"},
		value:   func(s Settings) string { return strconv.Itoa(s.Streak.RestDaysPerWeek) },
		set: func(s *Settings, v any, _ func([]string) error) error {
			return s.Streak.Set("rest_days_per_week", v)
		},
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
		n, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
		// A number of seconds too large to be a time would wrap round,
		// perhaps into one Validate accepts.
		if err != nil || n > math.MaxInt64/int64(time.Second) {
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

// duration reads a TOML string such as "45s".
func duration(v any, example string) (time.Duration, error) {
	s, ok := v.(string)
	d, err := time.ParseDuration(s)
	if !ok || err != nil {
		if _, isNumber := v.(int64); isNumber {
			return 0, fmt.Errorf("%s needs its unit, as in %s", config.Show(v), example)
		}
		return 0, fmt.Errorf("%s is not a time such as %s", config.Show(v), example)
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

// Source is where a setting's value came from.
type Source struct {
	Path string // the config file, when the value came from it
	Line int
	Flag string // the flag that gave it, such as "--hold"
}

// String is "default", "config.toml:3" or "flag --hold".
func (s Source) String() string {
	switch {
	case s.Flag != "":
		return "flag " + s.Flag
	case s.Path != "":
		return fmt.Sprintf("%s:%d", s.Path, s.Line)
	}
	return "default"
}

// Sources say where each setting came from, by Field.Key; a key that is
// not there is a default.
type Sources map[string]Source

// Flag records that flag gave the setting key, beating the file.
func (src Sources) Flag(key, flag string) { src[key] = Source{Flag: flag} }

// Load reads config.toml at path over the defaults. A missing file gives
// the defaults. Every mistake is reported, as Mistakes, each naming file,
// line, key and what is allowed, such as
//
//	config.toml:3: session.hold: a hold lasts at most 2m, not 3m: ...
//
// With a mistake the settings hold only the file's good values and must
// not be used, unless flags replace every key in error
// (Mistakes.Without): nothing starts on a guess. checkCues judges cue
// names, which the UI knows (ui/cues.Check). [profile] is coach/profile's
// to read; its keys are only named here.
func Load(path string, checkCues func([]string) error) (Settings, Sources, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), Sources{}, nil
	}
	if err != nil {
		return Default(), Sources{}, err
	}
	s, lines, errs := parse(data, checkCues)
	src := Sources{}
	for k, line := range lines {
		src[k] = Source{Path: path, Line: line}
	}
	if len(errs) == 0 {
		return s, src, nil
	}
	m := make(Mistakes, len(errs))
	for i, e := range errs {
		m[i].Err = config.Located(path, e)
		var pe toml.ParseError
		if errors.As(e, &pe) {
			m[i].Key = pe.LastKey
		}
	}
	return s, src, m
}

// Mistake is one mistake in config.toml.
type Mistake struct {
	Key string // as in "session.hold"; a table's name, or "" for the file
	Err error  // naming file, line and key
}

// Mistakes are all the mistakes Load found, one a line.
type Mistakes []Mistake

func (m Mistakes) Error() string {
	lines := make([]string, len(m))
	for i, e := range m {
		lines[i] = e.Err.Error()
	}
	return strings.Join(lines, "\n")
}

// Without is m less the mistakes in keys, which flags replace: a flag
// beats the file, so its mistake there stops nothing. It is nil when no
// mistake is left.
func (m Mistakes) Without(keys ...string) error {
	var left Mistakes
	for _, e := range m {
		if !slices.Contains(keys, e.Key) {
			left = append(left, e)
		}
	}
	if len(left) == 0 {
		return nil
	}
	return left
}

// errHere asks toml where a value is: decoding it with a Setting that
// returns it gives a ParseError with the line.
var errHere = errors.New("here")

// parse reads data over the defaults; lines are the line of each setting
// the file gives. The errors are toml's, carrying positions.
func parse(data []byte, checkCues func([]string) error) (Settings, map[string]int, []error) {
	s := Default()
	lines := map[string]int{}
	var doc map[string]toml.Primitive
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return s, lines, []error{err}
	}
	var tables []string
	for _, t := range config.Tables {
		tables = append(tables, t.Name)
	}
	var errs []error
	for _, key := range md.Keys() {
		name := key.String()
		switch {
		case len(key) == 1 && slices.Contains(tables, key[0]):
			if md.Type(key[0]) != "Hash" {
				errs = append(errs, at(data, key[0], "is a table: write ["+key[0]+"] on a line of its own and its settings under it"))
			}
			continue
		case len(key) == 1:
			errs = append(errs, at(data, key[0], unknown(key[0], tables, "table")))
			continue
		case len(key) != 2 || key[0] == "profile" || !slices.Contains(tables, key[0]):
			continue // a value's parts, [profile] (read elsewhere) or a table named wrong above
		}
		var table map[string]toml.Primitive
		if err := md.PrimitiveDecode(doc[key[0]], &table); err != nil {
			continue // reported for the table itself
		}
		f, ok := FieldByKey(name)
		if !ok {
			var keys []string
			for _, t := range config.Tables {
				if t.Name == key[0] {
					keys = t.Keys
				}
			}
			errs = append(errs, locate(md, table[key[1]], unknown(key[1], keys, "setting")))
			continue
		}
		check := config.Setting(func(v any) error { return f.set(&s, v, checkCues) })
		if err := md.PrimitiveDecode(table[key[1]], check); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := md.PrimitiveDecode(table[key[1]], config.Setting(func(any) error { return errHere })); err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				lines[name] = pe.Position.Line
			}
		}
	}
	return s, lines, errs
}

// at is msg placed at the top-level name: a table's header, or a key
// before any header.
func at(data []byte, name, msg string) error {
	line := config.Line(data, name, 0, "")
	if line == 0 {
		line = config.Line(data, "", 0, name)
	}
	return toml.ParseError{Message: msg, Position: toml.Position{Line: line}, LastKey: name}
}

// locate is msg placed at the value p, as toml places its own errors.
func locate(md toml.MetaData, p toml.Primitive, msg string) error {
	return md.PrimitiveDecode(p, config.Setting(func(any) error { return errors.New(msg) }))
}

// unknown says a name is not one of known, with the likeliest meant.
func unknown(name string, known []string, what string) string {
	msg := "unknown " + what
	if c := text.Closest(name, known); c != "" {
		msg += "; did you mean " + c + "?"
	}
	return msg + " (known: " + strings.Join(known, ", ") + ")"
}

// Save writes into config.toml at path each setting of s that differs from
// what the file says now, creating the folder and file if needed. Keys are
// rewritten where they stand (config.Edit): the person's comments, blank
// lines, other keys and tables stay byte for byte. The new file replaces
// the old in one rename, and only once it reads back as s with nothing
// else changed; a file with a mistake in it is left for the person to fix,
// and the error names it.
func Save(path string, s Settings, checkCues func([]string) error) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	cur, _, errs := parse(old, checkCues)
	if len(errs) > 0 {
		return fmt.Errorf("%w; fix it so backroll can save your settings", config.Located(path, errs[0]))
	}
	data := old
	for _, t := range config.Tables {
		var entries []config.Entry
		var own []string
		for _, f := range Fields {
			table, key, _ := strings.Cut(f.Key, ".")
			if table == t.Name && f.value(s) != f.value(cur) {
				entries = append(entries, config.Entry{Key: key, Value: f.value(s)})
				own = append(own, key)
			}
		}
		if len(entries) == 0 {
			continue
		}
		edited := config.Edit(data, t.Name, entries, false)
		if err := config.SameExcept(data, edited, t.Name, own); err != nil {
			return fmt.Errorf("%s: cannot update the [%s] table safely (%v); edit it by hand", path, t.Name, err)
		}
		data = edited
	}
	got, _, errs := parse(data, checkCues)
	if len(errs) > 0 {
		return config.Located(path, errs[0])
	}
	for _, f := range Fields {
		if f.value(got) != f.value(s) {
			return fmt.Errorf("%s: cannot update %s safely: it did not read back; edit it by hand", path, f.Key)
		}
	}
	return config.WriteFile(path, data)
}
