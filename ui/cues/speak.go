package cues

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"time"
)

// Speaker says cues aloud with the system's own speech command, one at a
// time, in a goroutine of its own, so that a slow or stuck command never
// holds up the screen: Say returns at once.
type Speaker struct {
	cmd  []string // the command and its arguments; the text is added last, or given in $BACKROLL_SAY
	env  bool     // the text goes in $BACKROLL_SAY, not the arguments
	note string   // why there is no voice; "" when there is one

	mu     sync.Mutex
	queue  []utterance
	noted  bool
	wake   chan struct{}
	cancel context.CancelFunc
	done   chan struct{}

	now     func() time.Time
	timeout time.Duration
	stale   time.Duration
	spoke   func(text string, err error) // tests watch each utterance end here
}

type utterance struct {
	text string
	at   time.Time
}

// Limits on what is said.
const (
	// queueLen bounds what waits: a cue that has waited behind a few
	// others is about a moment gone, and the oldest is dropped.
	queueLen = 3
	// staleAfter is how long a cue may wait before it is no longer said:
	// "Three" a few seconds late is wrong.
	staleAfter = 3 * time.Second
	// sayTimeout ends an utterance that runs on: a cue is a few words.
	sayTimeout = 10 * time.Second
)

// SpeakerEnv is where a Speaker looks for its command.
type SpeakerEnv struct {
	GOOS     string
	Getenv   func(string) string
	LookPath func(string) (string, error)
	Now      func() time.Time
}

// SystemEnv is this machine's.
func SystemEnv() SpeakerEnv {
	return SpeakerEnv{GOOS: runtime.GOOS, Getenv: os.Getenv, LookPath: exec.LookPath, Now: time.Now}
}

// NewSpeaker finds the speech command and starts the goroutine that runs
// it, which ends when ctx does or at Close. Over SSH there is no voice: the
// command would speak on the other machine, to nobody.
func NewSpeaker(ctx context.Context, env SpeakerEnv) *Speaker {
	s := &Speaker{wake: make(chan struct{}, 1), done: make(chan struct{}), now: env.Now, timeout: sayTimeout, stale: staleAfter}
	switch {
	case env.Getenv("SSH_CONNECTION") != "" || env.Getenv("SSH_TTY") != "":
		s.note = overSSH
	default:
		s.cmd, s.env = command(env)
		if s.cmd == nil {
			s.note = "Voice cues need a speech command (" + commandNames(env.GOOS) + "), and none is installed."
		}
	}
	if s.cmd == nil {
		close(s.done)
		return s
	}
	ctx, s.cancel = context.WithCancel(ctx)
	go s.run(ctx)
	return s
}

// overSSH is why a session over SSH has no voice.
const overSSH = "Voice cues are off over SSH: the voice would speak on the other machine."

// Unheard is the voice of a session of backroll serve: none, as over any
// SSH, and its note says so, so that the bell rings in its place rather
// than nothing at all.
func Unheard() *Speaker {
	s := &Speaker{note: overSSH, done: make(chan struct{})}
	close(s.done)
	return s
}

// command is the first speech command installed: macOS's say; on Linux
// spd-say (speech-dispatcher, the desktop's own voice, told to wait so that
// cues do not overlap), else espeak-ng or espeak; on Windows, PowerShell's
// System.Speech, which reads the text from the environment so that no text
// is ever parsed as PowerShell.
func command(env SpeakerEnv) (cmd []string, inEnv bool) {
	switch env.GOOS {
	case "darwin":
		if p, err := env.LookPath("say"); err == nil {
			return []string{p}, false
		}
	case "windows":
		if p, err := env.LookPath("powershell"); err == nil {
			return []string{p, "-NoProfile", "-NonInteractive", "-Command",
				"Add-Type -AssemblyName System.Speech; (New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($env:BACKROLL_SAY)"}, true
		}
	default:
		if p, err := env.LookPath("spd-say"); err == nil {
			return []string{p, "--wait"}, false
		}
		for _, name := range []string{"espeak-ng", "espeak"} {
			if p, err := env.LookPath(name); err == nil {
				return []string{p}, false
			}
		}
	}
	return nil, false
}

func commandNames(goos string) string {
	switch goos {
	case "darwin":
		return "say"
	case "windows":
		return "PowerShell"
	}
	return "spd-say, espeak-ng or espeak"
}

// Works reports whether there is a speech command to speak with.
func (s *Speaker) Works() bool { return s.cmd != nil }

// Note is why there is no voice, "" when there is one.
func (s *Speaker) Note() string { return s.note }

// Say queues text to be spoken and returns at once. The first time it
// cannot speak it returns why, for the person to read once; then "".
func (s *Speaker) Say(text string) (note string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		if s.noted {
			return ""
		}
		s.noted = true
		return s.note
	}
	if len(s.queue) == queueLen {
		s.queue = s.queue[1:]
	}
	s.queue = append(s.queue, utterance{text, s.now()})
	select {
	case s.wake <- struct{}{}:
	default:
	}
	return ""
}

// Speak says text now and returns once it is said, for backroll cues
// test, which waits for each cue to be heard; a cue in a session uses Say.
func (s *Speaker) Speak(ctx context.Context, text string) error {
	if s.cmd == nil {
		return errors.New(s.note)
	}
	return s.speak(ctx, text)
}

// Command is the speech command's path, "" when there is none.
func (s *Speaker) Command() string {
	if s.cmd == nil {
		return ""
	}
	return s.cmd[0]
}

// Close stops the voice, an utterance in progress included, and waits for
// its goroutine to end.
func (s *Speaker) Close() {
	if s.cancel != nil {
		s.cancel()
	}
	<-s.done
}

func (s *Speaker) run(ctx context.Context) {
	defer close(s.done)
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		for {
			u, ok := s.next()
			if !ok || ctx.Err() != nil {
				break
			}
			if s.now().Sub(u.at) > s.stale {
				continue
			}
			err := s.speak(ctx, u.text)
			if s.spoke != nil {
				s.spoke(u.text, err)
			}
		}
	}
}

func (s *Speaker) next() (utterance, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) == 0 {
		return utterance{}, false
	}
	u := s.queue[0]
	s.queue = s.queue[1:]
	return u, true
}

// speak runs the command for one utterance and kills it once it runs past
// the timeout or the speaker closes.
func (s *Speaker) speak(ctx context.Context, text string) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	args := s.cmd[1:]
	if !s.env {
		args = append(args[:len(args):len(args)], text)
	}
	cmd := exec.CommandContext(ctx, s.cmd[0], args...)
	if s.env {
		cmd.Env = append(os.Environ(), "BACKROLL_SAY="+text)
	}
	// Stdin, stdout and stderr stay unset (the null device): the terminal
	// is the coach's, and no command may read its keys or write on it.
	return cmd.Run()
}
