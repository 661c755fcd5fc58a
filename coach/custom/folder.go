package custom

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/coach/tomlfile"
	"github.com/backroll/backroll/content"
)

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
	data, err := files.Read(path, files.Routine)
	if err != nil {
		return content.Routine{}, nil, err
	}
	r, err := check(path, id, data)
	return r, data, err
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
// written when anything is wrong, nor over a routine already there, nor
// into a folder Load would refuse to read.
func Install(dir, src string) (content.Routine, string, error) {
	r, data, err := readFile(src)
	if err != nil {
		return r, "", err
	}
	if err := checkDir(dir); err != nil {
		return r, "", err
	}
	dest := filepath.Join(dir, filepath.Base(src))
	if _, err := os.Lstat(dest); err == nil {
		return r, "", fmt.Errorf("%s is already installed as %s; remove it first to replace it", r.ID, text.Inert(dest))
	}
	return r, dest, tomlfile.WriteFile(dest, data)
}

// New writes a commented routine named name into dir, to edit by hand,
// and returns its path. Its file name, and so its ID, is Slug(name).
func New(dir, name string) (string, error) {
	name = strings.TrimSpace(name) // quoted with %q below: inert
	id := Slug(name)
	switch {
	case text.Inert(name) != name:
		return "", fmt.Errorf("%q holds control characters; name a routine in plain text", name)
	case id == "":
		return "", fmt.Errorf("%q has no letters or digits to name a file with", name)
	case utf8.RuneCountInString(name) > MaxName:
		return "", fmt.Errorf("%q is longer than %d characters", name, MaxName)
	}
	if _, builtin := content.RoutineByID(id); builtin {
		return "", fmt.Errorf("%s is a built-in routine; choose another name", id)
	}
	if err := checkDir(dir); err != nil {
		return "", err
	}
	path := filepath.Join(dir, id+".toml")
	if _, err := os.Lstat(path); err == nil {
		return "", fmt.Errorf("%s already exists", text.Inert(path))
	}
	return path, tomlfile.WriteFile(path, Template(id, name))
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
// none. Only a folder that checkDir passes is opened.
func openDir(dir string) (*os.Root, error) {
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return root, err
}

// checkDir refuses a routines folder whose routines could be anyone's: a
// link (the routines would be wherever it points) or a folder others can
// write to, as ssh refuses such a ~/.ssh. A missing folder passes.
func checkDir(dir string) error {
	fi, err := os.Lstat(dir)
	d := text.Inert(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("cannot use the routines folder %s: %w", d, files.Unwrap(err))
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("%s: the routines folder is a symbolic link, so its routines could be anyone's; "+
			"put the folder it points to in its place", d)
	case !fi.IsDir():
		return fmt.Errorf("%s: the routines folder is not a folder", d)
	case fi.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("%s: others can write to this folder, so its routines could be anyone's; `chmod go-w %s` makes it yours alone", d, d)
	}
	return nil
}

// readIn reads the routine file name in the folder root, opened at dir.
func readIn(root *os.Root, dir, name string) (content.Routine, error) {
	path := filepath.Join(dir, name)
	id, err := ID(name)
	if err != nil {
		return content.Routine{}, fmt.Errorf("%s: %w", text.Inert(path), err)
	}
	f, err := files.OpenIn(root, name, files.Routine)
	if err != nil {
		return content.Routine{}, err
	}
	defer f.Close()
	data, err := files.ReadAll(f, path, files.Routine)
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
