package serve

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/ui/screen"
)

// Session is one SSH session as backroll runs it.
type Session struct {
	Home string   // the person's own folder: users/<fingerprint>/
	Args []string // the command, checked by Command
	// Env is the session's terminal's: TERM from its pty (dumb without
	// one), and the few names the client sent that say how it draws.
	Env      []string
	In       io.Reader
	Out, Err io.Writer
	// Terminal is the session's pty for the full screen; nil without one.
	Terminal *screen.Terminal
	// Zone is the client's TZ, when it sends one the server knows; nil
	// is the server's own zone, or the one the person's answers name.
	Zone *time.Location
	// Leads is a key on the list of class leaders: in a class, they lead.
	Leads bool
	// Class is the person's seat in a roll-along class (class NAME):
	// Run runs the app on it. Nil for any other command.
	Class *class.Seat
}

// passed are the client's variables a session hears: how its terminal
// draws and what the person asked for. Any other is left out.
var passed = []string{"COLORTERM", "COLORFGBG", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "ACCESSIBLE",
	"TERM_PROGRAM", "LC_TERMINAL", "LANG", "LC_ALL", "LC_CTYPE", "TZ"}

func (h *handler) handle(s ssh.Session) {
	start := time.Now()
	if !h.begin() {
		_, _ = io.WriteString(s.Stderr(), "backroll: the server is stopping\n")
		_ = s.Exit(1)
		return
	}
	defer h.wg.Done()
	status, what := 1, "refused"
	fp, _ := Fingerprint(s.PublicKey())
	defer func() {
		h.log("session from %s key %s command %s took %s status %d", s.RemoteAddr(), fp, what,
			time.Since(start).Round(time.Millisecond), status)
		_ = s.Exit(status)
	}()
	// Checked again after the handshake: a key taken off the list
	// since, or a session that got here without one, goes no further.
	if fp == "" || !h.o.Allowed.Allows(s.PublicKey()) {
		_, _ = io.WriteString(s.Stderr(), "backroll: this key is not on the server's list\n")
		return
	}
	if n := h.active.Add(1); h.o.MaxSessions > 0 && int(n) > h.o.MaxSessions {
		h.active.Add(-1)
		_, _ = io.WriteString(s.Stderr(), "backroll: the server is full; try again in a while\n")
		return
	}
	defer h.active.Add(-1)
	args := s.Command()
	name, err := Command(args)
	if err != nil {
		status, what = 2, "refused"
		_, _ = io.WriteString(s.Stderr(), "backroll: "+err.Error()+"\n")
		return
	}
	what = name
	home := filepath.Join(h.o.DataDir, "users", fp)
	if err := os.MkdirAll(home, 0o700); err != nil {
		_, _ = io.WriteString(s.Stderr(), "backroll: the server cannot keep your files\n")
		h.log("making %s: %v", home, err)
		return
	}
	pty, winch, hasPty := s.Pty()
	env := sessionEnv(s.Environ(), pty.Term, hasPty)
	sess := Session{Home: home, Args: args, Env: env, In: s, Out: s, Err: s.Stderr(), Zone: zone(env)}
	ctx, cancel := context.WithCancel(s.Context())
	defer cancel()
	if hasPty {
		sess.Terminal = &screen.Terminal{
			In: s, Out: s, Env: env, Profile: colorprofile.Env(env),
			Size:       screen.Size{Width: pty.Window.Width, Height: pty.Window.Height},
			MapNewline: s.EmulatedPty(),
			Watch:      h.watch(s.Context(), winch),
		}
	} else {
		// Without a pty, nothing but the context tells a session the
		// server is stopping: it ends as on q, saving what was rolled.
		go func() {
			select {
			case <-h.stopping:
				cancel()
			case <-ctx.Done():
			}
		}()
	}
	if name == "class" {
		leads, err := h.o.Leaders.Lists(s.PublicKey())
		if err != nil {
			h.log("reading the class leaders: %v", err)
		}
		sess.Leads = leads
		status = h.class(ctx, sess, fp)
		return
	}
	status = h.o.Run(ctx, sess)
}

// watch hears a pty session's window changes, and the server stopping or
// the client going, as requests to end.
func (h *handler) watch(gone context.Context, winch <-chan ssh.Window) func(context.Context, func(screen.Size), func()) func() {
	return func(ctx context.Context, resize func(screen.Size), stop func()) func() {
		return func() {
			stopping, ended := h.stopping, gone.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case <-stopping:
					stopping = nil
					stop()
				case <-ended:
					ended = nil
					stop()
				case w, ok := <-winch:
					if !ok {
						winch = nil
						continue
					}
					if w.Width > 0 && w.Height > 0 {
						resize(screen.Size{Width: w.Width, Height: w.Height})
					}
				}
			}
		}
	}
}

// zone is the time zone TZ names in env (":Europe/Paris" as well), or nil.
// time.LoadLocation takes names from the zone database only, never a path.
func zone(env []string) *time.Location {
	for _, kv := range env {
		if tz, ok := strings.CutPrefix(kv, "TZ="); ok && tz != "" {
			if loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
				return loc
			}
		}
	}
	return nil
}

// sessionEnv is the session's terminal's environment.
func sessionEnv(sent []string, term string, hasPty bool) []string {
	switch {
	case !hasPty || term == "":
		// No pty is no screen to draw on: plain lines of text.
		term = "dumb"
	case len(term) > 64 || strings.ContainsFunc(term, func(r rune) bool { return r <= ' ' || r > '~' }):
		// A name no terminal has: the common one.
		term = "xterm"
	}
	env := []string{"TERM=" + term}
	for _, kv := range sent {
		name, _, _ := strings.Cut(kv, "=")
		for _, p := range passed {
			if name == p && len(kv) <= 256 {
				env = append(env, kv)
			}
		}
	}
	return env
}
