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
// drawn most: the session's wake-up and the frame laid out in that update
// (View only hands it over). Target: under 200 µs.
func BenchmarkHoldView(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		b.Run(sizeName(size), func(b *testing.B) {
			// A long hold, so that every frame measured is one of it.
			m, c := newModel(b, Options{Routine: "nightly", Plan: coach.Options{Hold: coach.MaxHold}})
			m.Init()
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			wait(m, c, 5*time.Second)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				c.t = c.t.Add(time.Duration(i%3) * time.Millisecond)
				m.Update(loop.WakeMsg{At: c.t})
				_ = m.View()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
		})
	}
}

func sizeName(s [2]int) string { return fmt.Sprintf("%dx%d", s[0], s[1]) }
