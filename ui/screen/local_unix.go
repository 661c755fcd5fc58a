//go:build unix

package screen

import (
	"os"
	"os/signal"
	"syscall"
)

// resized is the signal of a new window size.
var resized os.Signal = syscall.SIGWINCH

var watched = []os.Signal{syscall.SIGWINCH, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// suspend stops the process group, as a shell's ctrl+z would, and returns
// once it is continued (fg).
func suspend() {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	_ = syscall.Kill(0, syscall.SIGTSTP)
	<-cont
}
