// Package custom reads a person's own routines: TOML files in
// $XDG_CONFIG_HOME/backroll/routines, one routine each, written by hand,
// from `backroll routines new`, or by a physio and installed with
// `backroll routines add`. Each is checked against content as strictly as
// a built-in routine, every problem named by file and line, and becomes a
// content.Routine that coach.NewPlan runs with the screening answers
// applied like any other.
package custom

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
	"github.com/backroll/backroll/content"
)

// Limits on a routine file. Its holds are checked by coach.ValidateHold,
// as every hold is.
const (
	MaxSteps = 20
	MaxName  = 30 // runes, to fit the routine lists
	MaxDesc  = 80
)

// Dir is where custom routines live: $XDG_CONFIG_HOME/backroll/routines.
func Dir() string { return filepath.Join(xdg.ConfigHome, "backroll", "routines") }

// Problem is one thing wrong in a routine file. Key and Msg are inert
// (text.Inert), whatever the file holds.
type Problem struct {
	Line int    // 0 when the file as a whole is wrong
	Key  string // such as "name" or "step 2: exercise"; "" for none
	Msg  string
}

// Invalid is a routine file with problems, all of them.
type Invalid struct {
	Path     string
	Problems []Problem
}

// Error is one line per problem: "path:line: key: what is wrong".
func (e *Invalid) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		at := text.Inert(e.Path)
		if p.Line > 0 {
			at = fmt.Sprintf("%s:%d", at, p.Line)
		}
		if p.Key != "" {
			at += ": " + p.Key
		}
		lines[i] = at + ": " + p.Msg
	}
	return strings.Join(lines, "\n")
}

// ID is the routine ID a file name gives: "desk-day.toml" is desk-day.
// It must be lower-case letters, digits and hyphens, so that it is typed
// as is after `backroll start`.
func ID(file string) (string, error) {
	base := filepath.Base(file)
	id, ok := strings.CutSuffix(base, ".toml")
	if !ok || id == "" || id[0] == '-' || strings.Trim(id, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		return "", fmt.Errorf("%q is not a routine file name: use lower-case letters, digits and hyphens, ending in .toml, such as desk-day.toml", base)
	}
	return id, nil
}

// Slug turns a name as a person types it into an ID: "Desk day" is
// desk-day. It is "" when nothing usable is left.
func Slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(name)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			if s := b.String(); s != "" && !strings.HasSuffix(s, "-") {
				b.WriteByte('-')
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var (
	topKeys  = []string{"name", "description", "cat_cow", "step"}
	stepKeys = []string{"exercise", "hold", "sides"}
	sides    = map[string]string{"both": "", "left": "left", "right": "right"}
)

// Parse checks a routine file's text and returns the routine with the
// given ID, or every problem found. A name or description with a control
// character in it is refused, and every message shows what the file holds
// made inert (text.Inert): a shared file can never write to the terminal.
func Parse(id string, data []byte) (content.Routine, []Problem) {
	r := content.Routine{ID: id, Name: id, CatCow: true}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return r, []Problem{{Line: pe.Position.Line, Msg: "not valid TOML: " + text.Inert(pe.Message)}}
		}
		return r, []Problem{{Msg: text.Inert(err.Error())}}
	}
	var probs []Problem
	top := func(key, msg string) {
		line := tomlfile.Line(data, "", 0, key)
		if line == 0 { // written as a table of its own: [extra] or [[stepp]]
			line = tomlfile.Line(data, key, 0, "")
		}
		probs = append(probs, Problem{Line: line, Key: tomlfile.Cut(key), Msg: msg})
	}
	for _, key := range sortedKeys(doc) {
		v := doc[key]
		switch key {
		case "name":
			if s, ok := oneLine(v, MaxName, top, key); ok && s != "" {
				r.Name = s
			}
		case "description":
			if s, ok := oneLine(v, MaxDesc, top, key); ok {
				r.Summary = s
			}
		case "cat_cow":
			b, ok := v.(bool)
			if !ok {
				top(key, fmt.Sprintf("%s is not true or false", tomlfile.Show(v)))
			}
			r.CatCow = b
		case "step":
			steps, ok := v.([]map[string]any)
			if !ok {
				top(key, "write each step as a [[step]] table, with exercise, hold and sides under it")
				continue
			}
			if len(steps) > MaxSteps {
				probs = append(probs, Problem{Line: tomlfile.Line(data, "step", MaxSteps, ""), Key: key,
					Msg: fmt.Sprintf("%d steps are more than %d: a session should end while it still feels good", len(steps), MaxSteps)})
			}
			for i, st := range steps {
				it, ps := step(data, i, st)
				probs = append(probs, ps...)
				r.Items = append(r.Items, it)
			}
			probs = append(probs, overBudget(data, r.Items)...)
		default:
			top(key, unknown(key, topKeys))
		}
	}
	if len(r.Items) == 0 && !r.CatCow && len(probs) == 0 {
		probs = append(probs, Problem{Msg: "nothing to do: add a [[step]], or cat_cow = true"})
	}
	return r, probs
}

