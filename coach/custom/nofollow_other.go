//go:build !unix

package custom

// noFollow is nothing where the system has no such flag; Lstat checked.
const noFollow = 0
