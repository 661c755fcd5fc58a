// Package cli is backroll's command line: cobra commands styled by fang,
// the full-screen app behind them, and exit statuses scripts can trust.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backroll/backroll/coach/config"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/coach/store"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
	"github.com/backroll/backroll/ui"
	"github.com/backroll/backroll/ui/cues"
	"github.com/backroll/backroll/ui/screen"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitQuit  = 1 // a session quit early, or a failure
	ExitUsage = 2 // bad flags or arguments
)

// usageError marks a mistake in how backroll was called.
type usageError struct{ error }

// flagError says in plain words what pflag's strconv message means for a
// switch such as --json; other flag errors say it well enough already.
func flagError(err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) && bad.GetFlag().Value.Type() == "bool" {
		name := bad.GetFlag().Name
		return fmt.Errorf("--%s is a switch: give it alone, or as --%s=true or --%s=false, not --%s=%s",
			name, name, name, name, bad.GetValue())
	}
	return err
}

// Main runs backroll with args and returns the exit status.
func Main(ctx context.Context, args []string, version string, stdout, stderr io.Writer) int {
	return For(ctx, local(), args, version, stdout, stderr)
}

// For runs backroll with args for the person w says, and returns the exit
// status: Main's for the person at this terminal, backroll serve's for an
// SSH session.
func For(ctx context.Context, w Where, args []string, version string, stdout, stderr io.Writer) int {
	var quit bool
	out := &output{w: stdout}
	stdout = out
	root := newRootFor(stdout, stderr, &quit, w)
	root.AddCommand(newManCmd(stdout, version))
	if !w.Remote {
		root.AddCommand(newServeCmd(version))
	}
	// cobra reads nil as "the process's own arguments": a session's
	// empty command would run the server's (serve --listen...).
	root.SetArgs(append([]string{}, args...))
	// Errors quote files, keys, typed arguments and the OS: whatever they
	// hold is shown, never acted on.
	report := func(w io.Writer, err error) { fmt.Fprintf(w, "backroll: %s\n", text.InertLines(err.Error())) }
	var err error
	if w.Remote {
		// fang styles help and errors for the process's own terminal,
		// asking it for its background: never the server's for a session.
		root.SilenceUsage, root.SilenceErrors = true, true
		if err = root.ExecuteContext(ctx); err != nil {
			report(stderr, err)
		}
	} else {
		err = fang.Execute(ctx, root,
			fang.WithVersion(version), fang.WithoutManpage(), // ours has the keys, files and exit statuses
			fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) { report(w, err) }))
	}
	if err == nil && out.err != nil {
		fmt.Fprintf(stderr, "backroll: could not write the output: %s\n", text.InertLines(out.err.Error()))
		return ExitQuit
	}
	var ue usageError
	switch {
	case errors.As(err, &ue):
		return ExitUsage
	case err != nil, quit:
		// A quit session is not an error to report: it returns nil so
		// fang has nothing to style (styling asks the terminal for its
		// background, which some terminals never answer).
		return ExitQuit
	}
	return ExitOK
}

type settings struct {
	// stdout is where commands write. Help, the version and the
	// completion scripts are cobra's and fang's, written to the root's
	// out, which trims them in a file or a pipe.
	stdout  io.Writer
	hold    holdFlag
	breath  breathFlag
	cues    cuesFlag
	still   bool
	plain   bool
	dataDir string
	quit    *bool // set when a session was quit early
	setup   bool  // ask the first-run questions again (backroll setup)
	// conf is config.toml, read once before any command runs (loadConfig);
	// confErr holds every mistake in it.
	conf    config.Config
	confErr error
	where   Where // whose files, and which terminal
}

func newRoot(stdout, stderr io.Writer, quit *bool) *cobra.Command {
	return newRootFor(stdout, stderr, quit, local())
}

