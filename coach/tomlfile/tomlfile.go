// Package tomlfile is what backroll's TOML files (config.toml and the
// person's routines) share: the one way they are read, checked values
// whose errors name the file, line and key, and edits that keep every
// byte the person wrote.
package tomlfile

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/BurntSushi/toml"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// Read is the contents of the settings file at path, through the door
// for files from outside: a regular file, not a link, not waited on, and
// 64 KiB at most (files.Config). A missing file is an error that
// errors.Is(err, fs.ErrNotExist) finds. Every read of config.toml goes
// through here.
func Read(path string) ([]byte, error) {
	return files.Read(path, files.Config)
}

// Setting checks and stores one decoded value. As a toml.Unmarshaler its
// errors come back as toml.ParseError carrying the key's position.
type Setting func(v any) error

// UnmarshalTOML implements toml.Unmarshaler.
func (f Setting) UnmarshalTOML(v any) error { return f(v) }

// Show prints a TOML value as the user wrote it, near enough: quoted (so
// no control reaches the terminal) and cut to a readable length.
func Show(v any) string {
	if s, ok := v.(string); ok {
		if r := []rune(s); len(r) > maxShown {
			s = string(r[:maxShown]) + "…"
		}
		return strconv.Quote(s)
	}
	return Cut(fmt.Sprint(v))
}

// Located puts the file and line, and the key when known, in front of a
// toml error: "config.toml:3: streak.day_starts: ...".
func Located(path string, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	if pe.LastKey == "" {
		// The TOML reader's own words, said to be about the file's form.
		return fmt.Errorf("%s:%d: not valid TOML: %s", path, pe.Position.Line, text.Inert(pe.Message))
	}
	return fmt.Errorf("%s:%d: %s: %s", path, pe.Position.Line, Cut(pe.LastKey), text.Inert(pe.Message))
}

// maxShown is how much of a value or a name a message shows.
const maxShown = 40

// Cut makes text from the file safe for a terminal and cuts it to a
// readable length.
func Cut(s string) string {
	s = text.Inert(s)
	if r := []rune(s); len(r) > maxShown {
		return string(r[:maxShown]) + "…"
	}
	return s
}
