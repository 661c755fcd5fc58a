//go:build unix

package screen

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"golang.org/x/sys/unix"
)

// counter counts what is written to it.
type counter struct{ n atomic.Int64 }

func (c *counter) Write(p []byte) (int, error) {
	c.n.Add(int64(len(p)))
	return len(p), nil
}

// breathing is a hold screen at 100x30 as it changes: a breath that grows
// and shrinks a line at a time, and a countdown.
func breathing(step int) string {
	title := lipgloss.NewStyle().Foreground(lipgloss.Color("#e8a33d")).Bold(true)
	fill := lipgloss.NewStyle().Foreground(lipgloss.Color("#6fb3b8")).Background(lipgloss.Color("#1d2b2c"))
	level := step % 16
	if level > 8 {
		level = 16 - level
	}
	var b strings.Builder
	b.WriteString(title.Render("backroll") + " · nightly · mid-back\n\n")
	for row := range 20 {
		line := "      "
		if 20-row <= level*2 {
			line = "██████"
		}
		b.WriteString(strings.Repeat(" ", 40) + fill.Render("│"+line+"│") + "\n")
	}
	left := 300 - step/10
	fmt.Fprintf(&b, "\n%s%d:%02d left\n\n", strings.Repeat(" ", 44), left/60, left%60)
	b.WriteString("  space pause · s skip · q quit")
	return b.String()
}

type stepMsg struct{}

// stepper shows the frames of breathing one after another, one every
// interval, and quits after n.
type stepper struct {
	step, n  int
	interval time.Duration
}

func (s stepper) next() tea.Cmd {
	return tea.Tick(s.interval, func(time.Time) tea.Msg { return stepMsg{} })
}
func (s stepper) Init() tea.Cmd { return s.next() }
func (s stepper) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(stepMsg); !ok {
		return s, nil
	}
	if s.step++; s.step >= s.n {
		return s, tea.Quit
	}
	return s, s.next()
}
func (s stepper) View() tea.View {
	v := tea.NewView(breathing(s.step))
	v.AltScreen = true
	return v
}

func cpuTime(b *testing.B) time.Duration {
	var u unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// BenchmarkFrames draws the same frames, 10 ms apart, with this package's
// loop and with Bubble Tea's own renderer at 120 fps (a tick shorter than
// a frame, so it draws each one), and reports the bytes and the CPU time
// (the whole process's) each frame costs.
func BenchmarkFrames(b *testing.B) {
	env := []string{"TERM=xterm-256color"}
	const interval = 10 * time.Millisecond
	for _, tc := range []struct {
		name string
		run  func(m tea.Model, out *counter) error
	}{
		{"loop", func(m tea.Model, out *counter) error {
			r, w, err := os.Pipe()
			if err != nil {
				return err
			}
			defer r.Close()
			defer w.Close()
			return Run(context.Background(), m, Terminal{In: r, Out: out, Env: env,
				Profile: colorprofile.TrueColor, Size: Size{100, 30}}, Options{})
		}},
		{"stock", func(m tea.Model, out *counter) error {
			_, err := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(out), tea.WithEnvironment(env),
				tea.WithColorProfile(colorprofile.TrueColor), tea.WithWindowSize(100, 30),
				tea.WithFPS(120), tea.WithoutSignalHandler()).Run()
			return err
		}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			out := &counter{}
			cpu := cpuTime(b)
			if err := tc.run(stepper{n: b.N, interval: interval}, out); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(out.n.Load())/float64(b.N), "B/frame")
			b.ReportMetric(float64(cpuTime(b)-cpu)/float64(b.N), "cpu-ns/frame")
			b.ReportMetric(0, "ns/op") // wall time is the frames' pace
		})
	}
}
