package screen

import (
	"os"

	"golang.org/x/sys/windows"
)

// enableEscapes lets the console interpret escape codes written to out, as
// Bubble Tea does when it owns the terminal.
func enableEscapes(out *os.File) (restore func(), err error) {
	h := windows.Handle(out.Fd())
	var mode uint32
	if err := windows.GetConsoleMode(h, &mode); err != nil {
		return nil, err
	}
	if err := windows.SetConsoleMode(h, mode|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING|windows.DISABLE_NEWLINE_AUTO_RETURN); err != nil {
		return nil, err
	}
	return func() { _ = windows.SetConsoleMode(h, mode) }, nil
}