func newRootFor(stdout, stderr io.Writer, quit *bool, w Where) *cobra.Command {
	set := settings{stdout: stdout, quit: quit, where: w}
	root := &cobra.Command{
		Use:   "backroll",
		Short: "A calm coach for foam rolling your back, in the terminal",
		// One paragraph each: fang wraps them to the terminal.
		Long: "backroll guides you through a few minutes of foam rolling: where to put the roller, " +
			"how long to stay, when to breathe. It never rolls the lower back or the neck directly.\n\n" +
			content.RedFlagsBrief + "\n\n" + content.Disclaimer,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Home is a menu, which has no plain form: plainly, backroll
			// starts the nightly routine, as the menu's first entry does.
			// A class has none either, and a pty to draw on.
			if set.plainMode(cmd) && set.where.Class == nil {
				return runPlain(cmd, set, "nightly")
			}
			return runApp(cmd, set, "")
		},
	}
	// Every command reads and checks the whole config file first, not only
	// the part it uses: a typo anywhere is reported before it is silently
	// ignored.
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		err := set.loadConfig(cmd)
		// config and config edit are how a broken file is seen whole and
		// mended: they report every mistake themselves.
		for c := cmd; c != nil; c = c.Parent() {
			if c.Name() == "config" {
				return nil
			}
		}
		return err
	}
	root.SetOut(trimmedOut(stdout))
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{flagError(err)} })
	// Each help lists only what works there: the session's flags where a
	// session is run or listed, --data-dir where the history is read or
	// written.
	set.sessionFlags(root, true)
	set.historyFlag(root.Flags())

	start := &cobra.Command{
		Use:   "start [ROUTINE]",
		Short: "Start a session straight away (default: nightly)",
		Example: "  backroll start\n  backroll start lower-back --hold 45s\n" +
			"  backroll start nightly && echo rolled",
		// "start lower back" is one routine in two words.
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: routineNames,
		RunE: func(cmd *cobra.Command, args []string) error {
			id := "nightly"
			if len(args) > 0 {
				// "lower back" finds lower-back: names as people type them.
				r, err := findRoutine(set.where.Routines, strings.Join(args, " "))
				if err != nil {
					return err
				}
				id = r.ID
			}
			if set.plainMode(cmd) {
				return runPlain(cmd, set, id)
			}
			return runApp(cmd, set, id)
		},
	}
	routines := &cobra.Command{
		Use:   "routines",
		Short: "List the routines with their areas and length",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return listRoutines(set.stdout, set)
		},
	}
	set.sessionFlags(start, true)
	set.historyFlag(start.Flags())
	set.sessionFlags(routines, false)
	addRoutinesSubcommands(routines, set.stdout)
	root.AddCommand(start, routines, newStatsCmd(&set), newStatusCmd(&set), newHistoryCmd(&set))
	root.AddCommand(newTipsCmd(&set), newSetupCmd(&set))
	root.AddCommand(newPauseCmd(&set), newConfigCmd(&set), newReportCmd(&set), newCuesCmd(&set))
	root.AddCommand(newRemindCmd(&set))
	addCompletions(root)
	// Cobra's own wording runs past an 80-column terminal.
	root.InitDefaultCompletionCmd()
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		c.Short = "Print a shell's completion script"
	}
	// Wrong arguments are usage errors too.
	for _, c := range root.Commands() {
		c.Args = usageArgs(c.Args)
	}
	root.Args = usageArgs(root.Args)
	return root
}

func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	if check == nil {
		return nil
	}
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// sessionFlags adds the flags that shape a session to cmd; commands that
// run one also take --no-animation, --cues and --plain. A command that
// only lists sessions says what the flags change there: the times.
func (s *settings) sessionFlags(cmd *cobra.Command, fullScreen bool) {
	f := cmd.Flags()
	if !fullScreen {
		f.Var(&s.hold, "hold", "list the times with this hold per area (e.g. 45s)")
		f.Var(&s.breath, "breath", "time cat-cow at this breath pace (e.g. 4-6, 4-7-8)")
		return
	}
	f.Var(&s.hold, "hold", "time per area, 10s to 2m (e.g. 45s, 1m30s)")
	f.Var(&s.breath, "breath", "breath pace in-out or in-hold-out (e.g. 4-7-8)")
	f.BoolVar(&s.still, "no-animation", false, "reduced motion: a still cue and a count")
	// The list of known cues is in the error for a wrong one: here it
	// would run past 80 columns.
	f.Var(&s.cues, "cues", "cues, e.g. bell,voice (default "+cues.Default().String()+")")
	f.BoolVar(&s.plain, "plain", false, "coach in lines of text, for screen readers, pipes")
}

// historyFlag adds --data-dir to f, for a command that reads or writes
// the history.
func (s *settings) historyFlag(f *pflag.FlagSet) {
	f.StringVar(&s.dataDir, "data-dir", "", "history folder (default $XDG_DATA_HOME/backroll)")
}

// chosenCues is --cues when given, else config.toml's [session] cues, else
// the default.
func (s settings) chosenCues() (cues.Set, error) {
	if s.cues.given {
		return s.cues.set, nil
	}
	return cues.Chosen(s.conf.Settings.Cues)
}

