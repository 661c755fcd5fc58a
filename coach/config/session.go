package config

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/BurntSushi/toml"
)

// Session is the [session] table: how a session is shown and cued.
type Session struct {
	ReducedMotion bool     // a still hold, as with --no-animation
	Cues          []string // the cues' names, as checked by LoadSession's caller
	CuesSet       bool     // the file chose the cues
}

// LoadSession reads the [session] table of the config file at path. A
// missing file gives the defaults. An invalid value is an error naming
// file, line and key, such as
//
//	config.toml:2: session.reduced_motion: "yes" is not true or false
//
// checkCues judges the cues' names, which the UI knows (ui/cues); its
// error is placed at the key's line too.
func LoadSession(path string, checkCues func(names []string) error) (Session, error) {
	var s Session
	data, err := ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	// Each value stays a Primitive until its key is known, so that even an
	// unknown key is decoded with an error that toml places in the file.
	var doc struct{ Session map[string]toml.Primitive }
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return s, Located(path, err)
	}
	for _, key := range md.Keys() {
		// Hold, breath and the others are coach/settings' to judge.
		if len(key) != 2 || key[0] != "session" || Known("session", key[1]) && key[1] != "reduced_motion" && key[1] != "cues" {
			continue
		}
		var check Setting
		switch key[1] {
		case "reduced_motion":
			check = func(v any) error {
				b, ok := v.(bool)
				if !ok {
					return fmt.Errorf("%s is not true or false", Show(v))
				}
				s.ReducedMotion = b
				return nil
			}
		case "cues":
			check = func(v any) error {
				list, isList := v.([]any)
				names := make([]string, len(list))
				for i, item := range list {
					if names[i], isList = item.(string); !isList {
						break
					}
				}
				if !isList {
					return fmt.Errorf("%s is not a list of cues such as [\"bell\", \"progress\"]", Show(v))
				}
				s.Cues, s.CuesSet = names, true
				return checkCues(names)
			}
		default:
			check = func(any) error {
				return errors.New("unknown setting (known: " + strings.Join(Tables[0].Keys, ", ") + ")")
			}
		}
		if err := md.PrimitiveDecode(doc.Session[key[1]], check); err != nil {
			return Session{}, Located(path, err)
		}
	}
	return s, nil
}
