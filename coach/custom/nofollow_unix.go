//go:build unix

package custom

import "syscall"

// noFollow makes opening a link fail, should a file become one between
// the look and the open.
const noFollow = syscall.O_NOFOLLOW
