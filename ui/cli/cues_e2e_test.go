package cli_test

import (
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/backroll/backroll/ui/cues/cuestest"
)

// cuesOf is the cues in everything backroll wrote, progress readings
// squeezed to one each so that the list reads as a story.
func cuesOf(term *terminal) []string {
	var out []string
	for _, c := range cuestest.Scan([]byte(term.output())) {
		if strings.HasPrefix(c, "progress:") && c != "progress:clear" && len(out) > 0 && strings.HasPrefix(out[len(out)-1], "progress:") {
			out[len(out)-1] = c
			continue
		}
		out = append(out, c)
	}
	return out
}

// waitForBells polls until the output holds n bells.
func (term *terminal) waitForBells(n int) {
	term.t.Helper()
	bells := func() int {
		cues := cuesOf(term)
		return len(slices.DeleteFunc(cues, func(c string) bool { return c != "bell" }))
	}
	for deadline := time.Now().Add(10 * time.Second); bells() < n; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			term.fail("%d bells never came: %q", n, cuesOf(term))
		}
	}
}

// TestE2ECues runs a short session in a pseudo-terminal and reads the raw
// bytes it sends: with bells, notifications and progress chosen, one bell
// as each hold starts and three at the end, a notification at each change
// while the window is out of focus, the tab's progress rising and cleared
// at the end; with none chosen, none of them.
func TestE2ECues(t *testing.T) {
	run := func(t *testing.T, cues string) *terminal {
		term := startTerminal(t, "start", "mid-back", "--hold", "10s", "--breath", "2-2", "--cues", cues)
		term.waitFor(`Get ready · Mid-back`)
		if _, err := term.ptmx.Write([]byte("\x1b[O")); err != nil { // the window loses focus
			t.Fatal(err)
		}
		term.press(" ") // start now
		term.waitFor(`Get ready · Cat-cow`)
		term.press(" ")
		term.waitFor(`Cat-cow · 1 of`)
		term.press("n")
		term.waitFor(`Session (complete|over)`)
		return term
	}

	t.Run("bell,notify,progress", func(t *testing.T) {
		term := run(t, "bell,notify,progress")
		term.waitForBells(5) // the end's three come 300 ms apart
		term.press("\r")
		term.wait(0)
		got := cuesOf(term)
		want := []string{"progress:", "notify:Mid-back. 10 seconds.", "bell", "progress:", "notify:Cat-cow. 6 breaths.", "bell",
			"progress:clear", "notify:Done: 10 seconds rolled.", "bell", "bell", "bell"}
		if len(got) != len(want) {
			t.Fatalf("cues %q;\nwant %q", got, want)
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Fatalf("cue %d is %q; cues %q;\nwant %q", i, got[i], got, want)
			}
		}
	})

	t.Run("none", func(t *testing.T) {
		term := run(t, "none")
		time.Sleep(700 * time.Millisecond) // longer than a bell pattern lasts
		term.press("\r")
		term.wait(0)
		if got := cuesOf(term); len(got) != 0 {
			t.Fatalf("cues %q with none chosen", got)
		}
	})
}

// TestE2EProgressCleared: the tab's progress bar is cleared however the
// session ends: quit, ctrl+c, or SIGTERM.
func TestE2EProgressCleared(t *testing.T) {
	for name, end := range map[string]func(term *terminal){
		"quit": func(term *terminal) {
			time.Sleep(1200 * time.Millisecond) // a second rolled: quitting sums it up
			term.press("q")
			term.waitFor(`Stop this session\?`)
			term.press("y")
			term.waitFor(`Session stopped early`)
			term.press("\r")
		},
		"ctrl+c":  func(term *terminal) { term.press("\x03") },
		"SIGTERM": func(term *terminal) { _ = term.cmd.Process.Signal(syscall.SIGTERM) },
	} {
		t.Run(name, func(t *testing.T) {
			term := startTerminal(t, "start", "mid-back", "--cues", "progress")
			term.waitFor(`Get ready · Mid-back`)
			term.press(" ")
			term.waitFor(`this area`)
			end(term)
			term.wait(1)
			got := cuesOf(term)
			if len(got) < 2 || !strings.HasPrefix(got[0], "progress:") || got[len(got)-1] != "progress:clear" ||
				slices.Contains(got, "bell") {
				t.Fatalf("cues %q; want progress, then cleared last", got)
			}
		})
	}
}
