package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/custom"
	"github.com/backroll/backroll/content"
	"github.com/backroll/backroll/ui/cues"
)

// addCompletions offers, at a tab, what each flag and argument takes:
// routine names, export and report formats, cue names.
func addCompletions(root *cobra.Command) {
	for _, c := range []*cobra.Command{root, find(root, "start")} {
		c.RegisterFlagCompletionFunc("cues", cueNames)
	}
	find(root, "history", "export").RegisterFlagCompletionFunc("format", fixed("json", "csv", "ics"))
	find(root, "report").RegisterFlagCompletionFunc("format", fixed(reportFormats...))
}

// find is the subcommand of root at path, which newRoot made.
func find(root *cobra.Command, path ...string) *cobra.Command {
	c, _, err := root.Find(path)
	if err != nil || c == root {
		panic("no command " + strings.Join(path, " "))
	}
	return c
}

func fixed(choices ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(choices, cobra.ShellCompDirectiveNoFileComp)
}

// routineNames are the built-in routines and the person's own, each with
// its summary; a broken file of one's own is left out, as in the list.
func routineNames(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp // one routine, typed in full already
	}
	mine, _ := customRoutines(custom.Dir())
	var ids []cobra.Completion
	for _, r := range append(slices.Clip(content.Routines), mine...) {
		ids = append(ids, cobra.CompletionWithDesc(r.ID, r.Summary))
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}

// cueNames completes the last name of a comma-separated list, leaving out
// names already in it, and "none", which stands alone, after any.
func cueNames(_ *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	i := strings.LastIndex(typed, ",") + 1
	given := strings.Split(typed[:i], ",")
	var out []cobra.Completion
	for _, name := range strings.Split(cues.Known(), ", ") {
		if !strings.HasPrefix(name, typed[i:]) || slices.Contains(given, name) || name == "none" && i > 0 {
			continue
		}
		out = append(out, cobra.Completion(typed[:i]+name))
	}
	// A list goes on after a comma: no space after a name.
	return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
}
