package cli

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/ui"
)

// Hooks for the end-to-end tests' fast clock, set only in a binary built
// with the e2eclock tag (clock_e2e.go); nil in every other build, which
// keeps the real time.
var (
	appNow func() time.Time          // the full-screen app's clock
	fast   func(*ui.Model) tea.Model // the app, its wake-ups on that clock
)

// running is the model the screen runs: the app itself, but for a test
// build's fast clock.
func running(m *ui.Model) tea.Model {
	if fast != nil {
		return fast(m)
	}
	return m
}
