package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/custom"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// findRoutine is the routine a person named after `backroll start`, by
// its ID or its name as people type them ("Lower back", "lower back
// relief"): a built-in one, else one of their own. Built-in names win (a
// custom file may not take one). A custom routine with a mistake is that
// mistake, named by line; an unknown name is a usage error that names the
// closest, if one is close.
func findRoutine(w Where, name string) (content.Routine, error) {
	typed := routineKey(name)
	for _, r := range content.Routines {
		if typed == r.ID || typed == routineKey(r.Name) {
			return r, nil
		}
	}
	r, ok, err := custom.Find(w.Routines, typed)
	if ok {
		return r, err
	}
	if near := closestRoutine(typed); near != "" {
		return r, usageError{fmt.Errorf("unknown routine %q; did you mean %s? `%s` lists them", name, near, content.Typed("routines", w.Remote))}
	}
	return r, usageError{fmt.Errorf("unknown routine %q; `%s` lists them", name, content.Typed("routines", w.Remote))}
}

// routineKey writes a routine's name in the form of an ID.
func routineKey(name string) string { return strings.Join(strings.Fields(strings.ToLower(name)), "-") }

// closestRoutine is the built-in routine typed most likely means, or "".
// A word short or a word too many ("lower", "nightly please") counts as
// close.
func closestRoutine(typed string) string {
	var keys []string
	id := map[string]string{}
	for _, r := range content.Routines {
		for _, k := range []string{r.ID, routineKey(r.Name)} {
			if strings.HasPrefix(k, typed+"-") || strings.HasPrefix(typed, k+"-") {
				return r.ID
			}
			keys, id[k] = append(keys, k), r.ID
		}
	}
	return id[text.Closest(typed, keys)]
}

// customRoutines are the person's own routines for the lists; a file with
// a mistake is left out and its mistakes returned, each named by line.
func customRoutines(dir string) ([]content.Routine, error) {
	rs, bad := custom.Load(dir)
	return rs, errors.Join(bad...)
}

// addRoutinesSubcommands gives `routines` its `new` and `add`. They are
// named in its help rather than listed as commands: fang would widen the
// main help's column for "routines [command]" past 80 columns. Over SSH
// they are not served, and the folder is the server's: neither is named.
func addRoutinesSubcommands(routines *cobra.Command, stdout io.Writer, w Where) {
	if w.Remote {
		routines.Long = "List the routines with their areas and length: the built-in ones, then your own."
		routines.Example = "  backroll routines --hold 45s"
		return
	}
	routines.Long = "List the routines with their areas and length: the built-in ones, then your own from " +
		text.Inert(custom.Dir()) + ".\n\n" +
		"backroll routines new NAME writes a routine of your own to fill in; " +
		"backroll routines add FILE checks one someone wrote for you and installs it."
	routines.Example = "  backroll routines --hold 45s\n  backroll routines new \"desk day\"\n" +
		"  backroll routines add ~/Downloads/after-the-run.toml"
	routines.AddCommand(routinesSubcommands(stdout)...)
}

// routinesSubcommands are `routines new` and `routines add`.
func routinesSubcommands(stdout io.Writer) []*cobra.Command {
	newCmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Write a routine of your own to fill in",
		Long: "Write a routine of your own, with notes on each line, into " + text.Inert(custom.Dir()) + ". " +
			"Edit it, then start it by its file name.",
		Example: "  backroll routines new \"desk day\"\n  backroll start desk-day --plain",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := custom.New(custom.Dir(), args[0])
			if err != nil {
				return err
			}
			id, _ := custom.ID(path)
			fmt.Fprintf(stdout, "Wrote %s.\nEdit it, then: backroll start %s\n", text.Inert(path), id)
			return nil
		},
	}
	add := &cobra.Command{
		Use:   "add FILE",
		Short: "Check a routine someone wrote for you, and install it",
		Long: "Check a routine file someone wrote for you, such as your physio, the way backroll checks its own, " +
			"and copy it into " + text.Inert(custom.Dir()) + ". Every problem is listed at once, and nothing is installed " +
			"while there is any.",
		Example: "  backroll routines add ~/Downloads/after-the-run.toml",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, dest, err := custom.Install(custom.Dir(), args[0])
			var inv *custom.Invalid
			if errors.As(err, &inv) {
				n := len(inv.Problems)
				plural := "s"
				if n == 1 {
					plural = ""
				}
				return fmt.Errorf("nothing installed; %d problem%s to fix:\n%w", n, plural, err)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "Installed %q as %s.\nStart it with: backroll start %s\n", r.Name, text.Inert(dest), r.ID)
			return nil
		},
	}
	newCmd.Hidden, add.Hidden = true, true
	return []*cobra.Command{newCmd, add}
}

