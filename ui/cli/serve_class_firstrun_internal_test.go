package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/ui/serve"
)

// A new key's first connection is to a class: it answers the first-run
// questions first, told the class may start meanwhile, which it does;
// its answers (a recent injury at the glutes) are kept, and in the class
// it joins where it is, it sits the glutes out: none of its holds.
func TestServeClassFirstRun(t *testing.T) {
	lead, ann := newKey(t), newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.Classes = &class.Classes{}; o.Profile = answers }, lead, ann)
	conf := func(k gossh.Signer) string { return filepath.Join(s.home(t, k), "config", "config.toml") }
	has := func(parts ...string) func(string) bool {
		return func(scr string) bool {
			for _, p := range parts {
				if !strings.Contains(scr, p) {
					return false
				}
			}
			return true
		}
	}
	if err := os.MkdirAll(filepath.Dir(conf(lead)), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf(lead), []byte(regularConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	leader := s.openPtyRun(t, lead, "class team")
	leader.waitFor(t, has("Class team · you lead · 1 here"), "the leader's waiting screen")
	// ann's ssh sends her zone: the questions are the roller, the first
	// time, the screening and the red flags.
	p := s.openPtyEnv(t, ann, "class team", "TZ=Europe/Paris")
	p.waitFor(t, has("Which roller do you have?", "may start as you answer · 2 here", "The class may start while you answer"),
		"the first-run questions, in the class")
	leader.waitFor(t, has("you lead · 2 here"), "the leader counting her")
	p.press("ss") // the roller and the first time skipped
	p.waitFor(t, has("Does any of these apply to you?"), "the screening")
	// Started, and paused in its first get-ready: what she rolls once
	// seated does not hang on how fast a loaded machine answers.
	leader.press("\r")
	leader.waitFor(t, has("starting in"), "the class started")
	leader.press(" ")
	leader.waitFor(t, has("paused"), "the class paused")
	p.waitFor(t, has("under way as you answer"), "her line saying the class started")
	p.press("jjj \r") // a recent injury
	p.waitFor(t, has("Where is the recent injury?"), "where the injury is")
	p.press("jj \r") // the glutes
	p.waitFor(t, has("when to stop"), "the red flags")
	// Enter reads on to their end, then goes on.
	for i := 0; strings.Contains(p.text(), "getting started"); i++ {
		if i == 10 {
			t.Fatalf("enter never got past the red flags:\n%s", p.text())
		}
		before := p.text()
		p.press("\r")
		p.waitFor(t, func(scr string) bool { return scr != before }, "the red flags read on")
	}
	p.waitFor(t, has("Class team · you follow · 2 here", "1 of 3 · Mid-back"), "the class where it is")
	// Her answers are kept (written as she sits down, off the screen's
	// path): she is not asked again.
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		c, err := os.ReadFile(conf(ann))
		if err == nil && strings.Contains(string(c), `"glutes"`) && strings.Contains(string(c), "safety_seen = true") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("her answers were not kept (%v):\n%s", err, c)
		}
	}
	// The leader starts the mid-back's hold, which she rolls, and moves
	// on to the glutes: she sits them out.
	leader.press(" \r")
	p.waitFor(t, has("session "), "the mid-back's hold")
	time.Sleep(1500 * time.Millisecond)
	leader.press("n")
	leader.waitFor(t, has("Left glute"), "the left glute")
	leader.press("\r")
	p.waitFor(t, has("Sit this one out", "Left glute"), "her sitting the left glute out")
	leader.press("n")
	leader.waitFor(t, has("Switch sides"), "the right glute")
	leader.press("nn")
	p.waitFor(t, has("The class is over", "rolled "), "her summary")
	p.press("\r")
	p.waitEnd(t)
	leader.press("\r")
	leader.waitEnd(t)
	history := func(k gossh.Signer) string {
		b, err := os.ReadFile(filepath.Join(s.home(t, k), "data", "history.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if h := history(ann); strings.Contains(h, `"exercise":"glutes"`) || !strings.Contains(h, `"exercise":"mid-back"`) {
		t.Errorf("her history, want the mid-back and none of the glutes she sat out:\n%s", h)
	}
	if h := history(lead); !strings.Contains(h, `"exercise":"glutes"`) {
		t.Errorf("the leader's history, want the left glute the class rolled:\n%s", h)
	}
}

// onKiritimati is a history whose session and hold both start at UTC+14.
var onKiritimati = regexp.MustCompile(`"kind":"hold"[^\n]*"start":"[^"]*\+14:00"(.|\n)*"kind":"session","start":"[^"]*\+14:00"`)

// A new key whose ssh sends no TZ names its zone among the questions in
// a class too, and its class is on that clock: the session and its holds
// are stamped in it, though she joins the class under way the moment she
// answers.
func TestServeClassFirstRunZone(t *testing.T) {
	lead, ann := newKey(t), newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.Classes = &class.Classes{}; o.Profile = answers }, lead, ann)
	conf := filepath.Join(s.home(t, lead), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(conf), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(conf, []byte(regularConfig), 0o600); err != nil {
		t.Fatal(err)
	}
	leader := s.openPtyEnv(t, lead, "class team glutes", "TZ=UTC")
	leader.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Enter starts the class") }, "the leader's waiting screen")
	p := s.openPtyRun(t, ann, "class team")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which roller do you have?") }, "her questions")
	leader.press("\r")
	leader.waitFor(t, func(scr string) bool { return strings.Contains(scr, "starting in") }, "the class started")
	leader.press(" ") // paused in its get-ready until she is seated
	leader.waitFor(t, func(scr string) bool { return strings.Contains(scr, "paused") }, "the class paused")
	p.press("sss")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Which time zone are you in?") }, "the time zone question")
	p.press("Pacific/Kiritimati\r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "when to stop") }, "the red flags")
	for i := 0; strings.Contains(p.text(), "getting started"); i++ {
		if i == 10 {
			t.Fatalf("enter never got past the red flags:\n%s", p.text())
		}
		before := p.text()
		p.press("\r")
		p.waitFor(t, func(scr string) bool { return scr != before }, "the red flags read on")
	}
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "you follow") }, "the class under way")
	leader.press(" \r")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "session ") }, "the left glute's hold")
	time.Sleep(1500 * time.Millisecond)
	p.press("p")
	p.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Session stopped.") }, "her stop")
	p.press("\r")
	p.waitEnd(t)
	hist, err := os.ReadFile(filepath.Join(s.home(t, ann), "data", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if !onKiritimati.MatchString(string(hist)) {
		t.Errorf("her session and hold are not both on her zone (Pacific/Kiritimati, UTC+14):\n%s", hist)
	}
}