// step checks the i-th [[step]] table.
func step(data []byte, i int, st map[string]any) (content.Item, []Problem) {
	var it content.Item
	var probs []Problem
	at := func(key, msg string) {
		line := tomlfile.Line(data, "step", i, key)
		if line == 0 {
			line = tomlfile.Line(data, "step", i, "")
		}
		probs = append(probs, Problem{Line: line, Key: fmt.Sprintf("step %d: %s", i+1, tomlfile.Cut(key)), Msg: msg})
	}
	raw, has := st["exercise"]
	name, _ := raw.(string)
	ex, why := exercise(name)
	switch {
	case !has:
		at("exercise", "missing: name the area to roll, one of "+strings.Join(areaIDs(), ", "))
	case why != "":
		at("exercise", fmt.Sprintf("%s %s", tomlfile.Show(name), why))
	default:
		it.Exercise = ex.ID
	}
	if v, ok := st["hold"]; ok {
		s, isText := v.(string)
		d, err := time.ParseDuration(s)
		switch {
		case !isText || err != nil:
			at("hold", fmt.Sprintf("%s is not a time such as \"45s\" or \"1m30s\"", tomlfile.Show(v)))
		case coach.ValidateHold(d) != nil:
			at("hold", coach.ValidateHold(d).Error())
		default:
			it.Hold = d
		}
	}
	if v, ok := st["sides"]; ok {
		s, _ := v.(string)
		side, known := sides[s]
		switch {
		case !known:
			at("sides", fmt.Sprintf("%s is not both, left or right", tomlfile.Show(v)))
		case side != "" && it.Exercise != "" && !ex.Sided:
			at("sides", fmt.Sprintf("%s is rolled down the middle, not one side at a time: write both", ex.Name))
		default:
			it.Side = side
		}
	}
	for _, key := range sortedKeys(st) {
		if !slices.Contains(stepKeys, key) {
			at(key, unknown(key, stepKeys))
		}
	}
	return it, probs
}

// exercise finds the area a routine names, or says why it cannot be
// rolled: the lower back and the neck never are.
func exercise(name string) (content.Exercise, string) {
	id := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), " ", "-")
	if z, ok := content.ZoneByID(id); ok {
		return content.Exercise{}, "is never rolled: " + z.Why
	}
	ex, ok := content.ExerciseByID(id)
	switch {
	case ok && ex.StandsIn != "":
		return content.Exercise{}, fmt.Sprintf("is chosen for you when the screening answers call for it: write %q", ex.StandsIn)
	case ok:
		return ex, ""
	}
	why := "is not an area"
	if c := text.Closest(id, areaIDs()); c != "" {
		why += fmt.Sprintf("; did you mean %q?", c)
	}
	return content.Exercise{}, why + " (known: " + strings.Join(areaIDs(), ", ") + ")"
}

func areaIDs() []string {
	var ids []string
	for _, e := range content.Areas() {
		ids = append(ids, e.ID)
	}
	return ids
}

// oneLine reads a name or description: one line of plain text (nothing
// Inert would change), trimmed, at most max runes.
func oneLine(v any, max int, problem func(key, msg string), key string) (string, bool) {
	s, ok := v.(string)
	if !ok {
		problem(key, fmt.Sprintf("%s is not text in quotes", tomlfile.Show(v)))
		return "", false
	}
	if shown := text.Inert(s); shown != s {
		problem(key, fmt.Sprintf("holds control characters, here written out: %s; write plain text on one line", tomlfile.Cut(shown)))
		return "", false
	}
	s = strings.TrimSpace(s)
	if n := utf8.RuneCountInString(s); n > max {
		problem(key, fmt.Sprintf("is %d characters long; keep it to %d", n, max))
		return "", false
	}
	return s, true
}

func unknown(key string, known []string) string {
	msg := "unknown key"
	if c := text.Closest(key, known); c != "" {
		msg += "; did you mean " + c + "?"
	}
	return msg + " (known: " + strings.Join(known, ", ") + ")"
}

// sortedKeys gives a map's keys in order, so problems come out the same
// every time; they are sorted by line afterwards where lines are known.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
