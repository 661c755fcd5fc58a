package cues

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// cued runs the nightly routine to its end, four states a second, through
// a coach, and lists what it sent: "5s \a", "2m10s \a +300ms \a", "5s say
// Mid-back. Sixty seconds.". blur, if not zero, is when the terminal
// loses focus.
func cued(t *testing.T, set Set, term Terminal, blur time.Duration) []string {
	t.Helper()
	return cuedRun(start(t, "nightly"), set, term, blur, 5*time.Minute)
}

// cuedRun is cued for the run r, until that long from its start.
func cuedRun(r *run, set Set, term Terminal, blur, until time.Duration) []string {
	c := New(set, term, nil)
	c.Observe(r.state(), 0)
	var log []string
	for r.now.Before(t0.Add(until)) {
		r.now = r.now.Add(250 * time.Millisecond)
		at := r.now.Sub(t0)
		if blur != 0 && at == blur {
			c.SetFocus(false)
		}
		out := c.Observe(r.state(), r.s.Summary().Rolled)
		var writes []string
		for _, w := range out.Writes {
			if w.After != 0 {
				writes = append(writes, fmt.Sprintf("+%v", w.After))
			}
			writes = append(writes, w.Bytes)
		}
		if len(writes) > 0 {
			log = append(log, fmt.Sprintf("%v %s", at, strings.Join(writes, " ")))
		}
		for _, s := range out.Speech {
			log = append(log, fmt.Sprintf("%v say %s", at, s))
		}
	}
	return log
}

func wantLog(t *testing.T, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("sent\n%q\nwant\n%q", got, want)
	}
}

func TestCoachBell(t *testing.T) {
	// One ring for the next area, two to switch sides, three at the end;
	// cat-cow's start is one ring, whatever the breath does.
	wantLog(t, cued(t, Set{Bell: true}, Terminal{}, 0),
		"5s \a", "1m10s \a", "2m10s \a +300ms \a", "2m15s \a", "3m20s \a",
		"4m20s \a +300ms \a +600ms \a")
}

func TestCoachBellCountdownAndBreath(t *testing.T) {
	got := cued(t, Set{Bell: true, Countdown: true, Breath: true}, Terminal{}, 0)
	want := []string{"5s \a", "1m2s \a", "1m3s \a", "1m4s \a",
		"1m10s \a", "2m7s \a", "2m8s \a", "2m9s \a", "2m10s \a +300ms \a",
		"2m15s \a", "3m12s \a", "3m13s \a", "3m14s \a", "3m20s \a"}
	for i := range 6 {
		at := 200*time.Second + time.Duration(i)*10*time.Second
		if i > 0 {
			want = append(want, fmt.Sprintf("%v \a", at))
		}
		want = append(want, fmt.Sprintf("%v \a", at+4*time.Second))
	}
	wantLog(t, got, append(want, "4m20s \a +300ms \a +600ms \a")...)
}

func TestCoachNothingChosen(t *testing.T) {
	wantLog(t, cued(t, Set{}, Terminal{}, 0))
	// Notifications and progress never ring or speak.
	wantLog(t, cued(t, Set{Notify: true, Progress: true}, Terminal{}, 0))
}

func TestCoachVoice(t *testing.T) {
	got := cued(t, Set{Voice: true, Countdown: true}, Terminal{}, 0)
	wantLog(t, got[:8],
		"5s say Mid-back. Sixty seconds.", "55s say Ten seconds.", "1m2s say Three.", "1m3s say Two.", "1m4s say One.",
		"1m10s say Left glute. Sixty seconds.", "2m0s say Ten seconds.", "2m7s say Three.")
	wantLog(t, got[10:],
		"2m10s say Switch sides: Right glute.", "2m15s say Right glute. Sixty seconds.",
		"3m5s say Ten seconds.", "3m12s say Three.", "3m13s say Two.", "3m14s say One.",
		"3m20s say Cat-cow. Six breaths.",
		// The whole session rolled, less the ready and breath times.
		"4m20s say Done: three minutes rolled.")

	got = cued(t, Set{Voice: true, Breath: true}, Terminal{}, 0)
	wantLog(t, got[7:11],
		"3m20s say Cat-cow. Six breaths.", "3m20s say Breathe in.", "3m24s say Breathe out.", "3m30s say Breathe in.")
}

