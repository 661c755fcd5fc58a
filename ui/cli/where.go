package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/config"
	"github.com/backroll/backroll/coach/custom"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/ui"
	"github.com/backroll/backroll/ui/plain"
	"github.com/backroll/backroll/ui/screen"
)

// Where is the person a run of backroll is for: the folders of their files
// and the terminal they sit at. Locally that is the process's own; over
// SSH (backroll serve) each key has folders of its own and the session's
// terminal, and nothing is read from the server's environment.
type Where struct {
	Config   string // config.toml: the settings and the first-run answers
	Routines string // the person's own routines
	Data     string // the history
	Cache    string
	Crash    string // crash files
	// Getenv reads the terminal's environment (TERM, COLORFGBG, ACCESSIBLE).
	Getenv func(string) string
	// In is the keyboard; InTerminal says it is a terminal that gives
	// keys one by one.
	In         io.Reader
	InTerminal bool
	// Terminal is the session's terminal for the full screen; nil is the
	// process's own.
	Terminal *screen.Terminal
	// Remote is a session over SSH: no voice (it would speak on the
	// server), and no commands that touch the server's files.
	Remote bool
	// Zone is the person's time zone, which their records are stamped in
	// and their days counted in; nil is the process's own.
	Zone *time.Location
	// Class is a seat in a roll-along class (backroll serve's class
	// NAME): the app runs it, whatever the command.
	Class *class.Seat
}

// in is t on the person's clock.
func (w Where) in(t time.Time) time.Time {
	if w.Zone == nil {
		return t
	}
	return t.In(w.Zone)
}

// zoneFrom puts the person on the zone their answers name, over SSH when
// their ssh sent no TZ; locally the machine's zone is theirs.
func (w *Where) zoneFrom(p profile.Profile) {
	if w.Remote && w.Zone == nil && p.TimeZone != "" {
		w.Zone, _ = profile.Zone(p.TimeZone) // checked when the file was read
	}
}

// clock is the app's clock on the person's zone, and a way to change the
// zone while it runs: an answer to the first-run questions over SSH.
func (w Where) clock() (now func() time.Time, setZone func(name string)) {
	c := appNow
	if c == nil {
		c = time.Now
	}
	var zone atomic.Pointer[time.Location]
	zone.Store(w.Zone)
	now = func() time.Time {
		if z := zone.Load(); z != nil {
			return c().In(z)
		}
		return c()
	}
	return now, func(name string) {
		if z, err := profile.Zone(name); err == nil {
			zone.Store(z)
		}
	}
}

// askZone has the first-run questions ask the time zone over SSH when the
// person's ssh sent no TZ, and their answer moves the app's clock at once.
func (w Where) askZone(o *ui.Options, setZone func(string)) {
	if !w.Remote || w.Zone != nil {
		return
	}
	o.AskZone = true
	if save := o.SaveProfile; save != nil {
		o.SaveProfile = func(p profile.Profile) error { setZone(p.TimeZone); return save(p) }
	}
}

// zoneNote is what a plain first run over SSH says when the person's ssh
// sent no TZ and they have named no zone: plain lines ask nothing, so it
// says how their days are counted and how to change that.
func (w Where) zoneNote(p profile.Profile, now time.Time) string {
	if !w.Remote || w.Zone != nil || p.Onboarded {
		return ""
	}
	return "Your ssh sent no time zone, so your days are counted on the server's clock (" + now.Format("15:04 MST") +
		" there now). Open the app once (ssh -t -p PORT HOST) to answer the first-run questions, your zone among them, " +
		"or send yours: ssh -o SetEnv=TZ=Europe/Paris."
}

// zoned is a plain session's clock on the person's time zone.
type zoned struct {
	plain.Clock
	w Where
}

func (z zoned) Now() time.Time { return z.w.in(z.Clock.Now()) }

// local is the person at this machine's own terminal.
func local() Where {
	return Where{
		Config: config.Path(), Routines: custom.Dir(), Data: history.DefaultDir(),
		Cache: filepath.Join(xdg.CacheHome, "backroll"), Crash: filepath.Join(xdg.StateHome, "backroll"),
		Getenv: os.Getenv, In: os.Stdin, InTerminal: isTerminal(os.Stdin),
	}
}

// Home is where one person's files live under root: the folders of
// backroll serve's users/<fingerprint>/.
func Home(root string) Where {
	return Where{
		Config:   filepath.Join(root, "config", "config.toml"),
		Routines: filepath.Join(root, "config", "routines"),
		Data:     filepath.Join(root, "data"), Cache: filepath.Join(root, "cache"), Crash: filepath.Join(root, "state"),
	}
}

// EnvGetter reads env, a list of NAME=value, as os.Getenv reads the
// process's: the last one of a name wins.
func EnvGetter(env []string) func(string) string {
	return func(name string) string {
		v := ""
		for _, kv := range env {
			if val, ok := strings.CutPrefix(kv, name+"="); ok {
				v = val
			}
		}
		return v
	}
}

// terminal is the terminal for the full screen: the session's, or the
// process's own when stdin and stdout are one; nil when there is none.
func (s settings) terminal() (*screen.Terminal, error) {
	if s.where.Terminal != nil {
		return s.where.Terminal, nil
	}
	out, ok := fileOf(s.stdout)
	if !ok || !term.IsTerminal(out.Fd()) || !term.IsTerminal(os.Stdin.Fd()) {
		return nil, nil
	}
	t, err := screen.Local(os.Stdin, out)
	return &t, err
}
