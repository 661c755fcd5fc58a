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
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// Limits on a routine file. Its holds are checked by coach.ValidateHold,
// as every hold is.
const (
	MaxSteps = 20
	MaxName  = 30 // runes, to fit the routine lists
	MaxDesc  = 80
	maxSize  = 64 << 10 // bytes: a routine is a few hundred
)

// Dir is where custom routines live: $XDG_CONFIG_HOME/backroll/routines.
func Dir() string { return filepath.Join(xdg.ConfigHome, "backroll", "routines") }

// Problem is one thing wrong in a routine file.
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
		at := e.Path
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
		return "", fmt.Errorf("%q is not a routine file name: use lower-case letters, digits and hyphens, ending in .toml, such as desk-day.toml", text.Inert(base))
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
// given ID, or every problem found. Name and description are made inert
// (text.Inert): a shared file can never write to the terminal.
func Parse(id string, data []byte) (content.Routine, []Problem) {
	r := content.Routine{ID: id, Name: id, CatCow: true}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return r, []Problem{{Line: pe.Position.Line, Msg: "not valid TOML: " + pe.Message}}
		}
		return r, []Problem{{Msg: err.Error()}}
	}
	var probs []Problem
	top := func(key, msg string) {
		probs = append(probs, Problem{Line: config.Line(data, "", 0, key), Key: key, Msg: msg})
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
				top(key, fmt.Sprintf("%s is not true or false", config.Show(v)))
			}
			r.CatCow = b
		case "step":
			steps, ok := v.([]map[string]any)
			if !ok {
				top(key, "write each step as a [[step]] table, with exercise, hold and sides under it")
				continue
			}
			if len(steps) > MaxSteps {
				probs = append(probs, Problem{Line: config.Line(data, "step", MaxSteps, ""), Key: key,
					Msg: fmt.Sprintf("%d steps are more than %d: a session should end while it still feels good", len(steps), MaxSteps)})
			}
			for i, st := range steps {
				it, ps := step(data, i, st)
				probs = append(probs, ps...)
				r.Items = append(r.Items, it)
			}
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
		line := config.Line(data, "step", i, key)
		if line == 0 {
			line = config.Line(data, "step", i, "")
		}
		probs = append(probs, Problem{Line: line, Key: fmt.Sprintf("step %d: %s", i+1, key), Msg: msg})
	}
	raw, has := st["exercise"]
	name, _ := raw.(string)
	ex, why := exercise(name)
	switch {
	case !has:
		at("exercise", "missing: name the area to roll, one of "+strings.Join(areaIDs(), ", "))
	case why != "":
		at("exercise", fmt.Sprintf("%s %s", config.Show(text.Inert(name)), why))
	default:
		it.Exercise = ex.ID
	}
	if v, ok := st["hold"]; ok {
		s, isText := v.(string)
		d, err := time.ParseDuration(s)
		switch {
		case !isText || err != nil:
			at("hold", fmt.Sprintf("%s is not a time such as \"45s\" or \"1m30s\"", config.Show(inert(v))))
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
			at("sides", fmt.Sprintf("%s is not both, left or right", config.Show(inert(v))))
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

// oneLine reads a name or description: inert, trimmed, at most max runes.
func oneLine(v any, max int, problem func(key, msg string), key string) (string, bool) {
	s, ok := v.(string)
	if !ok {
		problem(key, fmt.Sprintf("%s is not text in quotes", config.Show(v)))
		return "", false
	}
	s = strings.TrimSpace(text.Inert(s))
	if n := utf8.RuneCountInString(s); n > max {
		problem(key, fmt.Sprintf("is %d characters long; keep it to %d", n, max))
		return "", false
	}
	return s, true
}

// inert is v made safe to quote back in a message.
func inert(v any) any {
	if s, ok := v.(string); ok {
		return text.Inert(s)
	}
	return v
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

// Read checks the routine file at path, which may be anywhere (for
// `backroll routines add`). Its ID comes from its file name.
func Read(path string) (content.Routine, error) {
	r, _, err := readFile(path)
	return r, err
}

func readFile(path string) (content.Routine, []byte, error) {
	id, err := ID(path)
	if err != nil {
		return content.Routine{}, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return content.Routine{}, nil, err
	}
	defer f.Close()
	data, err := readAll(path, f)
	if err != nil {
		return content.Routine{}, nil, err
	}
	r, err := check(path, id, data)
	return r, data, err
}

func readAll(path string, f io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(f, maxSize+1))
	if err == nil && len(data) > maxSize {
		err = &Invalid{Path: path, Problems: []Problem{{Msg: "is too large for a routine (64 KiB at most)"}}}
	}
	return data, err
}

// check is Parse with the problems sorted by line, and a built-in's ID
// refused: built-in routines win, and a file may not hide one.
func check(path, id string, data []byte) (content.Routine, error) {
	if _, builtin := content.RoutineByID(id); builtin {
		return content.Routine{}, &Invalid{Path: path, Problems: []Problem{{Msg: fmt.Sprintf("%s is the name of a built-in routine: rename the file", id)}}}
	}
	r, probs := Parse(id, data)
	if len(probs) > 0 {
		slices.SortStableFunc(probs, func(a, b Problem) int { return a.Line - b.Line })
		return content.Routine{}, &Invalid{Path: path, Problems: probs}
	}
	return r, nil
}

// Install checks the routine file at src, every problem listed at once,
// and copies it byte for byte into dir under its own name. Nothing is
// written when anything is wrong, nor over a routine already there.
func Install(dir, src string) (content.Routine, string, error) {
	r, data, err := readFile(src)
	if err != nil {
		return r, "", err
	}
	dest := filepath.Join(dir, filepath.Base(src))
	if _, err := os.Lstat(dest); err == nil {
		return r, "", fmt.Errorf("%s is already installed as %s; remove it first to replace it", r.ID, dest)
	}
	return r, dest, config.WriteFile(dest, data)
}

// New writes a commented routine named name into dir, to edit by hand,
// and returns its path. Its file name, and so its ID, is Slug(name).
func New(dir, name string) (string, error) {
	name = strings.TrimSpace(text.Inert(name))
	id := Slug(name)
	switch {
	case id == "":
		return "", fmt.Errorf("%q has no letters or digits to name a file with", name)
	case utf8.RuneCountInString(name) > MaxName:
		return "", fmt.Errorf("%q is longer than %d characters", name, MaxName)
	}
	if _, builtin := content.RoutineByID(id); builtin {
		return "", fmt.Errorf("%s is a built-in routine; choose another name", id)
	}
	path := filepath.Join(dir, id+".toml")
	if _, err := os.Lstat(path); err == nil {
		return "", fmt.Errorf("%s already exists", path)
	}
	return path, config.WriteFile(path, Template(id, name))
}

// Template is a routine file that teaches its own format.
func Template(id, name string) []byte {
	return []byte(`# A routine of your own, for backroll. Start it with: backroll start ` + id + `
# Everything after a # is a note for you; backroll reads the rest.

name = ` + strconv.Quote(name) + `
description = "Mid-back and lats, for a stiff upper back."
# End with cat-cow: the spine moves through the range it has just gained.
cat_cow = true

# Each [[step]] is one area, rolled in this order.
#   exercise: ` + strings.Join(areaIDs(), ", ") + `
#             (never the lower back or the neck: they are not rolled)
#   hold:     10s to 2m on each side; leave it out for the area's own
#   sides:    both, left or right
# Your screening answers still apply: an area they leave out is skipped.

[[step]]
exercise = "mid-back"
hold = "1m"
sides = "both"

[[step]]
exercise = "lats"
hold = "45s"
sides = "both"
`)
}

// Load reads every routine in dir, sorted by ID. Files with problems are
// left out and each reported as an error. A missing folder holds none.
// Only plain files are read, never through a link, and not at all from a
// folder others can write to: a routine there could be anyone's.
func Load(dir string) ([]content.Routine, []error) {
	root, err := openDir(dir)
	if root == nil || err != nil {
		return nil, errs(err)
	}
	defer root.Close()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, []error{err}
	}
	var out []content.Routine
	var bad []error
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".toml") {
			continue // editors' backups and temporary files
		}
		r, err := readIn(root, dir, name)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		out = append(out, r)
	}
	return out, bad
}

