package settings

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
)

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

// Parse reads data, the contents of config.toml at path (named in the
// messages), over the defaults; no data gives the defaults. Every mistake
// is reported, as Mistakes, each naming file, line, key and what is
// allowed, such as
//
//	config.toml:3: session.hold: a hold lasts 10s to 2m, not 3m: ...
//
// With a mistake the settings hold only the file's good values and must
// not be used, unless flags replace every key in error
// (Mistakes.Without): nothing starts on a guess. checkCues judges cue
// names, which the UI knows (ui/cues.Check). [profile] is coach/profile's
// to read; its keys are only named here. The file itself is read once, by
// coach/config.
func Parse(path string, data []byte, checkCues func([]string) error) (Settings, Sources, error) {
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
		m[i].Err = tomlfile.Located(path, e)
		var pe toml.ParseError
		if errors.As(e, &pe) {
			m[i].Key = pe.LastKey
		}
	}
	return s, src, m
}

// CheckTOML is nil when data, config.toml at path, is TOML, or else its
// mistake, placed at its line.
func CheckTOML(path string, data []byte) error {
	if _, err := toml.Decode(string(data), new(map[string]any)); err != nil {
		return tomlfile.Located(path, withAllowed(err))
	}
	return nil
}

// withAllowed is toml's own error about a value it cannot read, such as
// 1e400 (too large for a number) or a stray "=", with what the setting
// allows, which toml's words leave out.
func withAllowed(err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		if f, ok := FieldByKey(pe.LastKey); ok {
			pe.Message += "; allowed: " + f.Allowed
			return pe
		}
	}
	return err
}

// Mistake is one mistake in config.toml.
type Mistake struct {
	Key string // as in "session.hold"; a table's name, or "" for the file
	Err error  // naming file, line and key
}

// Mistakes are all the mistakes Parse found, one a line.
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
		return s, lines, []error{withAllowed(err)}
	}
	var tables []string
	for _, t := range tomlfile.Tables {
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
			for _, t := range tomlfile.Tables {
				if t.Name == key[0] {
					keys = t.Keys
				}
			}
			errs = append(errs, locate(md, table[key[1]], unknown(key[1], keys, "setting")))
			continue
		}
		check := tomlfile.Setting(func(v any) error { return f.set(&s, v, checkCues) })
		if err := md.PrimitiveDecode(table[key[1]], check); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := md.PrimitiveDecode(table[key[1]], tomlfile.Setting(func(any) error { return errHere })); err != nil {
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
	line := tomlfile.Line(data, name, 0, "")
	if line == 0 {
		line = tomlfile.Line(data, "", 0, name)
	}
	return toml.ParseError{Message: msg, Position: toml.Position{Line: line}, LastKey: name}
}

// locate is msg placed at the value p, as toml places its own errors.
func locate(md toml.MetaData, p toml.Primitive, msg string) error {
	return md.PrimitiveDecode(p, tomlfile.Setting(func(any) error { return errors.New(msg) }))
}

// unknown says a name is not one of known, with the likeliest meant.
func unknown(name string, known []string, what string) string {
	msg := "unknown " + what
	if c := text.Closest(name, known); c != "" {
		msg += "; did you mean " + c + "?"
	}
	return msg + " (known: " + strings.Join(known, ", ") + ")"
}
