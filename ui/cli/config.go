package cli

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/ui/cues"
)

// plan is the session's shape: the flags beat config.toml, which beats
// the defaults. A mistake in the file is an error naming its line.
func (s settings) plan() (coach.Options, error) {
	eff, _, err := s.effective(nil)
	return coach.Options{Hold: eff.Hold, Breath: eff.Breath, Ready: eff.Ready}, err
}

// effective is config.toml's settings with the flags given over them, and
// where each came from. cmd, when not nil, is asked about --no-animation,
// which cannot tell a default false from one given. A flag beats the
// file: a mistake in a key it replaces stops nothing.
func (s settings) effective(cmd *cobra.Command) (saved.Settings, saved.Sources, error) {
	eff, src, err := s.conf.Settings, maps.Clone(s.conf.Sources), s.confErr
	if err != nil && !errors.As(err, new(saved.Mistakes)) {
		return eff, src, err
	}
	var flagged []string
	flag := func(key, name string) {
		src.Flag(key, name)
		flagged = append(flagged, key)
	}
	if s.hold.d != 0 {
		eff.Hold = s.hold.d
		flag("session.hold", "--hold")
	}
	if s.breath.b != (coach.Breath{}) {
		eff.Breath = s.breath.b
		flag("session.breath", "--breath")
	}
	if s.cues.given {
		eff.Cues = strings.Split(s.cues.set.String(), ",")
		flag("session.cues", "--cues")
	}
	if f := cmdFlag(cmd, "no-animation"); f != nil && f.Changed {
		eff.ReducedMotion = s.still
		flag("session.reduced_motion", "--no-animation")
	}
	if m, ok := err.(saved.Mistakes); ok {
		err = m.Without(flagged...)
	}
	return eff, src, err
}

func cmdFlag(cmd *cobra.Command, name string) *pflag.Flag {
	if cmd == nil {
		return nil
	}
	return cmd.Flags().Lookup(name)
}

// newConfigCmd is `backroll config`: the settings in effect, and `config
// edit` to change them by hand.
func newConfigCmd(set *settings) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the settings in effect and their source",
		Long: "Show the settings in effect, as config.toml would say them, and where each comes from: " +
			"the default, a line of the file, or a flag. Flags beat the file, which beats the defaults.\n\n" +
			"backroll config edit opens the file in your editor and checks it when the editor closes.",
		Example: "  backroll config\n  backroll config --hold 45s\n  backroll config edit",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			eff, src, err := set.effective(cmd)
			if err != nil {
				return err
			}
			showSettings(set.stdout, eff, src, set.conf)
			return nil
		},
	}
	set.sessionFlags(cmd, true)
	_ = cmd.Flags().MarkHidden("plain") // shared with start; here it would do nothing
	// Named in the help above rather than listed: fang would widen the
	// main help's column for "config [command]" past 80 columns.
	cmd.AddCommand(&cobra.Command{
		Use:    "edit",
		Hidden: true,
		Short:  "Open config.toml in your editor, then check it",
		Long: "Open config.toml in $VISUAL or $EDITOR (vi when neither is set), and check it when the editor closes. " +
			"A mistake is named by line and key; the file stays as you left it.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return editConfig(cmd, set.stdout, set.conf) },
	})
	return cmd
}

// showSettings prints the settings as the file would say them, each with
// where it came from; what is not set shows as a comment. The answers are
// the file's.
func showSettings(w io.Writer, eff saved.Settings, src saved.Sources, conf config.Config) {
	path, prof := conf.Path, conf.Profile
	if !conf.Exists {
		fmt.Fprintf(w, "# The settings in effect: all defaults, as %s is not written yet.\n", text.Inert(path))
		fmt.Fprintln(w, "# The Settings screen, `backroll setup` or `backroll config edit` writes it.")
	} else {
		fmt.Fprintf(w, "# The settings in effect. The file: %s\n", text.Inert(path))
	}
	table := ""
	for _, f := range saved.Fields {
		t, key, _ := strings.Cut(f.Key, ".")
		if t != table {
			if table != "" {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "[%s]\n", t)
			table = t
		}
		line := key + " = " + f.Value(eff)
		switch {
		case f.Key == "session.hold" && eff.Hold == 0:
			line = "# hold: each area's own"
		case f.Key == "session.ready" && eff.Ready == 0:
			line = fmt.Sprintf("# ready: %s", coach.DefaultReady)
		case f.Key == "session.cues" && eff.Cues == nil:
			line = key + " = [" + quotedList(strings.Split(cues.Default().String(), ",")) + "]"
		}
		fmt.Fprintf(w, "%-32s # %s\n", line, text.Inert(src[f.Key].String())) // the path may hold anything
	}
	if prof.FirstTime {
		newcomer := plan.Options(coach.Options{}, prof)
		fmt.Fprintf(w, "\n# While you are new to rolling, an area's own hold is %s and ready is %s.\n",
			coach.Short(newcomer.DefaultHold), coach.Short(newcomer.Ready))
	}
	showAnswers(w, prof)
}

