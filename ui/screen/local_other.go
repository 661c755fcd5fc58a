//go:build !unix

package screen

import (
	"os"
	"syscall"
)

// resized is no signal here: a Windows console reports resizes as input
// events, which the input reader turns into tea.WindowSizeMsg.
var resized os.Signal

var watched = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// suspend is nil: there is no job control to hand the terminal back to.
var suspend func()
