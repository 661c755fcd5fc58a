package history

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"github.com/backroll/backroll/coach/text"
)

// openRegular opens path with flag (0: read only) and refuses anything but
// a regular file: a FIFO would block a read forever and a device never
// ends. With noFollow in flag, a symlink is refused too: a history swapped
// for a link must not lead backroll to append to the link's target. Other
// failures to open come as *fs.PathError, for the caller to word.
func openRegular(path string, flag int) (*os.File, error) {
	f, err := os.OpenFile(path, flag|nonBlock, 0o600)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) || isLinkRefused(path, flag) {
			return nil, refused{fmt.Sprintf("%s is a symbolic link; backroll does not follow links to its history: "+
				"use the file the link points to, or --data-dir with its folder", text.Inert(path))}
		}
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = refused{fmt.Sprintf("%s is not a regular file (it is %s); backroll reads only plain files", text.Inert(path), kindOf(st.Mode()))}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// refused is openRegular's refusal of a file, which says all there is to
// say: it is passed on unwrapped.
type refused struct{ msg string }

func (r refused) Error() string { return r.msg }

// isLinkRefused reports whether opening path without following links
// failed because it is one (some systems say so other than with ELOOP).
func isLinkRefused(path string, flag int) bool {
	if flag&noFollow == 0 {
		return false
	}
	st, err := os.Lstat(path)
	return err == nil && st.Mode()&fs.ModeSymlink != 0
}

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a plain file"
}

// CheckDir refuses a data folder that is not safe to keep the history in,
// as ssh refuses a ~/.ssh others can write to: a link (the history would be
// wherever it points), a folder others can write to (anyone could replace
// the history), or one owned by another user. A missing folder is fine.
func CheckDir(dir string) error {
	st, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot use the data folder %s: %w", text.Inert(dir), unwrapPath(err))
	}
	d := text.Inert(dir)
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("the data folder %s is a symbolic link; backroll does not follow links to its history: "+
			"give the folder it points to with --data-dir", d)
	case !st.IsDir():
		return fmt.Errorf("the data folder %s is not a folder", d)
	case st.Mode().Perm()&0o022 != 0:
		return fmt.Errorf("the data folder %s can be written by other users, who could change your history; "+
			"make it yours alone with: chmod 700 %s", d, d)
	}
	if uid, ok := owner(st); ok && uid != os.Getuid() {
		return fmt.Errorf("the data folder %s belongs to another user (uid %d); "+
			"use a folder of your own with --data-dir, or take it over with: chown $USER %s", d, uid, d)
	}
	return nil
}
