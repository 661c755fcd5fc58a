// Package profile keeps the person's answers to the first-run questions in
// the [profile] table of config.toml, next to settings it does not own.
package profile

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/backroll/backroll/content"

	"github.com/backroll/backroll/coach/tomlfile"
)

// Profile is what the first run asks, whether it has been asked, and the
// steps up the person accepted since (coach/advice offers them).
type Profile struct {
	Roller     string // a content.Rollers ID; "" when not answered
	FirstTime  bool   // new to foam rolling: shorter holds, gentler cues
	Onboarded  bool   // the first-run questions were answered or skipped
	SafetySeen bool   // the red flags were shown and acknowledged
	// Conditions are the content.Conditions that apply (the screening
	// question); each changes the plan. Avoid are exercises left out for a
	// recent injury there.
	Conditions IDs
	Avoid      IDs
	Lats       bool   // accepted: routines of several areas add the lats
	Stepped    string // 2006-01-02, the day the last step was accepted; "" for none
	// TimeZone names the zone the person's days are counted in over SSH
	// (backroll serve) when their ssh sends no TZ; "" is the server's.
	TimeZone string
}

// WithoutSteps is p before any step up was accepted: answering the
// first-run questions again starts the progression over, and those
// questions ask again about the roller and being new to rolling.
func (p Profile) WithoutSteps() Profile {
	p.Lats, p.Stepped = false, ""
	return p
}

// Parse reads the [profile] table from data, the contents of config.toml
// at path (named in the messages); the file itself is read once, by
// coach/config. No data is an empty profile. Without a first_time, the
// person is taken as new to rolling, so that their first sessions start
// gently. An invalid value is an error naming file, line and key, such as
//
//	config.toml:4: profile.roller: "foam" is not a roller (soft, standard, trigger-point, peanut, not-sure)
func Parse(path string, data []byte) (Profile, error) {
	p, err := parse(data)
	if err != nil {
		return Profile{}, tomlfile.Located(path, err)
	}
	return p, nil
}

func parse(data []byte) (Profile, error) {
	p := Profile{FirstTime: true} // unless first_time says otherwise
	// Each value stays a Primitive until its key is known, so that even an
	// unknown key is decoded with an error that toml places in the file.
	var doc struct{ Profile map[string]toml.Primitive }
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return p, err
	}
	for _, key := range md.Keys() {
		if len(key) != 2 || key[0] != "profile" {
			continue
		}
		var check tomlfile.Setting
		switch key[1] {
		case "roller":
			check = func(v any) error {
				id, _ := v.(string)
				if _, ok := content.RollerByID(id); !ok {
					return fmt.Errorf("%s is not a roller (%s)", tomlfile.Show(v), rollerIDs())
				}
				p.Roller = id
				return nil
			}
		case "first_time":
			check = flag(&p.FirstTime)
		case "onboarded":
			check = flag(&p.Onboarded)
		case "safety_seen":
			check = flag(&p.SafetySeen)
		case "conditions":
			check = ids(&p.Conditions, "a condition", func(id string) bool { _, ok := content.ConditionByID(id); return ok }, conditionIDs)
		case "avoid":
			check = ids(&p.Avoid, "an area", func(id string) bool { e, ok := content.ExerciseByID(id); return ok && e.StandsIn == "" }, exerciseIDs)
		case "lats":
			check = flag(&p.Lats)
		case "stepped":
			check = func(v any) error {
				text, _ := v.(string)
				// A TOML date, as a person may write it, reads as midnight.
				if d, ok := v.(time.Time); ok && d.Hour() == 0 && d.Minute() == 0 && d.Second() == 0 && d.Nanosecond() == 0 {
					text = d.Format(time.DateOnly)
				}
				if _, err := time.Parse(time.DateOnly, text); err != nil {
					return fmt.Errorf("%s is not a date (YYYY-MM-DD)", tomlfile.Show(v))
				}
				p.Stepped = text
				return nil
			}
		case "time_zone":
			check = func(v any) error {
				name, _ := v.(string)
				if _, err := Zone(name); err != nil {
					return fmt.Errorf("%s is %w", tomlfile.Show(v), err)
				}
				p.TimeZone = name
				return nil
			}
		default:
			check = func(any) error {
				return errors.New("unknown setting (known: roller, first_time, onboarded, safety_seen, conditions, avoid, lats, stepped, time_zone)")
			}
		}
		if err := md.PrimitiveDecode(doc.Profile[key[1]], check); err != nil {
			return Profile{}, err
		}
	}
	return p, nil
}

