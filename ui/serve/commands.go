package serve

import (
	"fmt"
	"strings"

	"github.com/backroll/backroll/coach/text"
)

// commands are what a session may run: the app and the commands that read
// or write the person's own files only. Those that read or write a path
// of the server's (history merge, routines add, config edit, report
// --output) or run something on it (remind, cues try) are not served.
var commands = map[string]bool{"": true, "start": true, "status": true, "stats": true, "tips": true,
	"report": true, "routines": true, "help": true, "class": true, "setup": true}

// refusedFlags name a file or folder of the server's.
var refusedFlags = []string{"--data-dir", "--output"}

// Command checks a session's command and names it for the log: its first
// word, which is one of a few known names, never what else was typed.
func Command(args []string) (string, error) {
	name := ""
	if len(args) > 0 {
		name = args[0]
	}
	if !commands[name] || strings.HasPrefix(name, "-") {
		return "", fmt.Errorf("%q is not served here; try status, stats, tips, report, routines, start, setup, class NAME, or nothing for the app",
			text.Inert(name))
	}
	for i, a := range args {
		for _, f := range refusedFlags {
			if a == f || strings.HasPrefix(a, f+"=") {
				return "", fmt.Errorf("%s names a file on the server, which is not served", f)
			}
		}
		if name == "routines" && i > 0 && (a == "add" || a == "new") {
			return "", fmt.Errorf("routines %s is not served here: it works on files", a)
		}
	}
	if name == "" {
		name = "app"
	}
	return name, nil
}
