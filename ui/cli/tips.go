package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/content"
)

// newTipsCmd is `backroll tips [QUERY]`: the tips as plain text, for
// people who would rather read, grep or script them.
func newTipsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "tips [QUERY]",
		Short: "Print the tips, or those with every word of QUERY",
		Example: "  backroll tips\n  backroll tips breath\n" +
			"  backroll tips lower back | less",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			return printTips(out, strings.Join(args, " "), outputWidth(out))
		},
	}
}

// outputWidth is the terminal's width, or 80 columns when out is a pipe or
// a file: the same text whoever reads it.
func outputWidth(out io.Writer) int {
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w >= 20 {
			return w
		}
	}
	return 80
}

// printTips writes each tip matching query, its title and category on one
// line and its text wrapped below. Nothing matching is an error: like grep,
// the exit status says whether anything was found.
func printTips(w io.Writer, query string, width int) error {
	n := 0
	for _, t := range content.Tips {
		if !t.Matches(query) {
			continue
		}
		if n > 0 {
			fmt.Fprintln(w)
		}
		n++
		fmt.Fprintf(w, "%s (%s)\n", t.Title, t.Category)
		for _, line := range strings.Split(ansi.Wordwrap(t.Body, width-4, ""), "\n") {
			fmt.Fprintln(w, "    "+strings.TrimRight(line, " "))
		}
	}
	if n == 0 {
		return fmt.Errorf("no tip holds %q; `backroll tips` lists them all", query)
	}
	return nil
}
