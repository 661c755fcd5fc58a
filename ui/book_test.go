package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/plan"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
)

// nightlyLine is home's line for the nightly routine, as coach/plan makes
// it for these options and answers.
func nightlyLine(t *testing.T, m *Model) string {
	t.Helper()
	r, _ := content.RoutineByID("nightly")
	p, err := plan.For(r, m.opts.Plan, m.opts.Profile)
	if err != nil {
		t.Fatal(err)
	}
	return summed(p)
}

// Home works its lines out once, and again when the settings or the
// answers change: a new hold, and the lats accepted, show at once.
func TestHomeFollowsTheRulesWhenTheyChange(t *testing.T) {
	m, _ := newModel(t, Options{Settings: saved.Default(), SaveSettings: func(saved.Settings) error { return nil }})
	before := nightlyLine(t, m)
	if !strings.Contains(flat(shown(m)), before) {
		t.Fatalf("home does not say %q:\n%s", before, shown(m))
	}
	homeTo(t, m, "Settings")
	press(m, "enter", "right", "right", "enter", "esc") // every area 45 s, saved
	after := nightlyLine(t, m)
	if after == before || !strings.Contains(flat(shown(m)), after) {
		t.Fatalf("after a 45 s hold, home does not say %q (was %q):\n%s", after, before, shown(m))
	}
	m.follow(acceptStep{advice.Step{Kind: advice.AddLats}})
	m.draw()
	lats := nightlyLine(t, m)
	if !strings.Contains(lats, "lats") || !strings.Contains(flat(shown(m)), lats) {
		t.Fatalf("with the lats accepted, home does not say %q:\n%s", lats, shown(m))
	}
}

// backroll start --hold plans once, in New: the session runs that plan,
// and nothing after New makes it again from the options.
func TestCommandLinePlanIsBuiltOnce(t *testing.T) {
	m, _ := newModel(t, Options{Routine: "mid-back", Plan: coach.Options{Hold: 45 * time.Second}})
	if m.first == nil || m.first.Steps[0].Hold != 45*time.Second {
		t.Fatalf("New planned %+v", m.first)
	}
	m.opts.Plan.Hold = time.Minute // what a second reading would see
	runAll(m, m.Init())
	if m.session == nil || m.session.plan.Steps[0].Hold != 45*time.Second {
		t.Fatalf("the session runs %+v, not the plan New made", m.session)
	}
	if m.first != nil {
		t.Fatal("the command line's plan is kept after it ran")
	}
}

// BenchmarkMenuFrame is the cost of one frame of home and of choose
// areas with two areas picked, a key moving the cursor each time: the
// plans they show are worked out when the rules change, not per frame.
func BenchmarkMenuFrame(b *testing.B) {
	for _, name := range []string{"home", "choose"} {
		b.Run(name, func(b *testing.B) {
			m, _ := newModel(b, Options{})
			if name == "choose" {
				homeTo(b, m, "Choose areas")
				press(m, "enter", "space", "down", "space")
			}
			keys := []tea.Msg{keyMsg("down"), keyMsg("up")}
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				m.Update(keys[i%2])
				_ = m.View()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/frame")
		})
	}
}
