// Package config holds what backroll's settings readers share: checked
// values whose errors name the file, line and key.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/backroll/backroll/coach/history"
)

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
		return fmt.Errorf("%s:%d: %s", path, pe.Position.Line, history.Inert(pe.Message))
	}
	return fmt.Errorf("%s:%d: %s: %s", path, pe.Position.Line, Cut(pe.LastKey), history.Inert(pe.Message))
}

// Tables are the tables config.toml may have; each one's keys are checked
// by its own reader (streak, session, profile).
var Tables = []string{"streak", "session", "profile"}

// CheckTables checks that every table and top-level key of the config file
// at path is one backroll knows, so that a typo such as [strek] is an
// error, not a setting silently ignored:
//
//	config.toml:3: unknown table [strek] (did you mean [streak]?)
//
// A missing file is fine.
func CheckTables(path string) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var doc map[string]toml.Primitive
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return Located(path, err)
	}
	for _, key := range md.Keys() {
		if len(key) != 1 || slices.Contains(Tables, key[0]) {
			continue
		}
		name := key[0]
		what := "unknown table [" + Cut(name) + "]"
		if md.Type(name) != "Hash" {
			what = "unknown setting " + Cut(name) + " outside any table"
		}
		if near := closest(name, Tables); near != "" {
			what += " (did you mean [" + near + "]?)"
		} else {
			what += " (known: [" + strings.Join(Tables, "], [") + "])"
		}
		err := md.PrimitiveDecode(doc[name], Setting(func(any) error { return errors.New(what) }))
		var pe toml.ParseError
		if errors.As(err, &pe) {
			// The message names the table already.
			return fmt.Errorf("%s:%d: %s", path, pe.Position.Line, pe.Message)
		}
		return fmt.Errorf("%s: %s", path, what)
	}
	return nil
}

// closest is the name in names within two edits of s, if any.
func closest(s string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := distance(s, n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// maxShown is how much of a value or a name a message shows.
const maxShown = 40

// Cut makes text from the file safe for a terminal and cuts it to a
// readable length.
func Cut(s string) string {
	s = history.Inert(s)
	if r := []rune(s); len(r) > maxShown {
		return string(r[:maxShown]) + "…"
	}
	return s
}
