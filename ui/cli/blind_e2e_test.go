package cli_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/backroll/backroll/ui/cues/cuestest"
)

// fakeSpeech puts a speech command on PATH that logs what it is asked to
// say, one utterance a line, and returns a reader of that log.
func fakeSpeech(t *testing.T) func() []string {
	t.Helper()
	dir := t.TempDir()
	log := filepath.Join(dir, "said.log")
	// spd-say is the first command looked for on Linux; it is given
	// --wait, then the text.
	script := "#!/bin/sh\nfor a; do last=$a; done\nprintf '%s\\n' \"$last\" >> '" + log + "'\n"
	if err := os.WriteFile(filepath.Join(dir, "spd-say"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("SSH_CONNECTION", "") // a voice over SSH is off
	t.Setenv("SSH_TTY", "")
	return func() []string {
		b, _ := os.ReadFile(log)
		return strings.Split(strings.TrimSpace(string(b)), "\n")
	}
}

// bellClock notes when each bell is seen in the output, polling it.
type bellClock struct {
	mu   sync.Mutex
	at   []time.Time
	stop chan struct{}
	done chan struct{}
}

func watchBells(term *terminal) *bellClock {
	b := &bellClock{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(b.done)
		from := 0
		for {
			// Only what is new (scanning all of it each time would keep
			// the output's lock from the reader), up to a sequence that
			// may not be whole yet.
			out := term.output()
			if cut := whole(out); cut >= from {
				n := 0
				for _, c := range cuestest.Scan([]byte(out[from:cut])) {
					if c == "bell" {
						n++
					}
				}
				from = cut
				b.mu.Lock()
				for range n {
					b.at = append(b.at, time.Now())
				}
				b.mu.Unlock()
			}
			select {
			case <-b.stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return b
}

// csi is a whole control sequence (CSI) at the start of a string.
var csi = regexp.MustCompile(`^\x1b\[[0-?]*[ -/]*[@-~]`)

// whole is how much of out can be scanned now: all of it when what
// follows its last ESC is a whole CSI (bells written after a frame count
// at once), else up to that ESC, whose sequence may still be arriving.
func whole(out string) int {
	last := strings.LastIndexByte(out, 0x1b)
	if last < 0 || csi.MatchString(out[last:]) {
		return len(out)
	}
	return last
}

// patterns ends the watch and writes the bells heard as patterns, one
// per moment: a dot a ring, a space a pause within a pattern (as in
// cues.Bells). Moments are more than 1.5 s apart; a pattern's pause is 1 s.
func (b *bellClock) patterns() []string {
	close(b.stop)
	<-b.done
	var out []string
	for i, at := range b.at {
		switch {
		case i == 0 || at.Sub(b.at[i-1]) > 1500*time.Millisecond:
			out = append(out, "·")
		case at.Sub(b.at[i-1]) > 650*time.Millisecond:
			out[len(out)-1] += " ·"
		default:
			out[len(out)-1] += "·"
		}
	}
	return out
}

// TestE2EFollowedBlind runs a whole nightly with the bell and the voice,
// nothing pressed but what a person on the floor would: every phase is
// said before the body is needed (the next area during its get-ready, to
// come off at each area's end, in and out through cat-cow, the question
// at the end), the summary takes a typed answer and then ends by itself,
// and each meaning rings its own bell pattern.
func TestE2EFollowedBlind(t *testing.T) {
	said := fakeSpeech(t)
	// The shortest hold there is, on a clock 2.5 times the wall's (see
	// clock_e2e.go): each hold lasts 4 s.
	u := regularUser(t)
	u.bin = fastBinary(t)
	t.Setenv("BACKROLL_E2E_SPEED", "2.5")
	// Get-readies of 15 s (6 s of wall time), so that each is still on
	// the screen when its words have been heard on a loaded machine, and
	// enter starts it, as a person in position would.
	if err := os.WriteFile(u.configFile(), []byte("[session]\nready = \"15s\"\n[profile]\nonboarded = true\nsafety_seen = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startTerminalAs(t, u, "start", "nightly", "--hold", "10s", "--breath", "2-2", "--cues", "bell,voice")
	bells := watchBells(term)
	heard := func(stage, want string) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			if slices.ContainsFunc(said(), func(s string) bool { return strings.Contains(s, want) }) {
				return
			}
			if time.Now().After(deadline) {
				term.fail("%s: never said %q; said %q", stage, want, said())
			}
		}
	}
	// Each get-ready is said while it is on the screen, before its hold.
	for _, area := range []struct{ screen, next string }{
		{`Get ready · Mid-back`, "Next: mid-back, hands behind head. "},
		{`Get ready · Left glute`, "Next: left glute, figure four. "},
		{`Switch sides · Right glute`, "Switch sides: right glute. "},
		{`Get ready · Cat-cow`, "Next: cat-cow, on hands and knees. "},
	} {
		term.waitFor(area.screen, `starting in`)
		heard(area.screen, area.next)
		if scr := term.screen(); !strings.Contains(scr, area.screen) {
			t.Fatalf("the get-ready was over before %q was said:\n%s", area.next, scr)
		}
		// In position once the get-ready's pattern has rung: enter.
		time.Sleep(4 * time.Second)
		term.press("\r")
	}
	term.waitFor(`cat-cow · 1 of 6`)
	heard("cat-cow", "Breathe in.")
	heard("cat-cow", "Breathe out.")
	time.Sleep(2500 * time.Millisecond) // the end apart from cat-cow's start, to the ear (patterns part at 1.5 s)
	term.press("n")
	term.waitFor(`Session complete`)
	heard("summary", "How does your back feel now? Type zero for fine up to ten for very sore.")
	term.press("3")
	heard("answer", "Three: noted.")
	// Nothing else pressed: the summary ends by itself.
	term.wait(0)

	log := strings.Join(said(), "\n")
	for _, want := range []string{
		"Mid-back done. Come off the roller.", "Left glute done. Come off the roller.",
		"Right glute done. Come off the roller.",
		"Mid-back. Ten seconds.", "Left glute. Ten seconds.", "Right glute. Ten seconds.", "Cat-cow. Six breaths.",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("never said %q; said:\n%s", want, log)
		}
	}
	// Each come-off is said before the next area, in one utterance with it.
	if !strings.Contains(log, "Mid-back done. Come off the roller. Next: left glute") ||
		!strings.Contains(log, "Left glute done. Come off the roller. Switch sides: right glute") ||
		!strings.Contains(log, "Right glute done. Come off the roller. Next: cat-cow") {
		t.Errorf("a come-off is not with what follows it:\n%s", log)
	}

	// The bells, read from the raw bytes: get ready, roll; come off and
	// get ready, roll; switch sides, roll; come off and get ready,
	// cat-cow; the end. Each meaning its own pattern.
	got := bells.patterns()
	want := []string{"·· ··", "··", "·· ··", "··", "···", "··", "·· ··", "··", "··· ··"}
	if !slices.Equal(got, want) {
		t.Errorf("bell patterns %q;\nwant %q", got, want)
	}
}
