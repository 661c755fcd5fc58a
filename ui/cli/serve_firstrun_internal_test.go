package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/ui/serve"
)

// Without a TZ from the client, the zone in the person's answers is their
// clock: their records are stamped in it.
func TestServeTimeZoneSetting(t *testing.T) {
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.UTC)}
	t.Cleanup(func() { plainClock = nil })
	ann, bob := newKey(t), newKey(t)
	s := startServer(t, ann, bob)
	// bob, never asked, sent no TZ: his plain first run says whose clock
	// counts his days and how to give his.
	if code, out, _ := s.run(t, bob, "start glutes --hold 20s --breath 2-3"); code != ExitOK ||
		!strings.Contains(out, "Your ssh sent no time zone") || !strings.Contains(out, "(ssh -t -p PORT HOST)") {
		t.Errorf("bob's plain first run: exit %d, no word of his time zone:\n%s", code, out)
	}
	config := filepath.Join(s.home(t, ann), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(regularConfig+"time_zone = \"Pacific/Kiritimati\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	plainClock = &jumpClock{now: time.Date(2026, 3, 1, 21, 0, 0, 0, time.UTC)}
	if code, out, errs := s.run(t, ann, "start glutes --hold 20s --breath 2-3"); code != ExitOK || strings.Contains(out, "time zone") {
		t.Fatalf("exit %d, stderr %q; want 0 and no word of the zone she named:\n%s", code, errs, out)
	}
	hist, err := os.ReadFile(filepath.Join(s.home(t, ann), "data", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	// 21:00 UTC on the 1st is 11:00 on the 2nd at UTC+14.
	if !strings.Contains(string(hist), `"start":"2026-03-02T11:00`) || !strings.Contains(string(hist), "+14:00") {
		t.Errorf("the records are not on the person's zone (Pacific/Kiritimati, UTC+14):\n%s", hist)
	}
}

// A new key's first run asks its time zone when its ssh sends no TZ, and
// keeps the answer with the others; one that sends a TZ is not asked.
func TestServeFirstRunAsksTheZone(t *testing.T) {
	ann, bob := newKey(t), newKey(t)
	s := startServer(t, ann, bob)
	p := s.openPty(t, ann)
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "the first-run questions")
	p.press("sss")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which time zone are you in?") }, "the time zone question")
	p.press("Pacific/Kiritimati")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "▸ Pacific/Kiritimati_") }, "the zone typed")
	p.press("\r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "when to stop") }, "the red flags")
	p.press("s")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Nightly roll") }, "home")
	config, err := os.ReadFile(filepath.Join(s.home(t, ann), "config", "config.toml"))
	if err != nil || !strings.Contains(string(config), `time_zone = "Pacific/Kiritimati"`) {
		t.Errorf("the zone was not kept (%v):\n%s", err, config)
	}
	// bob's ssh sends TZ: three questions and the red flags, no zone.
	b := s.openPtyEnv(t, bob, "", "TZ=Europe/Paris")
	b.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "bob's first-run questions")
	b.press("sss")
	b.waitFor(t, func(scr string) bool { return strings.Contains(scr, "when to stop") }, "the red flags, not the zone")
}

// q on the first-run questions ends the session, as on every other
// screen, and gives the client its terminal back; the questions are asked
// again next time.
func TestServeQuitOnFirstRun(t *testing.T) {
	ann := newKey(t)
	s := startServer(t, ann)
	p := s.openPty(t, ann)
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "the first-run questions")
	p.press("q")
	if code := p.waitEnd(t); code != ExitOK {
		t.Errorf("q on the first run: exit %d, want 0", code)
	}
	if out := p.output(); !strings.Contains(out[max(0, len(out)-64):], "\x1b[?1049l") {
		t.Errorf("the session did not leave the alternate screen: %q", out[max(0, len(out)-64):])
	}
	s.openPty(t, ann).waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "the questions again")
}

// In a class too, the zone a person named is their records' clock when
// their ssh sends no TZ.
func TestServeClassTimeZoneSetting(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.Profile = answers }, ann)
	config := filepath.Join(s.home(t, ann), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(config), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(regularConfig+"time_zone = \"Pacific/Kiritimati\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := s.openPtyRun(t, ann, "class team glutes")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Enter starts the class") }, "the class")
	p.press("\r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "starting in") }, "the class started")
	// A stop is kept, with the time she joined.
	p.press("p")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Session stopped.") }, "her stop")
	p.press("\r")
	p.waitEnd(t)
	hist, err := os.ReadFile(filepath.Join(s.home(t, ann), "data", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(hist), `"red_flag":true`) || !strings.Contains(string(hist), "+14:00") {
		t.Errorf("her class is not on her zone (Pacific/Kiritimati, UTC+14):\n%s", hist)
	}
}

// setup is served: it asks the questions again, the zone among them, and
// says the answers are saved without naming the server's folders.
func TestServeSetup(t *testing.T) {
	ann := newKey(t)
	s := startServer(t, ann)
	p := s.openPtyRun(t, ann, "setup")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "the questions")
	p.press("\x1b")
	if code := p.waitEnd(t); code != ExitOK {
		t.Errorf("setup: exit %d", code)
	}
	if out := p.output(); !strings.Contains(out, "Your answers are saved.") || strings.Contains(out, "users") {
		t.Errorf("setup over SSH said:\n%q", out[max(0, len(out)-200):])
	}
}
