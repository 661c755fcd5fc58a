//go:build unix

package cues

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// fakeVoice is a stand-in speech command, espeak-ng by name: a script that
// appends its arguments to a file, one line each, or, for the text
// "hang", tells a fifo it started and then never ends.
type fakeVoice struct {
	dir, log, fifo string
	looked         []string

	mu  sync.Mutex
	now time.Time
}

func newFakeVoice(t *testing.T) *fakeVoice {
	t.Helper()
	v := &fakeVoice{dir: t.TempDir(), now: t0}
	v.log = filepath.Join(v.dir, "said")
	v.fifo = filepath.Join(v.dir, "started")
	if err := syscall.Mkfifo(v.fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\n" +
		"if [ \"$1\" = hang ]; then echo started > '" + v.fifo + "'; exec sleep 1000; fi\n" +
		"echo \"$@\" >> '" + v.log + "'\n"
	if err := os.WriteFile(filepath.Join(v.dir, "espeak-ng"), []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	return v
}

func (v *fakeVoice) env(vars ...string) SpeakerEnv {
	return SpeakerEnv{
		GOOS: "linux",
		Getenv: func(k string) string {
			for _, kv := range vars {
				if name, val, _ := strings.Cut(kv, "="); name == k {
					return val
				}
			}
			return ""
		},
		LookPath: func(name string) (string, error) {
			v.looked = append(v.looked, name)
			if name == "espeak-ng" {
				return filepath.Join(v.dir, name), nil
			}
			return "", exec.ErrNotFound
		},
		Now: func() time.Time {
			v.mu.Lock()
			defer v.mu.Unlock()
			return v.now
		},
	}
}

func (v *fakeVoice) wait(d time.Duration) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.now = v.now.Add(d)
}

// started returns once the stand-in has started hanging.
func (v *fakeVoice) started(t *testing.T) {
	t.Helper()
	f, err := os.Open(v.fifo) // blocks until the script opens it
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if line, _ := bufio.NewReader(f).ReadString('\n'); line != "started\n" {
		t.Fatalf("fifo: %q", line)
	}
}

func (v *fakeVoice) said(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(v.log)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// spoken hooks a channel to the end of each utterance.
func spoken(s *Speaker) <-chan string {
	ch := make(chan string, 10)
	s.spoke = func(text string, err error) {
		if err != nil {
			text += " (" + err.Error() + ")"
		}
		ch <- text
	}
	return ch
}

func TestSpeakerSays(t *testing.T) {
	v := newFakeVoice(t)
	s := NewSpeaker(context.Background(), v.env("TERM=xterm"))
	defer s.Close()
	done := spoken(s)
	for _, text := range []string{"Right glute. Sixty seconds.", "Three."} {
		if note := s.Say(text); note != "" {
			t.Fatalf("note %q", note)
		}
	}
	for range 2 {
		<-done
	}
	if got, want := v.said(t), []string{"Right glute. Sixty seconds.", "Three."}; !slices.Equal(got, want) {
		t.Errorf("said %q, want %q", got, want)
	}
	// spd-say would have come first, had it been installed.
	if !slices.Equal(v.looked, []string{"spd-say", "espeak-ng"}) {
		t.Errorf("looked for %q", v.looked)
	}
}

func TestSpeakerSilent(t *testing.T) {
	for _, tt := range []struct {
		name string
		env  func(v *fakeVoice) SpeakerEnv
		note string
	}{
		{"ssh", func(v *fakeVoice) SpeakerEnv { return v.env("SSH_CONNECTION=10.0.0.1 50000 10.0.0.2 22") },
			"Voice cues are off over SSH: the voice would speak on the other machine."},
		{"ssh tty", func(v *fakeVoice) SpeakerEnv { return v.env("SSH_TTY=/dev/pts/3") },
			"Voice cues are off over SSH: the voice would speak on the other machine."},
		{"none installed", func(v *fakeVoice) SpeakerEnv { e := v.env(); e.GOOS = "darwin"; return e },
			"Voice cues need a speech command (say), and none is installed."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			v := newFakeVoice(t)
			s := NewSpeaker(context.Background(), tt.env(v))
			// Said once, then silent.
			if got := s.Say("Three."); got != tt.note {
				t.Errorf("note %q, want %q", got, tt.note)
			}
			if got := s.Say("Two."); got != "" {
				t.Errorf("second note %q", got)
			}
			s.Close()
			if got := v.said(t); got != nil {
				t.Errorf("said %q", got)
			}
		})
	}
}

// A speech command that hangs never holds up the caller; it is killed at
// the timeout, and what waited meanwhile is said unless it went stale.
func TestSpeakerHangs(t *testing.T) {
	v := newFakeVoice(t)
	s := NewSpeaker(context.Background(), v.env())
	s.timeout = 200 * time.Millisecond
	done := spoken(s)
	s.Say("hang")
	v.started(t)

	// Say is a queue push: a thousand of them, a frame's worth of work
	// many times over, while the command hangs.
	begin := time.Now()
	for range 1000 {
		s.Say("Three.")
	}
	if took := time.Since(begin); took > 100*time.Millisecond {
		t.Errorf("1000 Says took %v while the voice hung", took)
	}
	// Only the last few wait; these go stale before the voice is free.
	v.wait(staleAfter + time.Second)
	s.Say("Switch sides: Right glute.")
	s.Say("Right glute. Sixty seconds.")

	if got := <-done; !strings.HasPrefix(got, "hang (") {
		t.Errorf("first utterance %q, want it killed", got)
	}
	for _, want := range []string{"Switch sides: Right glute.", "Right glute. Sixty seconds."} {
		if got := <-done; got != want {
			t.Errorf("said %q, want %q", got, want)
		}
	}
	s.Close()
	if got, want := v.said(t), []string{"Switch sides: Right glute.", "Right glute. Sixty seconds."}; !slices.Equal(got, want) {
		t.Errorf("said %q, want %q", got, want)
	}
}

// Closing the speaker stops a hanging utterance at once.
func TestSpeakerCloseKills(t *testing.T) {
	v := newFakeVoice(t)
	ctx, cancel := context.WithCancel(context.Background())
	s := NewSpeaker(ctx, v.env())
	done := spoken(s)
	s.Say("hang")
	v.started(t)
	cancel() // the program ends
	if got := <-done; !strings.HasPrefix(got, "hang (") {
		t.Errorf("utterance %q, want it killed", got)
	}
	s.Close()
	if note := s.Say("Three."); note != "" {
		t.Errorf("note %q after close", note)
	}
}
