//go:build unix

package serve

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO planted as the allow-list is refused at once, by name: it is read
// at every connection, and a read that waits would hold up the server.
func TestAllowedRefusesFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "authorized_keys")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	_, err := Allowed{Path: path}.Check()
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("Check of a FIFO: %v; want it refused as not a regular file", err)
	}
}

// So is one planted as the list of class leaders, read at every join.
func TestLeadersRefusesFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "class_leaders")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFO here:", err)
	}
	if _, err := (Leaders{Path: path}).Lists(nil); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("a FIFO as the leaders: %v; want it refused as not a regular file", err)
	}
}
