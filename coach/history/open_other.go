//go:build !unix

package history

import "io/fs"

// Windows follows no symlink on open unless asked.
const noFollow = 0

// owner is unknown here: Windows keeps owners in ACLs.
func owner(fs.FileInfo) (int, bool) { return 0, false }
