package files

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"

	"github.com/gofrs/flock"

	"github.com/backroll/backroll/coach/text"
)

// TakeLock takes the advisory lock on the file at path, made if missing,
// and returns how to let it go. The lock file passes OpenFile's door: a
// link there is not followed (nor made where it points) and a FIFO does
// not hang the command that waits for the lock.
func TakeLock(path string) (unlock func(), err error) {
	// OpenFile refuses what is there by name; flock then opens the file
	// itself, with the same flags, so a swap in between cannot block or
	// lead elsewhere, and what it locked is checked once more.
	f, err := OpenFile(path, lockFlag(), Lock)
	if err != nil {
		return nil, err
	}
	f.Close()
	l := flock.New(path, flock.SetFlag(lockFlag()|noFollow|nonBlock), flock.SetPermissions(0o600))
	if err := l.Lock(); err != nil {
		if st, lerr := os.Lstat(path); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			return nil, linkRefused(path, Lock)
		}
		return nil, fmt.Errorf("cannot lock %s: %w", text.Inert(path), Unwrap(err))
	}
	st, err := l.Stat()
	if err == nil {
		err = check(path, st.Mode(), Lock)
	}
	if err != nil {
		l.Close()
		return nil, err
	}
	return func() { l.Close() }, nil
}

// lockFlag opens the lock file as flock itself would: read only, so that
// a read-only lock file left by another run still locks, but where a file
// so opened cannot be locked.
func lockFlag() int {
	switch runtime.GOOS {
	case "aix", "solaris", "illumos":
		return os.O_CREATE | os.O_RDWR
	}
	return os.O_CREATE | os.O_RDONLY
}
