package files

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A write that fails part way, as on a full disk, leaves what was there
// as it was (or nothing, where nothing was) and nothing beside it: synced
// or, for a cache, not.
func TestWriteWholeOrNothing(t *testing.T) {
	for name, write := range map[string]func(string, os.FileMode, func(io.Writer) error) error{
		"WriteWhole": WriteWhole, "WriteCache": WriteCache,
	} {
		t.Run(name, func(t *testing.T) { writeWholeOrNothing(t, write) })
	}
}

func writeWholeOrNothing(t *testing.T, writeFile func(string, os.FileMode, func(io.Writer) error) error) {
	dir := t.TempDir()
	full := errors.New("no space left on device")
	half := func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("x", 100<<10))
		return full
	}
	path := filepath.Join(dir, "report.html")
	if err := writeFile(path, 0o600, half); !errors.Is(err, full) {
		t.Errorf("write = %v, want the writer's error", err)
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed first write left a file: %v", err)
	}
	if err := writeFile(path, 0o600, func(w io.Writer) error { _, err := io.WriteString(w, "old"); return err }); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(path, 0o600, half); !errors.Is(err, full) {
		t.Errorf("write = %v, want the writer's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("after a failed write the file holds %d bytes, want the old 3", len(got))
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	if all, _ := os.ReadDir(dir); len(all) != 1 {
		t.Errorf("files beside it: %v", all)
	}
	if err := writeFile(filepath.Join(dir, "none", "x"), 0o600, half); err == nil || strings.Contains(err.Error(), "/none") {
		t.Errorf("into a missing folder: %v; want the cause without the path", err)
	}
}

// A path a person gives is written over only where it is a regular file or
// nothing: a link, a FIFO, a device or a folder is refused by name and
// left as it was (a rename over /dev/null would replace the device).
func TestReplaceable(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "old.txt")
	if err := os.WriteFile(plain, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(plain, link); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(dir, "pipe")
	fifo(t, pipe)
	for _, c := range []struct {
		path, want string
	}{
		{plain, ""},
		{filepath.Join(dir, "new.txt"), ""},
		{link, "is a symbolic link"},
		{pipe, "it is a FIFO"},
		{os.DevNull, "it is a device"},
		{dir, "it is a folder"},
	} {
		err := Replaceable(c.path)
		if c.want == "" {
			if err != nil {
				t.Errorf("Replaceable(%s) = %v, want nil", c.path, err)
			}
			continue
		}
		var r Refused
		if !errors.As(err, &r) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("Replaceable(%s) = %v, want a refusal naming it, %q", c.path, err, c.want)
		}
	}
	if got, _ := os.ReadFile(plain); string(got) != "old" {
		t.Errorf("the link's target holds %q", got)
	}
}
