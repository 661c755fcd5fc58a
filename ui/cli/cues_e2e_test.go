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
// bytes it sends: with bells, notifications and progress chosen, each
// moment's bell pattern (cues.Bells: the get-ready's two and two, a hold's
// two, the end's three and two), a notification at each change while the
// window is out of focus, the tab's progress rising and cleared at the
// end; with none chosen, none of them.
func TestE2ECues(t *testing.T) {
	run := func(t *testing.T, cues string, bells ...int) *terminal {
		term := startTerminal(t, "start", "mid-back", "--hold", "10s", "--breath", "2-2", "--cues", cues)
		at := func(i int) {
			if len(bells) > i {
				term.waitForBells(bells[i]) // a moment's pattern whole before the next
			}
		}
		term.waitFor(`Get ready · Mid-back`)
		at(0)
		if _, err := term.ptmx.Write([]byte("\x1b[O")); err != nil { // the window loses focus
			t.Fatal(err)
		}
		term.press("\r") // start now
		term.waitFor(`Get ready · Cat-cow`)
		at(1)
		term.press("\r")
		term.waitFor(`Cat-cow · 1 of`)
		at(2)
		term.press("n")
		term.waitFor(`Session (complete|over)`)
		return term
	}

	t.Run("bell,notify,progress", func(t *testing.T) {
		term := run(t, "bell,notify,progress", 4, 4+2+4, 4+2+4+2)
		term.waitForBells(17) // the end's five come over 1.9 s
		term.press("\r")
		term.wait(0)
		var got, progress []string
		for _, c := range cuesOf(term) {
			if strings.HasPrefix(c, "progress:") {
				progress = append(progress, c)
				continue
			}
			got = append(got, c)
		}
		bells := func(n int) []string { return slices.Repeat([]string{"bell"}, n) }
		want := slices.Concat(bells(4), // the first get-ready, in focus: no notification
			[]string{"notify:Mid-back. 10 seconds."}, bells(2),
			[]string{"notify:Next: cat-cow, on hands and knees. 10 seconds to get into position."}, bells(4),
			[]string{"notify:Cat-cow. 6 breaths."}, bells(2),
			[]string{"notify:Done: 10 seconds rolled. How does your back feel now? Type 0 for fine up to 10 for very sore."}, bells(5))
		if !slices.Equal(got, want) {
			t.Fatalf("cues %q;\nwant %q", got, want)
		}
		if len(progress) < 3 || progress[len(progress)-1] != "progress:clear" {
			t.Fatalf("progress %q; want it rising, then cleared", progress)
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
			term.press("\r")
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
