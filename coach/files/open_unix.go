//go:build unix

package files

import "syscall"

// noFollow makes opening a symbolic link fail, should a file become one
// between the look and the open; nonBlock keeps opening a FIFO from
// waiting for a writer, so that it can be refused.
const (
	noFollow = syscall.O_NOFOLLOW
	nonBlock = syscall.O_NONBLOCK
)
