package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/ui/serve"
)

// countdown is the time a hold counts down in words: the session's,
// whose seconds change with the area's (big digits, hard to read back).
var countdown = regexp.MustCompile(`session +[█░]+ (\d+:\d\d) left`)

// shownCount is the session's time left on scr, or "".
func shownCount(scr string) string {
	if m := countdown.FindStringSubmatch(scr); m != nil {
		return m[1]
	}
	return ""
}

// One leader and three followers over SSH, each on the full-screen app:
// the leader's pause, + and next move every follower's clock, whose
// seconds change within 100 ms of the leader's while it runs; a
// follower's keys move nothing, and a follower's p stops only them.
func TestServeClass(t *testing.T) {
	lead, ann, bob, cat := newKey(t), newKey(t), newKey(t), newKey(t)
	rooms := &class.Classes{}
	s := startServerWith(t, func(o *serve.Options) { o.Classes = rooms; o.Profile = answers }, lead, ann, bob, cat)
	// cat's answers leave the glutes out: she sits the whole class out.
	for _, who := range []struct {
		key  gossh.Signer
		conf string
	}{{cat, "avoid = [\"glutes\"]\n"}, {lead, ""}, {ann, ""}, {bob, ""}} {
		conf := filepath.Join(s.home(t, who.key), "config", "config.toml")
		if err := os.MkdirAll(filepath.Dir(conf), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(conf, []byte("[profile]\nonboarded = true\nsafety_seen = true\n"+who.conf), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for cmd, want := range map[string]string{"class": "join a class with", "class Team!": "join a class with",
		"class team": "needs a terminal", "class team nowhere": "needs a terminal"} {
		if code, _, errs := s.run(t, lead, cmd); code != ExitUsage || !strings.Contains(errs, want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", cmd, code, errs, want)
		}
	}
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
	leader := s.openPtyRun(t, lead, "class team glutes")
	leader.waitFor(t, has("Class team · you lead · 1 here", "Enter starts the class when everyone is here"), "the leader's waiting screen")
	var followers []*ptyScreen
	for i, k := range []gossh.Signer{ann, bob, cat} {
		var env []string
		if k == bob {
			env = []string{"TZ=Pacific/Kiritimati"} // UTC+14: his records are on his clock
		}
		f := s.openPtyEnv(t, k, "class team", env...)
		f.waitFor(t, has("Class team · you follow", "Waiting for the leader to start"), "a follower's waiting screen")
		followers = append(followers, f)
		leader.waitFor(t, has(string(rune('2'+i))+" here"), "the leader's count of who is here")
	}
	all := append([]*ptyScreen{leader}, followers...)
	for _, p := range all {
		p.tracking(shownCount)
	}
	// A follower's enter starts nothing, and says who does.
	followers[0].press("\r")
	followers[0].waitFor(t, has("the leader starts the class"), "why enter did nothing")
	leader.press("\r")
	for _, p := range all {
		p.waitFor(t, has("Left glute", "starting in"), "the class's first get-ready")
	}
	// The leader's enter on a get-ready starts the hold for everyone.
	leader.press("\r")
	followers[2].waitFor(t, has("Sit this one out · Left glute"), "cat sitting the glutes out")
	// Each second the class's clock shows on each screen within 100 ms
	// of when the leader's shows it, measured while it runs: the wall
	// time each screen first showed each value. A follower's middle
	// figure of an action's seconds is held to it: a loaded machine may
	// hold one frame back, a clock of its own would be off at every one.
	var gaps []time.Duration
	same := func(what string, seconds int, followers ...*ptyScreen) {
		t.Helper()
		from := time.Now()
		var values []string
		for len(values) < seconds {
			scr := leader.waitFor(t, func(scr string) bool {
				v := shownCount(scr)
				at, ok := leader.firstShown(v)
				return ok && at.After(from) && (len(values) == 0 || v != values[len(values)-1])
			}, what+": the leader's clock changing")
			values = append(values, shownCount(scr))
		}
		for i, f := range followers {
			var ds []time.Duration
			for _, v := range values {
				want, _ := leader.firstShown(v)
				f.waitFor(t, func(string) bool { _, ok := f.firstShown(v); return ok }, what+": "+v+" on a follower")
				at, _ := f.firstShown(v)
				ds = append(ds, at.Sub(want).Abs())
			}
			gaps = append(gaps, ds...)
			slices.Sort(ds)
			if mid := ds[(len(ds)-1)/2]; mid > 100*time.Millisecond {
				t.Errorf("%s: follower %d's seconds came %v from the leader's", what, i+1, ds)
			}
		}
	}
	for _, p := range all {
		p.waitFor(t, has("session "), "the left glute's hold")
	}
	same("the hold", 3, followers...)
	// A follower's keys move nothing, and say why.
	followers[1].press(" n+b")
	followers[1].waitFor(t, has("the leader moves the class"), "why a follower's keys did nothing")
	same("the hold after a follower's keys", 1, followers...)
	// Paused part way through a second: the seconds change at other
	// moments of the wall clock after, for every screen at once.
	time.Sleep(300 * time.Millisecond)
	leader.press(" ")
	paused := leader.waitFor(t, has("space resume"), "the leader's pause")
	for i, f := range followers {
		f.waitFor(t, func(scr string) bool { return shownCount(scr) == shownCount(paused) }, "the paused time on follower "+string(rune('1'+i)))
	}
	time.Sleep(450 * time.Millisecond)
	leader.press(" ")
	same("after the pause", 3, followers...)
	before := shownCount(leader.text())
	leader.press("+")
	leader.waitFor(t, func(scr string) bool { return shownCount(scr) != before }, "15 s more")
	same("after +", 3, followers...)
	leader.press("n")
	leader.waitFor(t, has("Switch sides"), "the switch of sides")
	leader.press("\r")
	for _, p := range all {
		p.waitFor(t, has("2 of 2 · Right glute", "session "), "the right glute's hold")
	}
	same("the right glute's hold", 3, followers...)
	// ann's p stops only her: her own summary and advice; the leader
	// counts one stopped, and no one else is told.
	followers[0].press("p")
	followers[0].waitFor(t, has("Session stopped."), "ann's stop")
	leader.waitFor(t, has("4 here · 1 stopped"), "1 stopped")
	same("after ann stopped", 1, followers[1:]...)
	for i, f := range followers[1:] {
		if scr := f.text(); strings.Contains(scr, "stopped") {
			t.Errorf("follower %d is told of ann's stop:\n%s", i+2, scr)
		}
	}
	fp, _ := serve.Fingerprint(ann.PublicKey())
	if strings.Contains(leader.text(), fp) {
		t.Error("the leader's screen names who stopped")
	}
	// The leader ends the hold early, and skips cat-cow: each summary is
	// the member's own.
	leader.press("n")
	leader.waitFor(t, has("Get ready · Cat-cow"), "cat-cow's get-ready")
	leader.press("n")
	for _, p := range append([]*ptyScreen{leader}, followers[1:]...) {
		p.waitFor(t, has("rolled ", "done"), "the summary")
	}
	followers[2].waitFor(t, has("You sat it out"), "cat's summary: she sat it all out")
	slices.Sort(gaps)
	t.Logf("followers' seconds from the leader's, %d of them: median %s, 90th percentile %s, worst %s",
		len(gaps), gaps[len(gaps)/2], gaps[len(gaps)*9/10], gaps[len(gaps)-1])
	for _, p := range all {
		p.press("\r")
		if code := p.waitEnd(t); code != 0 && code != ExitQuit {
			t.Errorf("leaving a class: exit %d", code)
		}
	}
	if _, ok := rooms.Room("team"); ok {
		t.Error("the class outlived its members")
	}
	// Each history is its owner's: the leader and bob rolled both
	// glutes, ann both until her stop, with a sign; cat nothing.
	history := func(k gossh.Signer) string {
		b, err := os.ReadFile(filepath.Join(s.home(t, k), "data", "history.jsonl"))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return string(b)
	}
	for who, k := range map[string]gossh.Signer{"leader": lead, "bob": bob} {
		if h := history(k); strings.Count(h, `"kind":"hold"`) != 2 || !strings.Contains(h, `"routine":"glutes"`) ||
			strings.Contains(h, "red_flag") {
			t.Errorf("%s's history, want two holds of glutes and no sign:\n%s", who, h)
		}
	}
	if h := history(bob); !strings.Contains(h, "+14:00") || strings.Contains(history(lead), "+14:00") {
		t.Errorf("bob's records are not on his clock (UTC+14), or the leader's are:\n%s", h)
	}
	if h := history(ann); strings.Count(h, `"kind":"hold"`) != 2 || !strings.Contains(h, `"red_flag":true`) {
		t.Errorf("ann's history, want two holds and her stop:\n%s", h)
	}
	if h := history(cat); strings.Contains(h, `"kind":"hold"`) {
		t.Errorf("cat sat it all out, yet has holds:\n%s", h)
	}
}
