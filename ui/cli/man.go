package cli

import (
	"fmt"
	"io"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// newManCmd is `backroll man`: the manual page in roff, made from the
// commands and their flags, with the sections a command line cannot say
// (the keys, the files, the environment, the exit statuses). fang's own
// has none of them and a header that runs together at 80 columns.
func newManCmd(stdout io.Writer, version string) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page, for man(1)",
		Long: "Print backroll's manual page in roff: every command and flag, the keys of a session, " +
			"the files backroll keeps, the environment it reads and its exit statuses.",
		Example:               "  backroll man > backroll.1\n  man <(backroll man)",
		Args:                  cobra.NoArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return err
			}
			for _, s := range manSections {
				page = page.WithSection(s[0], s[1])
			}
			_, err = io.WriteString(stdout, manHeader(page.Build(roff.NewDocument()), version))
			return err
		},
	}
}

// manHeader puts a short title in the page's first line: mango makes the
// command's whole description the manual's name, which man prints between
// BACKROLL(1) and BACKROLL(1) with no room left at 80 columns.
func manHeader(page, version string) string {
	first, rest, _ := strings.Cut(page, "\n")
	fields := strings.SplitN(first, `"`, 3) // .TH BACKROLL 1 "date" "source" "manual"
	if len(fields) < 3 {
		return page
	}
	version = strings.ReplaceAll(version, `"`, "")
	return fmt.Sprintf(".TH BACKROLL 1 \"%s\" \"backroll %s\" \"User Commands\"\n%s", fields[1], version, rest)
}

// manSections are the page's own sections, after the commands. Each line
// is a paragraph; a line that starts with * is an item of a list.
var manSections = [][2]string{
	{"Keys", "During a session:\n" +
		"* space: pause or resume, during get ready too\n" +
		"* enter: during get ready, start now (a first session's first get ready waits for it)\n" +
		"* n, right arrow or l: next area (skip)\n" +
		"* b, left arrow or h: back to the previous area\n" +
		"* + or =: 15 seconds more on this area, as far as its 2 minutes in all allow\n" +
		"* k: a tender spot: stay and breathe for 30 seconds, inside the area's time; k again when it eases\n" +
		"* 0 to 9: on the first get ready and on the summary, how your back feels, 0 fine to 10 very sore; 10 is 1 then 0\n" +
		"* p: sharp pain or tingling: stops the session at once and shows what to do; on the summary, reports it\n" +
		"* u: on the summary after p, take the report back\n" +
		"* a: on the summary, take the next step it offers\n" +
		"* ?: every key, and the bell's patterns; a get ready's count waits while they are open\n" +
		"* q or esc: quit, after asking; a session that rolled sums up in short\n" +
		"* ctrl+c: quit at once; what was rolled is saved\n" +
		"* ctrl+z: suspend (Unix); the session pauses first\n" +
		"On the menus: up and down (or j and k) choose, home and end (or g and G) jump, enter opens, esc goes back, q quits; " +
		"at home t opens the tips and r the red flags.\n" +
		"With --plain the same session keys work at a terminal, each followed by nothing else, " +
		"and space there also starts a get ready now; in a pipe none are read."},
	{"Files", "* $XDG_CONFIG_HOME/backroll/config.toml: the settings and the first-run answers (backroll config, backroll setup)\n" +
		"* $XDG_CONFIG_HOME/backroll/routines/*.toml: your own routines (backroll routines new, add)\n" +
		"* $XDG_DATA_HOME/backroll/history.jsonl: every hold and session, one JSON line each, only ever appended to (--data-dir moves it)\n" +
		"* $XDG_DATA_HOME/backroll/history.jsonl.lock: empty; locked while backroll writes, made again if deleted\n" +
		"* $XDG_CACHE_HOME/backroll: sums of the history, so a long one is not read again; safe to delete\n" +
		"* $XDG_STATE_HOME/backroll: a crash report, should backroll ever stop on a bug\n" +
		"* the reminder (backroll remind lists what it installed): $XDG_CONFIG_HOME/systemd/user/backroll-remind.timer and .service on Linux, " +
		"~/Library/LaunchAgents/io.github.backroll.remind.plist on macOS, the task backroll-remind in Task Scheduler on Windows, " +
		"or a crontab line ending # backroll remind\n" +
		"Unset, XDG_CONFIG_HOME is ~/.config, XDG_DATA_HOME ~/.local/share, XDG_CACHE_HOME ~/.cache and XDG_STATE_HOME ~/.local/state; " +
		"on macOS all but the cache are ~/Library/Application Support and the cache ~/Library/Caches; " +
		"on Windows all are the folder LOCALAPPDATA names, and the cache its cache folder."},
	{"Environment", "None is needed.\n" +
		"* XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME: where the files above are (HOME, and APPDATA and LOCALAPPDATA on Windows, give the defaults)\n" +
		"* NO_COLOR: 1 or true turns colour off, while bold stays; it is read as true or false, so yes does not count\n" +
		"* CLICOLOR, CLICOLOR_FORCE: 1 gives colour where the terminal does not say it takes any; CLICOLOR_FORCE even when TERM=dumb\n" +
		"* TERM, COLORTERM, WT_SESSION, TMUX, TTY_FORCE: how many colours the terminal shows\n" +
		"* COLORFGBG: whether the background is dark or light, when the terminal does not answer the question\n" +
		"* TERM=dumb or ACCESSIBLE set to anything: plain mode, lines of text for screen readers\n" +
		"* COLUMNS, LINES: the window's size where the terminal does not say it\n" +
		"* TMUX, TERM_PROGRAM, LC_TERMINAL, KITTY_WINDOW_ID: how notifications are sent\n" +
		"* SSH_CONNECTION, SSH_TTY: over SSH voice cues are off, and say so: they would speak on the other machine\n" +
		"* VISUAL, EDITOR: the editor backroll config edit opens (vi when neither is set)\n" +
		"* PATH: where the speech program, the editor and the scheduler's programs (systemctl, launchctl, schtasks, crontab) are found\n" +
		"* DBUS_SESSION_BUS_ADDRESS: where backroll remind --now sends its notification on Linux\n" +
		"* GOGC: Go's garbage collector; unset, the full-screen coach and backroll serve collect a little more often"},
	{"Exit status", "* 0: done: a session reached its summary, or a command did what it was asked\n" +
		"* 1: a session was quit early, or something failed (the message says what)\n" +
		"* 2: a mistake in how backroll was called: an unknown flag, command or routine, or a bad value"},
}
