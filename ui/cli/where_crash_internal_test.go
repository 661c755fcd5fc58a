package cli

import (
	"errors"
	"strings"
	"testing"

	"github.com/backroll/backroll/ui/screen"
)

// A session over SSH that stops on a bug names no file of the server's
// and sends no stack: those are for the server's owner.
func TestCrashedOverSSHNamesNoServerFile(t *testing.T) {
	crash := &screen.CrashError{Value: "boom", Path: "/srv/backroll/users/SHA256-x/state/crash-1.txt"}
	local := Where{}.crashed(crash, crash).Error()
	if !strings.Contains(local, crash.Path) {
		t.Errorf("locally the crash file is named: %q", local)
	}
	remote := Where{Remote: true}.crashed(crash, crash).Error()
	if strings.Contains(remote, "/srv") || !strings.Contains(remote, "kept on the server, for its owner") {
		t.Errorf("over SSH: %q", remote)
	}
	unwritten := &screen.CrashError{Value: "boom"}
	if got := (Where{Remote: true}).crashed(unwritten, unwritten).Error(); strings.Contains(got, "panic") || strings.Contains(got, "boom") {
		t.Errorf("over SSH, with no crash file: %q", got)
	}
	if got := (Where{}).crashed(unwritten, unwritten); !errors.Is(got, unwritten) {
		t.Errorf("locally, with no crash file, the panic itself: %v", got)
	}
}
