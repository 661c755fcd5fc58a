package cli

import (
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/backroll/backroll/content"
	"github.com/backroll/backroll/ui/serve"
)

// servedHelp is the help of a session over SSH (backroll serve): it lists
// only the commands and flags a session may run (serve.Command), and
// names what to type as typed through ssh. The rest (remind, history
// merge, routines add, --data-dir) is refused, so listing it would send
// the person to a wall.
func servedHelp(root *cobra.Command) {
	root.Long = content.OverSSH(root.Long)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var hide func(c *cobra.Command, path []string)
	hide = func(c *cobra.Command, path []string) {
		words := path
		if len(words) == 0 {
			words = []string{""} // the app's own flags
		}
		hideFlag := func(f *pflag.Flag) {
			if _, err := serve.Command(append(append([]string{}, words...), "--"+f.Name)); err != nil {
				f.Hidden = true
			}
		}
		c.Flags().VisitAll(hideFlag)
		c.PersistentFlags().VisitAll(hideFlag)
		for _, sub := range c.Commands() {
			p := append(append([]string{}, path...), sub.Name())
			if _, err := serve.Command(p); err != nil {
				sub.Hidden = true
				continue
			}
			sub.Example = servedExamples(sub.Example)
			hide(sub, p)
		}
	}
	hide(root, nil)
	// cobra's own lines name `backroll [command] --help` and `backroll
	// tips [QUERY]`, which would run the person's own machine's backroll.
	root.Example = servedExamples(root.Example)
	addServedLine.Do(func() { cobra.AddTemplateFunc("servedLine", servedLine) })
	t := strings.Replace(root.UsageTemplate(), `Use "{{.CommandPath}} [command] --help"`,
		`Use "`+content.Typed("help [command]", true)+`"`, 1)
	t = strings.ReplaceAll(t, "{{.UseLine}}", "{{servedLine .UseLine}}")
	t = strings.ReplaceAll(t, "{{.CommandPath}} [command]", "{{servedLine .CommandPath}} [command]")
	root.SetUsageTemplate(t)
}

// addServedLine adds servedLine to cobra's templates, which are shared
// by every session: once.
var addServedLine sync.Once

// servedLine is a usage line of cobra's (backroll tips [QUERY] [flags])
// as typed over SSH.
func servedLine(line string) string {
	if line == "backroll" {
		return strings.TrimSpace(content.Typed("", true))
	}
	return content.Typed(strings.TrimPrefix(line, "backroll "), true)
}

// servedExamples are a command's examples as typed over SSH, without
// those a session is refused (report --output).
func servedExamples(examples string) string {
	var out []string
	for _, line := range strings.Split(examples, "\n") {
		cmd, ok := strings.CutPrefix(strings.TrimSpace(line), "backroll ")
		if !ok {
			continue
		}
		if _, err := serve.Command(strings.Fields(cmd)); err != nil {
			continue
		}
		out = append(out, "  "+content.Typed(cmd, true))
	}
	return strings.Join(out, "\n")
}
