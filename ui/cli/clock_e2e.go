//go:build e2eclock

package cli

import (
	"os"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/ui"
)

// A binary built with -tags e2eclock runs the full-screen app's clock
// BACKROLL_E2E_SPEED times (2 to 100) faster than the wall's, so that an
// end-to-end test sees a whole two-minute hold in seconds, drawn, cued and
// saved as it would be. Release builds have no such tag, and read no such
// variable.
func init() {
	k, err := strconv.ParseFloat(os.Getenv("BACKROLL_E2E_SPEED"), 64)
	if err != nil || k < 2 || k > 100 {
		return
	}
	base := time.Now()
	appNow = func() time.Time { return base.Add(time.Duration(float64(time.Since(base)) * k)) }
	fast = func(m *ui.Model) tea.Model { return fastApp{m, base, k} }
}

// fastApp is the app with its wake-ups turned from its fast time into the
// wall's, for the screen's timer.
type fastApp struct {
	*ui.Model
	base time.Time
	k    float64
}

func (f fastApp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := f.Model.Update(msg)
	return f, cmd
}

func (f fastApp) NextWake() (time.Time, bool) {
	at, ok := f.Model.NextWake()
	return f.base.Add(time.Duration(float64(at.Sub(f.base)) / f.k)), ok
}
