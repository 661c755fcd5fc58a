package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/ui/cues"
	"github.com/backroll/backroll/ui/serve"
)

// newServeCmd is `backroll serve`: the coach over SSH, each key its own
// person.
func newServeCmd(version string) *cobra.Command {
	var (
		listen, keys, dataDir string
		leadersFile           string
		open                  bool
		maxSessions           int
		idle                  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the coach over SSH, one history a key",
		Long: "backroll serve lets the people whose public keys are listed in an authorized_keys file " +
			"use backroll from any machine with `ssh -p 2222 HOST`, or run `ssh -p 2222 HOST status` (stats, tips, report). " +
			"`ssh -t -p 2222 HOST class NAME [ROUTINE]` rolls along with others: the first to join leads, " +
			"unless a key listed in the class leaders file (--leaders, read at every join) joins: they lead. " +
			"Each key has its own history, answers and settings in the server's data folder, under users/.",
		Example: "  backroll serve\n  backroll serve --listen 0.0.0.0:2222 --authorized-keys ~/.ssh/authorized_keys",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			allowed := serve.Allowed{Path: keys, Open: open}
			if !open {
				if _, err := allowed.Check(); err != nil {
					if errors.Is(err, fs.ErrNotExist) {
						err = fmt.Errorf("%s does not exist", text.Inert(keys))
					}
					return fmt.Errorf("%w; backroll serve lets in only the public keys listed there "+
						"(one a line, as in ~/.ssh/authorized_keys), or anyone's with --open", err)
				}
			}
			leaders, err := classLeaders(leadersFile, cmd.Flags().Changed("leaders"))
			if err != nil {
				return err
			}
			if maxSessions < 1 {
				return usageError{errors.New("--max-sessions must be 1 or more")}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			errOut := cmd.ErrOrStderr()
			o := serve.Options{Listen: listen, DataDir: dataDir, Allowed: allowed, Leaders: leaders, MaxSessions: maxSessions,
				IdleTimeout: idle, Log: errOut, Run: runSession(version), Profile: answers,
				Ready: func(a fmt.Stringer) {
					who := "the keys in " + text.Inert(keys)
					if open {
						who = "ANY public key (--open)"
					}
					if leaders.Path != "" {
						who += "; class leaders from " + text.Inert(leaders.Path)
					}
					fmt.Fprintf(errOut, "backroll serve: listening on %s for %s; ssh -p PORT HOST to roll\n", a, who)
				}}
			return serve.Serve(ctx, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", serve.DefaultListen, "address and port to listen on")
	f.StringVar(&keys, "authorized-keys", filepath.Join(xdg.ConfigHome, "backroll", "authorized_keys"), "the public keys let in")
	f.BoolVar(&open, "open", false, "let in any public key, each its own person")
	f.StringVar(&leadersFile, "leaders", filepath.Join(xdg.ConfigHome, "backroll", "class_leaders"),
		"keys that lead any class they join, if present")
	f.IntVar(&maxSessions, "max-sessions", serve.DefaultMaxSessions, "most sessions at once")
	f.DurationVar(&idle, "idle-timeout", serve.DefaultIdleTimeout, "close a connection quiet for this long")
	f.StringVar(&dataDir, "data-dir", filepath.Join(xdg.DataHome, "backroll", "serve"), "host key and each key's files")
	return cmd
}

// classLeaders is the list of class leaders at path: none when the default
// file is not there, and an error when the one given is not, or when either
// has a line that is not a public key.
func classLeaders(path string, given bool) (serve.Leaders, error) {
	l := serve.Leaders{Path: path}
	_, err := l.Check()
	switch {
	case errors.Is(err, fs.ErrNotExist) && !given:
		return serve.Leaders{}, nil
	case errors.Is(err, fs.ErrNotExist):
		return l, fmt.Errorf("%s does not exist; --leaders names a file of public keys, one a line, "+
			"as in ~/.ssh/authorized_keys, whose owners lead any class they join", text.Inert(path))
	case err != nil:
		return l, err
	}
	return l, nil
}

// runSession runs backroll for one SSH session, as the person its key is.
func runSession(version string) func(context.Context, serve.Session) int {
	return func(ctx context.Context, s serve.Session) int {
		w := Home(s.Home)
		w.Getenv = EnvGetter(s.Env)
		w.In, w.InTerminal = s.In, s.Terminal != nil
		w.Terminal = s.Terminal
		w.Remote = true
		w.Zone = s.Zone
		args := s.Args
		if s.Class != nil {
			// A class is the full-screen app on its seat.
			w.Class, args = s.Class, nil
		}
		return For(ctx, w, args, version, s.Out, s.Err)
	}
}

// answers are the screening answers of the person whose folder is home.
func answers(home string) (profile.Profile, error) {
	c, err := config.Load(Home(home).Config, cues.Check)
	return c.Profile, err
}
