package files

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTakeLock(t *testing.T) {
	tests := []struct {
		name  string
		place place
		err   string
	}{
		{"nothing yet", nil, ""},
		{"a lock file", regular(""), ""},
		{"a link", link("target"), "is a symbolic link; backroll does not follow links to its lock file"},
		{"a dangling link", link("made"), "is a symbolic link"},
		{"a FIFO", fifo, "is not a regular file (it is a FIFO)"},
		{"a folder", folder, "is not a regular file (it is a folder)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "target"), []byte("keep"), 0o600)
			path := filepath.Join(dir, "history.jsonl.lock")
			if tt.place != nil {
				tt.place(t, path)
			}
			unlock, err := TakeLock(path)
			if tt.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				unlock()
				if st, err := os.Lstat(path); err != nil || !st.Mode().IsRegular() || st.Mode().Perm() != 0o600 {
					t.Errorf("lock file: %v, %v", st, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("TakeLock = %v; want an error with %q", err, tt.err)
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "target")); string(b) != "keep" {
				t.Errorf("the link's target changed: %q", b)
			}
			if _, err := os.Lstat(filepath.Join(dir, "made")); err == nil {
				t.Error("a dangling link's target was made")
			}
		})
	}
}
