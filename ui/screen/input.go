package screen

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/muesli/cancelreader"
)

// input reads t.In into the program's events, as Bubble Tea's own reader
// would, until stopped, and can start again (after a suspend).
type input struct {
	in   io.Reader
	term string
	send func(tea.Msg)
	run  func(func()) // runs a goroutine whose panic ends the program

	// A queue lies between the reader and the program, so that stop
	// never waits on the program: it is called from the event loop.
	mu    sync.Mutex
	queue []uv.Event
	ready chan struct{} // something is queued

	r    cancelreader.CancelReader
	read chan struct{} // closed when the reader has ended
}

func newInput(t Terminal, send func(tea.Msg), run func(func())) *input {
	in := &input{in: t.In, send: send, run: run, ready: make(chan struct{}, 1)}
	for _, kv := range t.Env {
		if v, ok := strings.CutPrefix(kv, "TERM="); ok {
			in.term = v
		}
	}
	return in
}

// deliver sends what is queued to the program until done is closed.
func (in *input) deliver(done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case <-in.ready:
		}
		in.mu.Lock()
		events := in.queue
		in.queue = nil
		in.mu.Unlock()
		for _, ev := range events {
			// Bubble Tea turns uv's events into its own messages.
			in.send(ev)
		}
	}
}

func (in *input) start() error {
	r, err := uv.NewCancelReader(in.in)
	if err != nil {
		return fmt.Errorf("reading the terminal: %w", err)
	}
	in.r, in.read = r, make(chan struct{})
	events := make(chan uv.Event)
	read := in.read
	in.run(func() {
		defer close(events)
		_ = uv.NewTerminalReader(r, in.term).StreamEvents(context.Background(), events)
	})
	in.run(func() {
		defer close(read)
		for ev := range events {
			in.mu.Lock()
			// A program this far behind is not reading its keys (its
			// terminal takes in nothing, say): the rest are dropped,
			// not kept without end.
			if len(in.queue) < maxQueued {
				in.queue = append(in.queue, ev)
			}
			in.mu.Unlock()
			select {
			case in.ready <- struct{}{}:
			default:
			}
		}
	})
	return nil
}

// stop stops reading, and waits for the reader to end when it can be
// interrupted; a reader that cannot is left to end with its input. What was
// read but not yet delivered is dropped: it was typed to a program on its
// way out or into the background.
func (in *input) stop() {
	if in.r == nil {
		return
	}
	if in.r.Cancel() {
		<-in.read
	}
	_ = in.r.Close()
	in.r = nil
	in.mu.Lock()
	in.queue = nil
	in.mu.Unlock()
}

// maxQueued is how many events may wait for the program: far more than a
// person types ahead.
const maxQueued = 1024

// stopMsg is the second request to stop: live quits on it without asking
// the model.
type stopMsg struct{}
