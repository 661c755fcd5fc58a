package ui

import (
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/profile"
)

// A newcomer's first get-ready at 80x24 carries the most notes (never
// screened, new to this) and is the one that most needs the pressure to
// aim for and how to come off: what it feels like, and the blank under
// the title, go before them, and the steps need not scroll.
func TestFirstGetReadyKeepsPressureWithNotes(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "nightly", Profile: profile.Profile{FirstTime: true, SafetySeen: true}})
	runAll(m, m.Init())
	s := shown(m)
	for _, want := range []string{"Not asked yet", "New to this?", "Where: ", "Pressure: ", "To come off: "} {
		if !strings.Contains(s, want) {
			t.Errorf("80x24 first get-ready lacks %q:\n%s", want, s)
		}
	}
}
