//go:build !windows

package screen

import "os"

// enableEscapes has nothing to do outside Windows: terminals read escape
// codes as they are.
func enableEscapes(*os.File) (restore func(), err error) {
	return func() {}, nil
}
