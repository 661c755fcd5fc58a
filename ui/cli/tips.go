package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/content"
)

// newTipsCmd is `backroll tips [QUERY]`: the tips as plain text, for
// people who would rather read, grep or script them.
func newTipsCmd(set *settings) *cobra.Command {
	return &cobra.Command{
		Use:   "tips [QUERY]",
		Short: "Print the tips, or those with every word of QUERY",
		Example: "  backroll tips\n  backroll tips breath\n" +
			"  backroll tips lower back | less",
		Args: cobra.ArbitraryArgs,
		RunE: func(_ *cobra.Command, args []string) error {
			out := set.stdout
			mark := func(s string) string { return s }
			if isTerminal(out) {
				mark = ansi.Style{}.Bold().Styled
			}
			return printTips(out, strings.Join(args, " "), outputWidth(out), mark, set.where.Remote)
		},
	}
}

// outputWidth is the terminal's width, or 80 columns when out is a pipe or
// a file: the same text whoever reads it.
func outputWidth(out io.Writer) int {
	if isTerminal(out) {
		f, _ := fileOf(out)
		if w, _, err := term.GetSize(f.Fd()); err == nil && w >= 20 {
			return w
		}
	}
	return 80
}

// printTips writes each tip matching query, best first, its title and
// category on one line and its text wrapped below, the words found passed
// through mark. Nothing matching is an error: like grep, the exit status
// says whether anything was found; remote names the command as typed
// through ssh.
func printTips(w io.Writer, query string, width int, mark func(string) string, remote bool) error {
	found := content.SearchTips(query)
	for i, m := range found {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s)\n", content.Mark(m.Title, m.InTitle, mark), content.Mark(m.Category, m.InCategory, mark))
		body := content.Mark(m.Body, m.InBody, mark)
		for _, line := range strings.Split(ansi.Wordwrap(body, width-4, ""), "\n") {
			fmt.Fprintln(w, "    "+strings.TrimRight(line, " "))
		}
	}
	if len(found) == 0 {
		return fmt.Errorf("no tip holds %q; `%s` lists them all", query, content.Typed("tips", remote))
	}
	return nil
}
