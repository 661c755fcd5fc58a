// Command backroll is a full-screen terminal coach for foam rolling the back.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/backroll/backroll/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

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
	return cli.Main(context.Background(), os.Args[1:], version, os.Stdout, os.Stderr)
}
