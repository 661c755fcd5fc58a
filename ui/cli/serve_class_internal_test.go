package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/ui/serve"
)

// leftLine is the line of a class screen with the area's time left.
var leftLine = regexp.MustCompile(`(?m)^.*: (get ready|hold|switch sides|sit this one out)[^\n]*? \(?(\d+:\d\d) left.*$`)

// areaLeft is the area's time left on a class screen, "" if none shows.
func areaLeft(scr string) string {
	if m := leftLine.FindStringSubmatch(scr); m != nil {
		return m[2]
	}
	return ""
}

// One leader and three followers over SSH: the leader's pause, + and next
// move every follower's screen to the class's own time; a follower's
// keys move nothing, and a follower's p stops only them.
func TestServeClass(t *testing.T) {
	lead, ann, bob, cat := newKey(t), newKey(t), newKey(t), newKey(t)
	rooms := &class.Classes{}
	s := startServerWith(t, func(o *serve.Options) { o.Classes = rooms; o.Profile = answers; o.Record = recordClass }, lead, ann, bob, cat)
	// cat's answers leave the glutes out.
	catConfig := filepath.Join(s.home(t, cat), "config", "config.toml")
	if err := os.MkdirAll(filepath.Dir(catConfig), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(catConfig, []byte("[profile]\nonboarded = true\navoid = [\"glutes\"]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for cmd, want := range map[string]string{"class": "join a class with", "class Team!": "join a class with",
		"class team": "needs a terminal", "class team nowhere": "needs a terminal"} {
		if code, _, errs := s.run(t, lead, cmd); code != ExitUsage || !strings.Contains(errs, want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", cmd, code, errs, want)
		}
	}
	leader := s.openPtyRun(t, lead, "class team glutes")
	leader.waitFor(t, func(scr string) bool { return strings.Contains(scr, "you lead") }, "the leader's class")
	var followers []*ptyScreen
	for _, k := range []gossh.Signer{ann, bob, cat} {
		f := s.openPtyRun(t, k, "class team")
		f.waitFor(t, func(scr string) bool { return strings.Contains(scr, "you follow the leader") }, "a follower's class")
		followers = append(followers, f)
	}
	all := append([]*ptyScreen{leader}, followers...)
	room, ok := rooms.Room("team")
	if !ok {
		t.Fatal("no class team")
	}
	// Every screen shows the class's time for the area, as the room has it.
	same := func(what string, cond func(string) bool) coach.State {
		t.Helper()
		var st coach.State
		leader.waitFor(t, func(scr string) bool {
			if !cond(scr) {
				return false
			}
			st = room.View("", time.Now()).State
			return areaLeft(scr) == coach.Clock(st.Left)
		}, what+" with the class's time")
		want := areaLeft(leader.text())
		for i, f := range followers {
			f.waitFor(t, func(scr string) bool { return cond(scr) && areaLeft(scr) == want },
				what+" at "+want+" on follower "+string(rune('1'+i)))
		}
		return st
	}
	leader.press("\r")
	same("the class started", func(scr string) bool { return strings.Contains(scr, "left in the class") })
	leader.press(" ")
	paused := func(scr string) bool { return strings.Contains(scr, "Paused by the leader") }
	before := same("the class paused", paused)
	// Paused, the clocks stand still: every screen must show the same
	// second as the room, and the room's time is one for all.
	leader.press("n")
	afterNext := same("the next step", func(scr string) bool { return paused(scr) && strings.Contains(scr, "step 2 of") })
	if afterNext.Index != before.Index+1 {
		t.Fatalf("next moved the class from step %d to %d", before.Index, afterNext.Index)
	}
	leader.press(" ")
	leader.waitFor(t, func(scr string) bool { return !paused(scr) && strings.Contains(scr, ": hold, ") }, "step 2's hold")
	leader.press(" ")
	st := same("paused in the hold", func(scr string) bool { return paused(scr) && strings.Contains(scr, "step 2 of") })
	if st.Phase != coach.PhaseHold {
		t.Fatalf("paused in %s, want the hold", st.Phase)
	}
	leader.press("+")
	plus := same("15 s more", func(scr string) bool { return paused(scr) && areaLeft(scr) != coach.Clock(st.Left) })
	if plus.Left-st.Left != coach.AddStep {
		t.Errorf("+ in a hold added %s, want %s", plus.Left-st.Left, coach.AddStep)
	}
	for i, f := range followers {
		if strings.Contains(f.text(), "sit this one out") != (i == 2) {
			t.Errorf("follower %d (cat leaves the glutes out: %v) shows:\n%s", i+1, i == 2, f.text())
		}
	}
	// ann's keys move nothing; her p stops only her.
	followers[0].press("n +")
	followers[0].press("p")
	followers[0].waitFor(t, func(scr string) bool { return strings.Contains(scr, "You stopped") }, "ann stopped")
	leader.waitFor(t, func(scr string) bool { return strings.Contains(scr, "4 here · 1 stopped") }, "1 stopped")
	if now := room.View("", time.Now()).State; now.Index != plus.Index || now.Left != plus.Left || !now.Paused {
		t.Errorf("a follower's keys moved the class: %+v, was at step %d with %s", now, plus.Index, plus.Left)
	}
	for i, f := range followers[1:] {
		if scr := f.text(); strings.Contains(scr, "stopped") || areaLeft(scr) != areaLeft(leader.text()) {
			t.Errorf("follower %d after ann stopped:\n%s", i+2, scr)
		}
	}
	fp, _ := serve.Fingerprint(ann.PublicKey())
	if strings.Contains(leader.text(), fp) {
		t.Error("the leader's screen names who stopped")
	}
	// The leader ends the hold early: it is each rolling member's own.
	leader.press("n")
	for _, f := range followers[1:] {
		f.waitFor(t, func(scr string) bool { return strings.Contains(scr, "Cat-cow") }, "cat-cow")
	}
	for _, p := range all {
		p.press("q")
		if code := p.waitEnd(t); code != 0 {
			t.Errorf("leaving a class: exit %d", code)
		}
	}
	if _, ok := rooms.Room("team"); ok {
		t.Error("the class outlived its members")
	}
	// Each history is its owner's: cat's answers left the glutes out, so
	// she has none; ann stopped before the hold ended, with a sign.
	history := func(k gossh.Signer) string {
		b, err := os.ReadFile(filepath.Join(s.home(t, k), "data", "history.jsonl"))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return string(b)
	}
	for who, k := range map[string]gossh.Signer{"leader": lead, "bob": bob} {
		if h := history(k); strings.Count(h, `"kind":"hold"`) != 1 || !strings.Contains(h, `"routine":"glutes"`) ||
			strings.Contains(h, "red_flag") {
			t.Errorf("%s's history, want one hold of glutes and no sign:\n%s", who, h)
		}
	}
	if h := history(ann); strings.Contains(h, `"kind":"hold"`) || !strings.Contains(h, `"red_flag":true`) {
		t.Errorf("ann's history, want her stop and no hold:\n%s", h)
	}
	if h := history(cat); h != "" {
		t.Errorf("cat sat it all out, yet has a history:\n%s", h)
	}
}
