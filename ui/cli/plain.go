package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/ui/plain"
)

// plainClock is the plain session's clock; nil is the real one. Tests set
// it to run a whole session at once.
var plainClock plain.Clock

// plainMode reports whether to coach in lines of text: --plain, or a
// terminal that cannot draw (TERM=dumb) or a person who asked for
// accessible output (ACCESSIBLE set, as charm's huh and gum read it).
// --plain=false beats the environment.
func (s settings) plainMode(cmd *cobra.Command) bool {
	if f := cmd.Flags().Lookup("plain"); f != nil && f.Changed {
		return s.plain
	}
	return s.where.Getenv("TERM") == "dumb" || s.where.Getenv("ACCESSIBLE") != ""
}

// runPlain coaches routine in lines of text on stdout. It needs no
// terminal; when stdin is one, keys work. Its exit statuses and history
// are the full-screen session's.
func runPlain(cmd *cobra.Command, set settings, routine string) error {
	prof := set.conf.Profile
	j, err := set.journal()
	if err != nil {
		return err
	}
	r, err := findRoutine(set.where.Routines, routine)
	if err != nil {
		return err
	}
	base, err := set.plan()
	if err != nil {
		return err
	}
	p, err := plan.For(r, base, prof)
	if err != nil {
		return usageError{err}
	}
	out := set.stdout
	var keys <-chan byte
	switch {
	case set.where.Remote:
		// An SSH session's input: raw at the client, and its output
		// mapped by the session's pty when it has one.
		if set.where.InTerminal {
			keys = plain.KeysFrom(set.where.In)
		}
	case set.where.InTerminal:
		k, stop, err := plain.Keys(os.Stdin)
		if err != nil {
			return err
		}
		defer stop()
		keys = k
		if isTerminal(out) {
			out = plain.CRLF(out)
		}
	}
	// A signal, or the window closing, stops the session the way q does:
	// what was rolled is saved and the status is 1. Over SSH the session's
	// context says so.
	ctx := cmd.Context()
	if !set.where.Remote {
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		defer stop()
	}
	o := plain.Options{Plan: p, Profile: prof, Journal: j, Clock: plainClock}
	if set.where.Zone != nil {
		var c plain.Clock = plain.RealClock
		if plainClock != nil {
			c = plainClock
		}
		o.Clock = zoned{c, set.where}
	}
	// The history's advice, as the full screen shows it; a sign to stop
	// reported in the last two weeks asks first. A history that cannot be
	// read costs the question, never the session.
	now := time.Now
	if o.Clock != nil {
		now = o.Clock.Now
	}
	if adv, err := j.Advice(now(), prof); err == nil {
		o.Advice, o.Stop = adv, adv.Stop
	}
	if note := set.where.zoneNote(prof, now()); note != "" {
		fmt.Fprintln(out, note)
	}
	*set.quit = plain.Run(ctx, o, keys, out) == plain.Stopped
	return nil
}
