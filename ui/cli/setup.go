package cli

import (
	"sync"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/profile"
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
