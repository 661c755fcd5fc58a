package cli_test

import (
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/ui"
	"github.com/backroll/backroll/ui/screen"
)

// speed is how much faster than the wall the benchmark's app clock runs:
// seven holds of the shortest length there is (coach.MinHold) in 7 s.
const speed = 10

// lateJournal notes how long after its deadline each hold was reported,
// in wall time.
type lateJournal struct {
	mu    sync.Mutex
	late  []time.Duration
	holds chan struct{}
	now   func() time.Time // the app's fast clock
}

// fastApp is the app on a clock speed times the wall's, its wake-ups
// turned back into wall time for the draw loop's timer (as the e2eclock
// build does for the end-to-end tests).
type fastApp struct {
	*ui.Model
	base time.Time
}

func (f fastApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := f.Model.Update(msg)
	return f, cmd
}

func (f fastApp) NextWake() (time.Time, bool) {
	at, ok := f.Model.NextWake()
	return f.base.Add(at.Sub(f.base) / speed), ok
}

func (j *lateJournal) Start(string, time.Time) string { return "bench" }
func (j *lateJournal) Hold(_ string, e coach.HoldEvent) error {
	late := j.now().Sub(e.Start.Add(e.Planned)) / speed
	j.mu.Lock()
	j.late = append(j.late, late)
	j.mu.Unlock()
	j.holds <- struct{}{}
	return nil
}
func (j *lateJournal) End(string, ui.SessionEnd) error   { return nil }
func (j *lateJournal) Today(time.Time) (ui.Today, error) { return ui.Today{}, nil }
func (j *lateJournal) Advice(time.Time, profile.Profile) (advice.Advice, error) {
	return advice.Advice{}, nil
}
func (j *lateJournal) Progress(time.Time) (streak.Stats, error) {
	return streak.Stats{}, nil
}

// BenchmarkHoldDeadline runs the app on the real draw loop (screen.Run,
// drawing every frame into a 100x30 terminal that discards it) through
// seven holds and reports how late each one ended. Target: within 5 ms,
// idle or with the other core busy.
func BenchmarkHoldDeadline(b *testing.B) {
	for _, load := range []string{"idle", "busy"} {
		b.Run(load, func(b *testing.B) {
			if load == "busy" {
				spin := exec.Command("sh", "-c", "while :; do :; done")
				if err := spin.Start(); err != nil {
					b.Skip("no shell to load the other core:", err)
				}
				defer func() { spin.Process.Kill(); spin.Wait() }()
			}
			var late []time.Duration
			for range b.N {
				late = append(late, runHolds(b)...)
			}
			slices.Sort(late)
			b.ReportMetric(ms(late[len(late)/2]), "ms-late-p50")
			b.ReportMetric(ms(late[len(late)-1]), "ms-late-max")
		})
	}
}

func runHolds(b *testing.B) []time.Duration {
	const holds = 7 // the lower-back routine
	base := time.Now()
	now := func() time.Time { return base.Add(time.Since(base) * speed) }
	j := &lateJournal{holds: make(chan struct{}, holds), now: now}
	m, err := ui.New(ui.Options{Routine: "lower-back", Journal: j, Now: now,
		Profile: profile.Profile{Onboarded: true, SafetySeen: true},
		Plan:    coach.Options{Hold: coach.MinHold, Ready: 100 * time.Millisecond}})
	if err != nil {
		b.Fatal(err)
	}
	in, typed, err := os.Pipe()
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	defer typed.Close()
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- screen.Run(ctx, fastApp{m, base}, screen.Terminal{In: in, Out: io.Discard,
			Env: []string{"TERM=xterm-256color"}, Profile: colorprofile.TrueColor,
			Size: screen.Size{Width: 100, Height: 30}}, screen.Options{CrashDir: b.TempDir()})
	}()
	for range holds {
		select {
		case <-j.holds:
		case <-time.After(10 * time.Second):
			b.Fatal("a hold did not end")
		}
	}
	stop()
	if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
		b.Fatal(err)
	}
	return j.late
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
