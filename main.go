// Command backroll is a full-screen terminal coach for foam rolling the back.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/backroll/backroll/ui/cli"
)

// version may be set at build time with -ldflags "-X main.version=...";
// left empty, the build info names the version and the commit.
var version string

func main() {
	os.Exit(run())
}

func run() (code int) {
	// Bubble Tea restores the terminal after a panic in the program; this
	// catches the rest so no stack trace reaches the user.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "backroll: internal error: %v\n", r)
			code = cli.ExitQuit
		}
	}()
	return cli.Main(context.Background(), os.Args[1:], cli.Version(version), os.Stdout, os.Stderr)
}
