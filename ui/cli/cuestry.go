package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/backroll/backroll/ui/cues"
)

// newCuesCmd is `backroll cues test`: each cue chosen, played once and
// named, and what keeps one from working, said with how to mend it.
func newCuesCmd(set *settings) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cues",
		Short: "Try the cues that guide a session by sound",
		Args:  cobra.NoArgs,
	}
	try := &cobra.Command{
		Use:   "test",
		Short: "Play each cue chosen and say what is missing",
		Long: "Plays each cue you chose (--cues, else config.toml, else the default), one at a time, " +
			"and names what it just did: every bell pattern with its meaning, a desktop notification, " +
			"the tab's progress, the voice. Then it says what keeps a cue from working here and how to mend it.",
		Example: "  backroll cues test\n  backroll cues test --cues bell,voice",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			chosen, err := set.chosenCues()
			if err != nil {
				return err
			}
			t := tryout{out: set.stdout, ctx: cmd.Context(), getenv: os.Getenv, pause: time.Sleep, tmux: tmuxOption}
			t.run(chosen)
			return nil
		},
	}
	try.Flags().Var(&set.cues, "cues", "cues to try, e.g. bell,voice (default: those chosen)")
	cmd.AddCommand(try)
	return cmd
}

// tryout plays the cues, with what it needs from outside given, for tests.
type tryout struct {
	out    io.Writer
	ctx    context.Context
	getenv func(string) string
	pause  func(time.Duration)
	tmux   func(name string) string // a global tmux option's value, "" when unknown
}

// say writes a line, wrapped at 80 columns between words; the lines it
// wraps onto are indented as deep as the line itself, and two more.
func (t tryout) say(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	lead := strings.Repeat(" ", len(line)-len(strings.TrimLeft(line, " ")))
	out, width := lead, len(lead)
	for i, word := range strings.Fields(line) {
		n := utf8.RuneCountInString(word)
		if i > 0 && width+1+n > 78 {
			out += "\n" + lead + "  "
			width = len(lead) + 2
		} else if i > 0 {
			out += " "
			width++
		}
		out += word
		width += n
	}
	fmt.Fprintln(t.out, out)
}

func (t tryout) run(set cues.Set) {
	term := cues.DetectTerminal(t.getenv)
	var missing []string
	t.say("Cues chosen: %s.", set)
	if set.Bell || set.Breath || set.Countdown {
		t.bells(set)
	}
	if set.Progress {
		fmt.Fprint(t.out, ansi.SetProgressBar(50))
		t.pause(time.Second)
		fmt.Fprint(t.out, ansi.ResetProgressBar)
		t.say("progress: the tab's progress showed 50%% for a second, then cleared (terminals that show it: Windows Terminal, Ghostty, WezTerm, iTerm2, ...).")
	}
	if set.Notify {
		fmt.Fprint(t.out, cues.NotifySequence(term, "backroll: a test notification"))
		t.say("notify: sent the desktop notification \"backroll: a test notification\".")
		missing = append(missing, t.notifyGaps(set, term)...)
	}
	if set.Voice {
		sp := cues.NewSpeaker(t.ctx, cues.SystemEnv())
		defer sp.Close()
		text := "This is backroll's voice. Next: left glute, figure four."
		switch err := sp.Speak(t.ctx, text); {
		case !sp.Works():
			missing = append(missing, "voice: "+sp.Note()+" In a session the bell rings in its place.")
		case err != nil:
			missing = append(missing, fmt.Sprintf("voice: %s could not speak (%v).", sp.Command(), err))
		default:
			t.say("voice: said %q with %s.", text, sp.Command())
		}
	}
	var off []string
	for _, name := range strings.Split(cues.Known(), ", ") {
		if name != "none" && !strings.Contains(","+set.String()+",", ","+name+",") && !(name == "notify" && set.NotifyAlways) {
			off = append(off, name)
		}
	}
	if len(off) > 0 {
		t.say("Not chosen: %s (choose with --cues, or in backroll's Settings).", strings.Join(off, ", "))
	}
	if len(missing) == 0 {
		t.say("Nothing missing: every cue chosen can sound here.")
		return
	}
	t.say("Missing:")
	for _, m := range missing {
		t.say("  %s", m)
	}
}

// bells rings each pattern the chosen cues use, one at a time, naming it.
func (t tryout) bells(set cues.Set) {
	for _, b := range cues.Bells {
		breath, tick := strings.Contains(b.Meaning, "(breath cue)"), strings.Contains(b.Meaning, "(countdown cue)")
		if (breath && !set.Breath) || (tick && !set.Countdown) || (!breath && !tick && !set.Bell) {
			continue
		}
		last := time.Duration(0)
		for _, at := range b.Rings() {
			t.pause(at - last)
			last = at
			fmt.Fprint(t.out, "\a")
		}
		// Written as it is: say would close up the pattern's pause.
		fmt.Fprintf(t.out, "bell %s%s %s\n", b.Pattern, strings.Repeat(" ", max(6-utf8.RuneCountInString(b.Pattern), 0)), b.Meaning)
		t.pause(1500 * time.Millisecond) // apart from the next, to the ear
	}
}

// notifyGaps says what keeps notifications from showing: inside tmux, a
// window whose focus is never reported, and sequences tmux keeps to
// itself.
func (t tryout) notifyGaps(set cues.Set, term cues.Terminal) []string {
	if !term.Tmux {
		return nil
	}
	var gaps []string
	if t.tmux("focus-events") != "on" && !set.NotifyAlways {
		gaps = append(gaps, "notify: tmux has focus-events off, so backroll never hears that its window is out of sight, "+
			"and a notification waits for that. Turn it on with `tmux set -g focus-events on` "+
			"(and `set -g focus-events on` in ~/.tmux.conf), or choose notify-always to notify whatever the focus.")
	}
	if t.tmux("allow-passthrough") == "off" {
		gaps = append(gaps, "notify: tmux has allow-passthrough off and keeps the notification from the terminal outside it. "+
			"Turn it on with `tmux set -g allow-passthrough on` (and in ~/.tmux.conf).")
	}
	return gaps
}

// tmuxOption asks the tmux server for a global option's value.
func tmuxOption(name string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tmux", "show-options", "-gv", name).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