// runApp runs the full-screen app, at home or straight into a routine.
func runApp(cmd *cobra.Command, set settings, routine string) error {
	// The cues are checked before the terminal, so that a mistake in them
	// is named at once wherever backroll runs.
	chosen, err := set.chosenCues()
	if err != nil {
		return err
	}
	plan, err := set.plan()
	if err != nil {
		return err
	}
	t, err := set.terminal()
	if err != nil {
		return err
	}
	if t == nil {
		return errors.New("the full-screen coach needs a terminal, and its input or output is a pipe or a file here; " +
			"`backroll start --plain` coaches in lines of text, and `backroll routines`, `backroll tips` and `backroll stats` print plain text")
	}
	j, err := set.journal()
	if err != nil {
		return err
	}
	still := set.reducedMotion(cmd)
	var voice *cues.Speaker
	if chosen.Voice && !set.where.Remote {
		voice = cues.NewSpeaker(cmd.Context(), cues.SystemEnv())
		defer voice.Close()
	}
	// The person's own routines, for the app's list; a broken file is
	// left out here (backroll routines names it), and the one started by
	// name was checked whole already.
	mine, _ := customRoutines(set.where.Routines)
	// The file's own settings, for the settings screen, which writes them
	// back; the flags given still rule this run.
	path, file := set.conf.Path, set.conf.Settings
	now, setZone := set.where.clock()
	o := ui.Options{Routine: routine, Plan: plan, NoAnimation: still, Journal: j, Setup: set.setup, Now: now,
		Cues: cues.New(chosen, cues.DetectTerminal(set.where.Getenv), voice), Routines: mine, Getenv: set.where.Getenv,
		Settings: file, Theme: file.Theme, Colours: t.Profile,
		SaveSettings: func(s saved.Settings) error { return saved.Save(path, s, cues.Check) }, Class: set.where.Class}
	withProfile(&o, set.conf)
	set.where.askZone(&o, setZone)
	m, err := ui.New(o)
	if err != nil {
		return usageError{err}
	}
	// Frames make a little garbage, minute after minute: collecting it at
	// half the usual heap growth keeps the program small (15 MiB at 100x30)
	// for a few more short collections. A fixed memory cap did the same at
	// 100x30 but collected without pause in a large window, whose screen
	// buffers alone take a few MiB. GOGC, when set, wins.
	if _, ok := os.LookupEnv("GOGC"); !ok && !set.where.Remote {
		debug.SetGCPercent(50)
	}
	err = screen.Run(cmd.Context(), running(m), *t, screen.Options{CrashDir: set.where.Crash})
	if crash := (*screen.CrashError)(nil); errors.As(err, &crash) {
		if crash.Path == "" {
			return fmt.Errorf("backroll stopped on a bug; the terminal is restored: %w", err)
		}
		return fmt.Errorf("backroll stopped on a bug; the details are in %s", crash.Path)
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		return fmt.Errorf("stopped by an internal error, a bug in backroll (%w); the terminal is restored", err)
	}
	// The program may have ended before the model could save, when the
	// terminal went away under it: what was rolled is saved now.
	saveErr := m.Abandon()
	*set.quit = m.Outcome() == ui.OutcomeQuit
	if set.setup {
		saveErr = errors.Join(saveErr, sayAnswers(set.stdout, path, set.where.Remote, m.AnswersSaved(), m.AnswersErr()))
	}
	switch {
	case errors.Is(err, screen.ErrStopped):
		return errors.Join(errors.New("stopped by a second signal"), saveErr)
	case err != nil:
		return errors.Join(err, saveErr)
	case saveErr != nil:
		return saveErr
	}
	return m.Err()
}

// reducedMotion is --no-animation, or reduced_motion in the [session]
// table of config.toml when the flag is not given: the flag beats the file.
func (s settings) reducedMotion(cmd *cobra.Command) bool {
	if f := cmd.Flags().Lookup("no-animation"); f != nil && f.Changed {
		return s.still
	}
	return s.conf.Settings.ReducedMotion
}

// loadConfig reads config.toml, once a run, into s.conf and checks every
// table and key of it: the settings (every mistake at once) and the
// first-run answers. The mistakes are kept in s.confErr for `config`,
// which shows them with the flags over them; what is returned is what
// stops any other command. With --cues given, which wins over the file,
// the file's cues stop nothing.
func (s *settings) loadConfig(cmd *cobra.Command) error {
	s.conf, s.confErr = config.Load(s.where.Config, cues.Check)
	s.where.zoneFrom(s.conf.Profile)
	if m, ok := s.confErr.(saved.Mistakes); ok && given(cmd, "cues") {
		return m.Without("session.cues")
	}
	return s.confErr
}

// given reports whether the flag name was set on cmd's command line.
func given(cmd *cobra.Command, name string) bool {
	f := cmd.Flags().Lookup(name)
	return f != nil && f.Changed
}

// journal opens the history in the data folder with the streak settings
// from config.toml.
func (s settings) journal() (*store.Store, error) {
	dir := s.dataDir
	if dir == "" {
		dir = s.where.Data
	}
	return store.Open(dir, s.where.Cache, s.conf.Settings.Streak), nil
}
