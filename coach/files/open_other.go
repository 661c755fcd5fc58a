//go:build !unix

package files

// Windows opens no FIFO that waits, and its links are seen by Lstat
// before the open.
const (
	noFollow = 0
	nonBlock = 0
)
