//go:build unix

package files

import (
	"golang.org/x/sys/unix"
	"testing"
)

func fifo(t *testing.T, path string) {
	if err := unix.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
}