// Notifications show only while the terminal is not focused, in the
// terminal's own sequence, passed through tmux when inside it.
func TestCoachNotify(t *testing.T) {
	set := Set{Notify: true}
	wantLog(t, cued(t, set, Terminal{}, 0))

	wantLog(t, cued(t, set, Terminal{}, 2*time.Minute),
		"2m10s \x1b]777;notify;backroll;Switch sides: Right glute.\a",
		"2m15s \x1b]777;notify;backroll;Right glute. 60 seconds.\a",
		"3m20s \x1b]777;notify;backroll;Cat-cow. 6 breaths.\a",
		"4m20s \x1b]777;notify;backroll;Done: 3 minutes rolled.\a")

	got := cued(t, set, Terminal{Notify: OSC9}, 4*time.Minute)
	wantLog(t, got, "4m20s \x1b]9;Done: 3 minutes rolled.\a")
	got = cued(t, set, Terminal{Notify: OSC99}, 4*time.Minute)
	wantLog(t, got, "4m20s \x1b]99;;Done: 3 minutes rolled.\a")

	// Inside tmux, each ESC doubled, in tmux's passthrough.
	got = cued(t, set, Terminal{Tmux: true}, 4*time.Minute)
	wantLog(t, got, "4m20s \x1bPtmux;\x1b\x1b]777;notify;backroll;Done: 3 minutes rolled.\a\x1b\\")
	got = cued(t, set, Terminal{Tmux: true, Notify: OSC99}, 4*time.Minute)
	wantLog(t, got, "4m20s \x1bPtmux;\x1b\x1b]99;;Done: 3 minutes rolled.\a\x1b\\")

	// With the bell too, the notification comes first, the rings after.
	got = cued(t, Set{Notify: true, Bell: true}, Terminal{}, 4*time.Minute)
	wantLog(t, got[len(got)-1:], "4m20s \x1b]777;notify;backroll;Done: 3 minutes rolled.\a \a +300ms \a +600ms \a")
}

func TestCoachFocusReturns(t *testing.T) {
	r := start(t, "nightly")
	c := New(Set{Notify: true}, Terminal{}, nil)
	c.Observe(r.state(), 0)
	c.SetFocus(false)
	c.SetFocus(true)
	r.now = r.now.Add(6 * time.Second)
	if out := c.Observe(r.state(), 0); len(out.Writes) != 0 || len(out.Events) != 1 {
		t.Errorf("focused again: %+v", out)
	}
}

// No text can end a notification early or start a sequence of its own.
func TestNotificationInert(t *testing.T) {
	text := "a;b\x1b]0;x\a\u009dc\r\n\xff"
	for _, tt := range []struct {
		term Terminal
		want string
	}{
		{Terminal{}, "\x1b]777;notify;backroll;a,b" + `\x1b]0,x\x07\u009dc\r\n\xff` + "\a"},
		{Terminal{Notify: OSC9}, "\x1b]9;a;b" + `\x1b]0;x\x07\u009dc\r\n\xff` + "\a"},
		{Terminal{Notify: OSC99}, "\x1b]99;;a;b" + `\x1b]0;x\x07\u009dc\r\n\xff` + "\a"},
	} {
		c := New(Set{Notify: true}, tt.term, nil)
		if got := c.notification(text); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.term, got, tt.want)
		}
	}
}

func TestDetectTerminal(t *testing.T) {
	for _, tt := range []struct {
		env  map[string]string
		want Terminal
	}{
		{map[string]string{"TERM": "xterm-256color"}, Terminal{}},
		{map[string]string{"TERM": "xterm-kitty"}, Terminal{Notify: OSC99}},
		{map[string]string{"TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0", "KITTY_WINDOW_ID": "1"}, Terminal{Tmux: true, Notify: OSC99}},
		{map[string]string{"TERM_PROGRAM": "iTerm.app"}, Terminal{Notify: OSC9}},
		{map[string]string{"TMUX": "x", "LC_TERMINAL": "iTerm2"}, Terminal{Tmux: true, Notify: OSC9}},
		{map[string]string{"TERM_PROGRAM": "WezTerm"}, Terminal{}},
	} {
		if got := DetectTerminal(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: %+v, want %+v", tt.env, got, tt.want)
		}
	}
}

