// Package cues tells a person lying on a foam roller, often with eyes
// closed, when a session changes: a hold starts, its last seconds, switch
// sides, a tender spot's end, each cat-cow breath, the end. It cues through
// the terminal bell, the terminal's desktop notifications, the tab's
// progress bar and the system's own speech, each chosen on its own.
//
// Nothing here draws or reads the clock: the UI passes the session's state
// on each update and writes what comes back.
package cues

import (
	"errors"
	"fmt"
	"strings"
)

// Set is which cues are on.
type Set struct {
	Bell     bool // the terminal bell: one ring for the next area, two to switch sides, three at the end
	Notify   bool // a desktop notification, while the terminal is not focused
	Progress bool // the session's progress in the tab or taskbar
	Voice    bool // the system's speech
	// Breath and Countdown add sound (bell or voice) at moments that come
	// every few seconds: a guide to some, noise to others, so each is its
	// own choice.
	Breath    bool // each cat-cow breath in and out
	Countdown bool // the last three seconds of a hold
}

// Default is the quiet choice: the progress bar, seen only by a glance at
// the tab, and the bell at the changes a person with eyes closed needs to
// hear (a few rings a minute; many terminals flash instead of ringing, or
// do nothing, unless told). Voice and notifications reach beyond the
// terminal, so they wait to be asked for.
func Default() Set { return Set{Bell: true, Progress: true} }

// words are the cue names, in the order help lists them.
var words = []struct {
	name string
	on   func(*Set) *bool
}{
	{"bell", func(s *Set) *bool { return &s.Bell }},
	{"notify", func(s *Set) *bool { return &s.Notify }},
	{"progress", func(s *Set) *bool { return &s.Progress }},
	{"voice", func(s *Set) *bool { return &s.Voice }},
	{"breath", func(s *Set) *bool { return &s.Breath }},
	{"countdown", func(s *Set) *bool { return &s.Countdown }},
}

// Known lists the words Parse takes, "none" last.
func Known() string {
	names := make([]string, 0, len(words)+1)
	for _, w := range words {
		names = append(names, w.name)
	}
	return strings.Join(append(names, "none"), ", ")
}

// Parse reads a list of cue names. "none" alone turns every cue off, as
// does an empty list. Names are taken as people type them: any case,
// spaces around.
func Parse(list []string) (Set, error) {
	var s Set
	for _, raw := range list {
		name := strings.ToLower(strings.TrimSpace(raw))
		if name == "none" {
			if len(list) > 1 {
				return Set{}, errors.New(`"none" stands alone: it turns every cue off`)
			}
			return Set{}, nil
		}
		found := false
		for _, w := range words {
			if w.name == name {
				*w.on(&s) = true
				found = true
			}
		}
		if !found {
			return Set{}, fmt.Errorf("%q is not a cue (known: %s)", raw, Known())
		}
	}
	if (s.Breath || s.Countdown) && !s.Bell && !s.Voice {
		return Set{}, errors.New("breath and countdown cues sound through the bell or the voice: add bell or voice")
	}
	return s, nil
}

// ParseList reads a comma-separated list, as --cues takes it.
func ParseList(text string) (Set, error) {
	if strings.TrimSpace(text) == "" {
		return Set{}, errors.New(`no cues named; say "none" to turn them all off`)
	}
	return Parse(strings.Split(text, ","))
}

// String is the list Parse reads back: "bell,progress", or "none".
func (s Set) String() string {
	var on []string
	for _, w := range words {
		if *w.on(&s) {
			on = append(on, w.name)
		}
	}
	if len(on) == 0 {
		return "none"
	}
	return strings.Join(on, ",")
}

// Chosen is the cues config.toml's [session] cues names (as
// coach/settings read them, checked by Check); nil, when the file does
// not choose, gives Default.
func Chosen(names []string) (Set, error) {
	if names == nil {
		return Default(), nil
	}
	return Parse(names)
}

// Check judges a list of cue names, for coach/config.Load.
func Check(names []string) error {
	_, err := Parse(names)
	return err
}