func flag(b *bool) tomlfile.Setting {
	return func(v any) error {
		on, ok := v.(bool)
		if !ok {
			return fmt.Errorf("%s is not true or false", tomlfile.Show(v))
		}
		*b = on
		return nil
	}
}

// ids reads a list of identifiers, each of which known must accept.
func ids(to *IDs, what string, known func(string) bool, all func() string) tomlfile.Setting {
	return func(v any) error {
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s is not a list, such as [%q]", tomlfile.Show(v), strings.Split(all(), ", ")[0])
		}
		var got []string
		for _, x := range list {
			id, _ := x.(string)
			if !known(id) {
				return fmt.Errorf("%s is not %s (%s)", tomlfile.Show(x), what, all())
			}
			got = append(got, id)
		}
		*to = NewIDs(got...)
		return nil
	}
}

func conditionIDs() string {
	ids := make([]string, len(content.Conditions))
	for i, c := range content.Conditions {
		ids[i] = c.ID
	}
	return strings.Join(ids, ", ")
}

func exerciseIDs() string {
	ids := make([]string, len(content.Areas()))
	for i, e := range content.Areas() {
		ids[i] = e.ID
	}
	return strings.Join(ids, ", ")
}

func rollerIDs() string {
	ids := make([]string, len(content.Rollers))
	for i, r := range content.Rollers {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// Save writes p into the [profile] table of the config file at path,
// creating the folder and file if needed. Every other line of the file is
// kept as it was, comments and all; backroll's own keys are rewritten in
// place (tomlfile.Edit). The new file replaces the old in one rename, and
// only once it reads back as p with every other setting unchanged: a file
// Save cannot edit safely (broken TOML, a profile written in an unusual
// form) is left alone and the error says why.
func Save(path string, p Profile) error {
	old, err := tomlfile.Read(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if _, err := parse(old); err != nil {
		return fmt.Errorf("%w; fix it so backroll can save your answers", tomlfile.Located(path, err))
	}
	data := tomlfile.Edit(old, "profile", entries(p))
	if err := readsBack(old, data, p); err != nil {
		return fmt.Errorf("%s: cannot update the [profile] table safely (%v); edit it by hand", path, err)
	}
	return tomlfile.WriteFile(path, data)
}

// entries are backroll's lines for p, in a fixed order; a key with nothing
// to say is left out.
func entries(p Profile) []tomlfile.Entry {
	var roller, conditions, avoid, lats, stepped, zone string
	if p.Roller != "" {
		roller = strconv.Quote(p.Roller)
	}
	if p.Conditions != "" {
		conditions = "[" + quoted(p.Conditions.List()) + "]"
	}
	if p.Avoid != "" {
		avoid = "[" + quoted(p.Avoid.List()) + "]"
	}
	// Only once a step is taken: most files never need these lines.
	if p.Lats {
		lats = "true"
	}
	if p.Stepped != "" {
		stepped = strconv.Quote(p.Stepped)
	}
	if p.TimeZone != "" {
		zone = strconv.Quote(p.TimeZone)
	}
	return []tomlfile.Entry{
		{Key: "roller", Value: roller},
		{Key: "first_time", Value: strconv.FormatBool(p.FirstTime)},
		{Key: "onboarded", Value: strconv.FormatBool(p.Onboarded)},
		{Key: "safety_seen", Value: strconv.FormatBool(p.SafetySeen)},
		{Key: "conditions", Value: conditions},
		{Key: "avoid", Value: avoid},
		{Key: "lats", Value: lats},
		{Key: "stepped", Value: stepped},
		{Key: "time_zone", Value: zone},
	}
}

// quoted is ids as TOML strings, comma separated.
func quoted(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = strconv.Quote(id)
	}
	return strings.Join(q, ", ")
}

// readsBack checks that edited reads back as p and holds exactly the other
// settings that old held.
func readsBack(old, edited []byte, p Profile) error {
	got, err := parse(edited)
	if err != nil {
		return err
	}
	if got != p {
		return errors.New("the answers did not read back")
	}
	var own []string
	for _, e := range entries(p) {
		own = append(own, e.Key)
	}
	return tomlfile.SameExcept(old, edited, "profile", own)
}