// Find is the custom routine with the given ID in dir. ok is false when no
// file has that ID; err is that file's problems when it has any.
func Find(dir, id string) (r content.Routine, ok bool, err error) {
	name := id + ".toml"
	if _, err := ID(name); err != nil {
		return r, false, nil
	}
	if _, err := os.Lstat(filepath.Join(dir, name)); errors.Is(err, fs.ErrNotExist) {
		return r, false, nil
	}
	root, err := openDir(dir)
	if root == nil || err != nil {
		return r, true, err
	}
	defer root.Close()
	r, err = readIn(root, dir, name)
	return r, true, err
}

// openDir opens the routines folder, or nil with no error when there is
// none.
func openDir(dir string) (*os.Root, error) {
	fi, err := os.Stat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if fi.Mode().Perm()&0o022 != 0 {
		return nil, fmt.Errorf("%s: others can write to this folder, so its routines could be anyone's; `chmod go-w %s` makes it yours alone", dir, dir)
	}
	return os.OpenRoot(dir)
}

// readIn reads the routine file name in the folder root, opened at dir.
func readIn(root *os.Root, dir, name string) (content.Routine, error) {
	path := filepath.Join(dir, name)
	id, err := ID(name)
	if err != nil {
		return content.Routine{}, fmt.Errorf("%s: %w", text.Inert(path), err)
	}
	fi, err := root.Lstat(name)
	if err != nil {
		return content.Routine{}, err
	}
	if !fi.Mode().IsRegular() {
		return content.Routine{}, fmt.Errorf("%s: is a link or not a plain file; only plain files are read here", path)
	}
	f, err := root.OpenFile(name, os.O_RDONLY|noFollow, 0)
	if err != nil {
		return content.Routine{}, err
	}
	defer f.Close()
	data, err := readAll(path, f)
	if err != nil {
		return content.Routine{}, err
	}
	return check(path, id, data)
}

func errs(err error) []error {
	if err == nil {
		return nil
	}
	return []error{err}
}
