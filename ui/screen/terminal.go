package screen

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Size is a terminal's size in cells.
type Size struct{ Width, Height int }

// Terminal is what Run draws on and reads keys from. It need not be the
// process's own terminal (Local builds that one): an SSH session's channel,
// window-change requests and environment fit as well.
type Terminal struct {
	In  io.Reader
	Out io.Writer
	// Env is the terminal's environment: TERM, COLORTERM, NO_COLOR...
	Env []string
	// Profile is the colours Out shows; Unknown asks colorprofile.Detect.
	Profile colorprofile.Profile
	// Size is the size at the start; 0 stands for COLUMNS, LINES (of Env)
	// or 80x24.
	Size Size
	// MapNewline says Out turns "\n" into "\r\n", as an SSH session's
	// emulated pty does: the renderer must not move down with a bare "\n".
	MapNewline bool
	// Raw, when set, switches the terminal to raw input and returns how to
	// switch it back. Run calls it at the start and again after a suspend.
	Raw func() (restore func() error, err error)
	// Watch, when set, starts listening for what happens to the terminal
	// outside its byte stream, before the program starts, and returns the
	// loop that hears it, which Run runs in a goroutine of its own until
	// ctx ends. The loop calls resize with each new size and stop with each
	// request from outside to end (a signal, a closed session): the first
	// becomes the ctrl+c key, so the program leaves its own way; the next
	// one ends it at once with ErrStopped.
	Watch func(ctx context.Context, resize func(Size), stop func()) (loop func())
	// Suspend, when set, stops the process until it is continued; Run
	// calls it on ctrl+z with the terminal given back. Unset, ctrl+z is a
	// key like any other.
	Suspend func()
}

// Local is the process's own terminal, in and out: raw input, escape codes
// turned on in a Windows console, resizes from SIGWINCH (from the console's
// input elsewhere), SIGINT, SIGTERM and SIGHUP (the window was closed) as
// requests to end, and ctrl+z suspending the process on Unix.
func Local(in, out *os.File) (Terminal, error) {
	w, h, err := term.GetSize(out.Fd())
	if err != nil {
		return Terminal{}, fmt.Errorf("reading the terminal's size: %w", err)
	}
	env := os.Environ()
	return Terminal{
		In: in, Out: out, Env: env,
		Profile: colorprofile.Detect(out, env),
		Size:    Size{w, h},
		Raw: func() (func() error, error) {
			cooked, err := term.MakeRaw(in.Fd())
			if err != nil {
				return nil, fmt.Errorf("switching the terminal to raw input: %w", err)
			}
			restoreOut, err := enableEscapes(out)
			if err != nil {
				_ = term.Restore(in.Fd(), cooked)
				return nil, fmt.Errorf("turning on escape codes in the console: %w", err)
			}
			return func() error {
				restoreOut()
				return term.Restore(in.Fd(), cooked)
			}, nil
		},
		Watch: func(ctx context.Context, resize func(Size), stop func()) func() {
			// Heard from the start: a signal before Notify would end
			// the process with the terminal still raw.
			sig := make(chan os.Signal, 4)
			signal.Notify(sig, watched...)
			return func() {
				defer signal.Stop(sig)
				for {
					select {
					case <-ctx.Done():
						return
					case s := <-sig:
						if s != resized {
							stop()
						} else if w, h, err := term.GetSize(out.Fd()); err == nil {
							resize(Size{w, h})
						}
					}
				}
			}
		},
		Suspend: suspend,
	}, nil
}

// fallbackSize stands in for a size the terminal does not report (some
// serial lines and containers say 0x0): COLUMNS and LINES of the terminal's
// own environment, else 80x24, as Bubble Tea does.
func fallbackSize(width, height int, env []string) (int, int) {
	if width <= 0 {
		width = envInt(env, "COLUMNS", 80)
	}
	if height <= 0 {
		height = envInt(env, "LINES", 24)
	}
	return width, height
}

func envInt(env []string, name string, fallback int) int {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok {
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				return n
			}
		}
	}
	return fallback
}