// listHeading is the line above the person's own routines, and where
// they are kept; over SSH that is a folder of the server's, not named.
func listHeading(w io.Writer, where Where) {
	if where.Remote {
		fmt.Fprintln(w, "\nYour own:")
		return
	}
	fmt.Fprintf(w, "\nYour own, from %s:\n", text.Inert(where.Routines))
}

// listRoutines prints every routine as this person would roll it: a
// first-timer's holds are shorter, and the list says why; what the
// screening answers leave out is named under each routine.
func listRoutines(w io.Writer, set settings) error {
	prof := set.conf.Profile
	base, err := set.plan()
	if err != nil {
		return err
	}
	mine, bad := customRoutines(set.where.Routines)
	opts := plan.Options(base, prof)
	all := append(content.Routines[:len(content.Routines):len(content.Routines)], mine...)
	// One column of times, however long an ID: after-the-run too.
	idW := 12
	for _, r := range all {
		idW = max(idW, ansi.StringWidth(r.ID))
	}
	in := idW + 8 // the ID, a space, the time in 5, two spaces
	for i, r := range all {
		if i == len(content.Routines) {
			listHeading(w, set.where)
		}
		summary := r.Summary
		if i >= len(content.Routines) && r.Name != r.ID {
			// The name the app shows it by, beside the file's name.
			summary = strings.TrimSuffix(r.Name+": "+r.Summary, ": ")
		}
		// What the answers leave out, an area whole on each line.
		var left []string
		if parts := plan.Named(plan.LeftOut(r, prof)); len(parts) > 0 {
			left = append(left, "✕", "left", "out:")
			for i, part := range parts {
				if i < len(parts)-1 {
					part += ","
				}
				left = append(left, part)
			}
		}
		p, err := plan.For(r, base, prof)
		if err != nil {
			// The screening answers can leave a routine nothing to roll.
			fmt.Fprintf(w, "%-*s %5s  %s\n", idW, r.ID, "-", summary)
			underneath(w, in, left)
			fmt.Fprintf(w, "%*snothing to roll for you\n", in, "")
			continue
		}
		var areas []string
		for _, s := range p.Steps {
			areas = append(areas, fmt.Sprintf("%s %s", strings.ToLower(s.Title()), coach.Short(s.Hold)))
		}
		if p.Finisher {
			areas = append(areas, fmt.Sprintf("cat-cow ×%d", p.Reps))
		}
		fmt.Fprintf(w, "%-*s %5s  %s\n", idW, r.ID, coach.Short(p.Total()), summary)
		// The steps wrap under themselves inside 80 columns, a step whole.
		for i := range len(areas) - 1 {
			areas[i] += ","
		}
		underneath(w, in, areas)
		for _, t := range p.Trimmed {
			// Why a step it names is shorter or missing.
			underneath(w, in, strings.Fields(fmt.Sprintf("✂ %s %s in all, not %s (two minutes per area)",
				strings.ToLower(t.Step.Title()), coach.Short(coach.MaxHold), coach.Short(t.Asked))))
		}
		underneath(w, in, left)
	}
	ready := coach.DefaultReady
	if opts.Ready > 0 {
		ready = opts.Ready
	}
	fmt.Fprintf(w, "\nTimes include %s to get ready before each area and cat-cow.\n", coach.Short(ready))
	if opts.DefaultHold != 0 && opts.Hold == 0 {
		fmt.Fprintf(w, "Areas last %s while you are new to rolling; `%s` changes that.\n", coach.Short(opts.DefaultHold),
			content.Typed("setup", set.where.Remote))
	}
	return bad
}

// underneath prints parts under a routine's summary, in columns in,
// wrapping between parts inside 80 columns.
func underneath(w io.Writer, in int, parts []string) {
	line := ""
	for _, a := range parts {
		if line != "" && in+ansi.StringWidth(line+" "+a) > 80 {
			fmt.Fprintf(w, "%*s%s\n", in, "", line)
			line = ""
		}
		line = strings.TrimPrefix(line+" "+a, " ")
	}
	if line != "" {
		fmt.Fprintf(w, "%*s%s\n", in, "", line)
	}
}
