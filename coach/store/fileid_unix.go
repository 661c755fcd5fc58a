//go:build unix

package store

import (
	"io/fs"
	"syscall"
)

// fileID tells a file from one that replaced it under the same name.
func fileID(st fs.FileInfo) (dev, ino uint64) {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(s.Dev), s.Ino
	}
	return 0, 0
}
