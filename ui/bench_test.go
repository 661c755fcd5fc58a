package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/backroll/backroll/coach"
	loop "github.com/backroll/backroll/ui/screen"
)

// BenchmarkHoldView is the cost of one frame of the hold screen, the one
// drawn most: the session's wake-up at the time it asked for, and the
// frame laid out in that update (View only hands it over), with the
// allocations each frame makes. Target: under 200 µs.
func BenchmarkHoldView(b *testing.B) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		b.Run(sizeName(size), func(b *testing.B) {
			m, c, start := holdFor(b, size)
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				at, _ := m.NextWake()
				if at.Sub(start) > coach.MaxHold-10*time.Second {
					// Every frame measured is one of the hold.
					b.StopTimer()
					m, c, start = holdFor(b, size)
					b.StartTimer()
					continue
				}
				c.t = at
				m.Update(loop.WakeMsg{At: c.t})
				_ = m.View()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
		})
	}
}

// holdFor is a model in a window of size five seconds into a long hold,
// and the time the hold started.
func holdFor(b *testing.B, size [2]int) (*Model, *fakeClock, time.Time) {
	m, c := newModel(b, Options{Routine: "nightly", Plan: coach.Options{Hold: coach.MaxHold}})
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
	press(m, "enter") // the hold starts now
	start := c.t
	wait(m, c, 5*time.Second)
	return m, c, start
}

func sizeName(s [2]int) string { return fmt.Sprintf("%dx%d", s[0], s[1]) }