// showAnswers names the first-run answers in effect, which backroll setup
// changes: they shape every session as the settings do.
func showAnswers(w io.Writer, prof profile.Profile) {
	answer := func(s string) string {
		if s == "" {
			return "none"
		}
		return strings.ReplaceAll(s, ",", ", ")
	}
	if !prof.Onboarded {
		fmt.Fprintln(w, "\n# First-run answers (roller, new to rolling, conditions): not given yet;")
		fmt.Fprintln(w, "# backroll asks on its first run, or run backroll setup.")
		return
	}
	roller := prof.Roller
	if roller == "" {
		roller = "skipped"
	}
	fmt.Fprintln(w, "\n# Your answers, which backroll setup changes:")
	fmt.Fprintf(w, "# roller: %s; new to rolling: %s; conditions: %s; left out for an injury: %s\n",
		roller, yesNo(prof.FirstTime), answer(string(prof.Conditions)), answer(string(prof.Avoid)))
}

func quotedList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// editConfig opens config.toml in the person's editor, attached to the
// terminal, and checks it afterwards: the one read of the file after the
// run's first, as the editor changed it. A missing file is started with
// every setting as a comment, to uncomment and change.
func editConfig(cmd *cobra.Command, stdout io.Writer, conf config.Config) error {
	path := conf.Path
	if !conf.Exists {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return err
		}
		// O_EXCL: a file written since the run began is never replaced.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return err
		}
		_, err = f.Write(configTemplate())
		if err := errors.Join(err, f.Close()); err != nil {
			return err
		}
	}
	editor := os.Getenv("VISUAL")
	if editor == "" {
		editor = os.Getenv("EDITOR")
	}
	if editor == "" {
		editor = "vi"
	}
	// An editor may come with its own arguments, as in "code --wait".
	args := strings.Fields(editor)
	run := exec.CommandContext(cmd.Context(), args[0], append(args[1:], path)...)
	// The editor gets the terminal itself: stdout as it came, not the
	// help's writer that trims line ends.
	run.Stdin, run.Stdout, run.Stderr = os.Stdin, stdout, cmd.ErrOrStderr()
	if err := run.Run(); err != nil {
		return fmt.Errorf("the editor (%s) did not finish well: %v; config.toml was not checked", editor, err)
	}
	if _, err := config.Load(path, cues.Check); err != nil {
		return fmt.Errorf("config.toml has mistakes; nothing starts until they are fixed (backroll config edit):\n%w", err)
	}
	fmt.Fprintf(stdout, "%s is fine.\n", text.Inert(path))
	return nil
}

// configTemplate is a new config.toml: every setting as a comment, with
// what it may say.
func configTemplate() []byte {
	var b strings.Builder
	b.WriteString("# backroll's settings. Remove the # before a setting to change it;\n# `backroll config` shows them all and where each comes from.\n")
	table := ""
	def := saved.Default()
	for _, f := range saved.Fields {
		t, key, _ := strings.Cut(f.Key, ".")
		if t != table {
			fmt.Fprintf(&b, "\n[%s]\n", t)
			table = t
		}
		value := f.Value(def)
		switch f.Key {
		case "session.hold":
			value = `"1m"`
		case "session.ready":
			value = `"5s"`
		case "session.cues":
			value = "[" + quotedList(strings.Split(cues.Default().String(), ",")) + "]"
		}
		fmt.Fprintf(&b, "# %s: %s\n# %s = %s\n", f.Label, f.Allowed, key, value)
	}
	return []byte(b.String())
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