func TestProgressBar(t *testing.T) {
	r := start(t, "nightly")
	on, off := New(Set{Progress: true}, Terminal{}, nil), New(Set{Bell: true}, Terminal{}, nil)
	check := func(want *tea.ProgressBar) {
		t.Helper()
		st := r.state()
		got := on.ProgressBar(st)
		if (got == nil) != (want == nil) || (got != nil && *got != *want) {
			t.Errorf("at %v: %+v, want %+v", r.now.Sub(t0), got, want)
		}
		if got := off.ProgressBar(st); got != nil {
			t.Errorf("at %v: progress %+v while off", r.now.Sub(t0), got)
		}
	}
	check(tea.NewProgressBar(tea.ProgressBarDefault, 0))
	r.to(130*time.Second, time.Second) // half of 4:20
	check(tea.NewProgressBar(tea.ProgressBarDefault, 50))
	r.s.TogglePause(r.now)
	check(tea.NewProgressBar(tea.ProgressBarWarning, 50))
	r.s.TogglePause(r.now)
	r.to(259*time.Second, time.Second)
	check(tea.NewProgressBar(tea.ProgressBarDefault, 99))
	// The end clears it, as does a quit.
	r.to(260*time.Second, time.Second)
	check(nil)
	r = start(t, "nightly")
	r.s.Quit(r.now)
	check(nil)
}

func TestSay(t *testing.T) {
	for _, tt := range []struct {
		ev     Event
		rolled time.Duration
		want   string
	}{
		{Event{Kind: HoldStart, Title: "Right glute", Length: time.Minute}, 0, "Right glute. Sixty seconds."},
		{Event{Kind: HoldStart, Title: "Lats", Length: 45 * time.Second}, 0, "Lats. Forty-five seconds."},
		{Event{Kind: HoldStart, Title: "Lats", Length: 90 * time.Second}, 0, "Lats. One minute, thirty seconds."},
		{Event{Kind: HoldStart, Title: "Lats", Length: 2*time.Minute + time.Second}, 0, "Lats. Two minutes, one second."},
		{Event{Kind: HoldStart, Title: "Lats", Length: 10 * time.Minute}, 0, "Lats. Ten minutes."},
		{Event{Kind: HoldStart, Title: "Lats", Length: time.Second}, 0, "Lats. One second."},
		{Event{Kind: Countdown, Count: 1}, 0, "One."},
		{Event{Kind: TenderEnd}, 0, "Spot done. Keep rolling."},
		{Event{Kind: Done}, 0, "Done."},
		{Event{Kind: Done}, 40 * time.Second, "Done: forty seconds rolled."},
		{Event{Kind: Done}, 100 * time.Second, "Done: one minute, forty seconds rolled."},
		{Event{Kind: Done}, 4*time.Minute + 20*time.Second, "Done: four minutes rolled."},
		{Event{Kind: Done}, 4*time.Minute + 31*time.Second, "Done: five minutes rolled."},
	} {
		if got := say(tt.ev, tt.rolled, spelled); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.ev, got, tt.want)
		}
	}
	if got := say(Event{Kind: HoldStart, Title: "Lats", Length: 45 * time.Second}, 0, digits); got != "Lats. 45 seconds." {
		t.Errorf("written: %q", got)
	}
}

// Cmd sends the writes due at once as one TerminalMsg, in their order, and
// the speech to the speaker, whose first failure comes back once.
func TestOutputCmd(t *testing.T) {
	ssh := SpeakerEnv{Getenv: func(k string) string {
		if k == "SSH_TTY" {
			return "/dev/pts/1"
		}
		return ""
	}}
	sp := NewSpeaker(t.Context(), ssh)
	defer sp.Close()
	r := start(t, "nightly")
	c := New(Set{Bell: true, Notify: true, Voice: true}, Terminal{}, sp)
	c.Observe(r.state(), 0)
	c.SetFocus(false)

	r.to(5*time.Second, time.Second)
	got := messages(c.Observe(r.state(), 0).Cmd())
	want := []tea.Msg{
		TerminalMsg{Bytes: "\x1b]777;notify;backroll;Mid-back. 60 seconds.\a\a"}, // the notification, then a bell
		NoticeMsg{Text: "Voice cues are off over SSH: the voice would speak on the other machine."},
	}
	if !slices.Equal(got, want) {
		t.Errorf("sent %q\nwant %q", got, want)
	}

	r.to(65*time.Second, time.Second)
	r.to(70*time.Second, time.Second)
	c.SetFocus(true)
	got = messages(c.Observe(r.state(), 0).Cmd())
	if !slices.Equal(got, []tea.Msg{TerminalMsg{Bytes: "\a"}}) {
		t.Errorf("then sent %q", got)
	}
	if cmd := c.Observe(r.state(), 0).Cmd(); cmd != nil {
		t.Errorf("nothing changed, yet a command: %v", messages(cmd))
	}
}

// messages runs cmd and the commands of its batches, in order, and lists their
// messages; nil ones are left out.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var all []tea.Msg
		for _, c := range msg {
			all = append(all, messages(c)...)
		}
		return all
	default:
		return []tea.Msg{msg}
	}
}
