package history

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// openRegular opens path with flag (0: read only) through the one door
// for files from outside (files.OpenFile): a regular file only, never
// through a symlink (a history swapped for a link must not lead backroll
// to append to the link's target), never waiting on a FIFO. Other
// failures to open come as *fs.PathError, for the caller to word.
func openRegular(path string, flag int) (*os.File, error) {
	return files.OpenFile(path, flag, files.History)
}

// refused is the door's refusal of a file, which says all there is to
// say: it is passed on unwrapped.
type refused = files.Refused

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
		return fmt.Errorf("cannot use the data folder %s: %w", text.Inert(dir), files.Unwrap(err))
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
