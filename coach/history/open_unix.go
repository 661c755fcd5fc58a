//go:build unix

package history

import (
	"io/fs"
	"syscall"
)

// noFollow makes opening a symlink fail (files.OpenFile adds it anyway).
const noFollow = syscall.O_NOFOLLOW

// owner is the user id that owns the file st describes.
func owner(st fs.FileInfo) (int, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(s.Uid), true
}
