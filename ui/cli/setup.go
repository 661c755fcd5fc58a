package cli

import (
	"fmt"
	"io"
	"sync"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/ui"
)

// newSetupCmd is `backroll setup`: the first-run questions again.
func newSetupCmd(set *settings) *cobra.Command {
	return &cobra.Command{
		Use:   "setup",
		Short: "Answer the first-run questions again",
		Long:  "Answer the first-run questions again: your roller, whether you are new to rolling,\nand the safety check.",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s := *set
			s.setup = true
			return runApp(cmd, s, "")
		},
	}
}

// withProfile gives the app the person's answers from config.toml and a
// way to save new ones there. Setup starts from the answers without the
// steps accepted since.
func withProfile(o *ui.Options, conf config.Config) {
	p := conf.Profile
	if o.Setup {
		p = p.WithoutSteps() // the questions again start the steps up over, saved with the answers
	}
	var mu sync.Mutex // saves run in commands, which may overlap
	o.Profile = p
	o.SaveProfile = func(p profile.Profile) error {
		mu.Lock()
		defer mu.Unlock()
		return profile.Save(conf.Path, p)
	}
}

// sayAnswers is what backroll setup says once the screen is gone: where
// the answers were saved, or, when the last save failed (a full disk, say),
// that they were not, as an error: setup has no home screen to say it on.
// Over SSH the file is the server's, in a folder the person never sees,
// and backroll config is not served: it is not named.
func sayAnswers(w io.Writer, path string, remote, saved bool, err error) error {
	where := " in " + text.Inert(path)
	if remote {
		where = ""
	}
	if err != nil {
		return fmt.Errorf("your answers were not saved%s: %w", where, err)
	}
	switch {
	case saved && remote:
		fmt.Fprintln(w, "Your answers are saved.")
	case saved:
		fmt.Fprintf(w, "Your answers are saved%s; backroll config shows them.\n", where)
	}
	return nil
}
