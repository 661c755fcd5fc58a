package cli

// The session flags, each a pflag.Value that checks its text as it is
// given, so a mistake stops the command before anything starts.

import (
	"fmt"
	"time"

	"github.com/backroll/backroll/coach"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/ui/cues"
)

// holdFlag is --hold: a duration that coach.ValidateHold allows, the
// one rule for a hold wherever it is asked for.
type holdFlag struct {
	d time.Duration
}

func (h *holdFlag) String() string {
	if h.d == 0 {
		return ""
	}
	return h.d.String()
}
func (h *holdFlag) Type() string { return "duration" }
func (h *holdFlag) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("%q is not a duration; try 45s or 1m30s", s)
	}
	if err := coach.ValidateHold(d); err != nil {
		return err
	}
	h.d = d
	return nil
}

// cuesFlag is --cues: a comma-separated list of cues, or none. given tells
// it apart from no flag, so that the flag beats config.toml.
type cuesFlag struct {
	set   cues.Set
	given bool
}

func (f *cuesFlag) String() string {
	if !f.given {
		return ""
	}
	return f.set.String()
}
func (f *cuesFlag) Type() string { return "LIST" }
func (f *cuesFlag) Set(s string) error {
	set, err := cues.ParseList(s)
	if err != nil {
		return err
	}
	f.set, f.given = set, true
	return nil
}

// breathFlag is --breath: IN-OUT or IN-HOLD-OUT in whole seconds, read
// as config.toml's breath is.
type breathFlag struct{ b coach.Breath }

func (f *breathFlag) String() string {
	if f.b == (coach.Breath{}) {
		return ""
	}
	return f.b.String()
}
func (f *breathFlag) Type() string { return "IN[-HOLD]-OUT" }
func (f *breathFlag) Set(s string) error {
	b, err := saved.ParseBreath(s)
	if err != nil {
		return err // the flag's error names the value
	}
	f.b = b
	return nil
}
