// Package config holds what backroll's settings readers share: checked
// values whose errors name the file, line and key.
package config

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/BurntSushi/toml"
)

// Setting checks and stores one decoded value. As a toml.Unmarshaler its
// errors come back as toml.ParseError carrying the key's position.
type Setting func(v any) error

// UnmarshalTOML implements toml.Unmarshaler.
func (f Setting) UnmarshalTOML(v any) error { return f(v) }

// Show prints a TOML value as the user wrote it, near enough.
func Show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// Located puts the file and line, and the key when known, in front of a
// toml error: "config.toml:3: streak.day_starts: ...".
func Located(path string, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, err)
	}
	if pe.LastKey == "" {
		return fmt.Errorf("%s:%d: %s", path, pe.Position.Line, pe.Message)
	}
	return fmt.Errorf("%s:%d: %s: %s", path, pe.Position.Line, pe.LastKey, pe.Message)
}
