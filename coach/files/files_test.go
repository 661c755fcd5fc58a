package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/text"
)

// place makes what the test names at dir/name: a file, a link, a FIFO.
type place func(t *testing.T, path string)

func regular(data string) place {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func link(to string) place {
	return func(t *testing.T, path string) {
		if runtime.GOOS == "windows" {
			t.Skip("links need privileges on Windows")
		}
		if err := os.Symlink(to, path); err != nil {
			t.Fatal(err)
		}
	}
}

func folder(t *testing.T, path string) {
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
}

func TestRead(t *testing.T) {
	small := Kind{Name: "settings file", Max: 8}
	tests := []struct {
		name  string
		place place // nil: nothing there
		want  string
		err   string // in the message; "" for none
	}{
		{"a regular file", regular("a = 1\n"), "a = 1\n", ""},
		{"exactly the limit", regular("12345678"), "12345678", ""},
		{"one byte over", regular("123456789"), "", "is too large for a settings file (0 KiB at most)"},
		{"a link to a file", link("target"), "", "is a symbolic link; backroll does not follow links to its settings file"},
		{"a link to /dev/zero", link("/dev/zero"), "", "is a symbolic link"},
		{"a dangling link", link("nowhere"), "", "is a symbolic link"},
		{"a FIFO", fifo, "", "is not a regular file (it is a FIFO)"},
		{"a folder", folder, "", "is not a regular file (it is a folder)"},
		{"nothing", nil, "", "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "target"), []byte("secret"), 0o600)
			path := filepath.Join(dir, "config.toml")
			if tt.place != nil {
				tt.place(t, path)
			}
			got, err := Read(path, small)
			if tt.err == "" {
				if err != nil || string(got) != tt.want {
					t.Fatalf("Read = %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("Read = %q, %v; want an error with %q", got, err, tt.err)
			}
			if tt.place == nil && !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a missing file is not fs.ErrNotExist: %v", err)
			}
		})
	}
}

func TestDevicesRefused(t *testing.T) {
	for _, dev := range []string{os.DevNull, "/dev/zero", "/dev/tty"} {
		if _, err := os.Lstat(dev); err != nil {
			continue
		}
		_, err := Read(dev, Config)
		if err == nil || !strings.Contains(err.Error(), "is not a regular file (it is a device)") {
			t.Errorf("Read(%s) = %v; want it refused as a device", dev, err)
		}
	}
}

// TestErrorsInert gives a path full of what a terminal acts on to every
// failure: no message carries it raw.
func TestErrorsInert(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "x\x1b]52;c;aGk=\x07\u009b2J\u202e\r\b.toml")
	kinds := []place{nil, regular(strings.Repeat("x", 100)), link("nowhere"), folder}
	if runtime.GOOS != "windows" {
		kinds = append(kinds, fifo)
	}
	for i, p := range kinds {
		os.RemoveAll(bad)
		if p != nil {
			p(t, bad)
		}
		_, err := Read(bad, Kind{Name: "routine", Max: 10})
		if err == nil {
			t.Fatalf("case %d: no error", i)
		}
		if !text.IsInert(err.Error()) || !strings.Contains(err.Error(), `x\x1b]52;c;aGk=\x07\u009b2J\u202e\r\x08.toml`) {
			t.Errorf("case %d: %q", i, err)
		}
	}
	if runtime.GOOS != "windows" && os.Getuid() != 0 {
		os.RemoveAll(bad)
		regular("")(t, bad)
		os.Chmod(bad, 0)
		_, err := Read(bad, Config)
		if err == nil || !text.IsInert(err.Error()) || !errors.Is(err, fs.ErrPermission) {
			t.Errorf("unreadable: %q", err)
		}
	}
}

// OpenIn is the same door inside an *os.Root: a FIFO, a link or a folder
// in it is refused by name, and messages name the file as it lies there.
func TestOpenIn(t *testing.T) {
	dir := t.TempDir()
	regular("a = 1\n")(t, filepath.Join(dir, "good.toml"))
	folder(t, filepath.Join(dir, "sub.toml"))
	places := map[string]string{"good.toml": "", "sub.toml": "is not a regular file (it is a folder)", "none.toml": "no such file"}
	if runtime.GOOS != "windows" {
		fifo(t, filepath.Join(dir, "pipe.toml"))
		link("good.toml")(t, filepath.Join(dir, "link.toml"))
		places["pipe.toml"] = "is not a regular file (it is a FIFO)"
		places["link.toml"] = "is a symbolic link"
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	for name, want := range places {
		f, err := OpenIn(root, name, Routine)
		if want == "" {
			if err != nil {
				t.Errorf("%s: %v", name, err)
			} else {
				f.Close()
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), filepath.Join(dir, name)) {
			t.Errorf("%s: %v, want %q naming the file", name, err, want)
		}
	}
}
