package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	saved "github.com/backroll/backroll/coach/settings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
	"github.com/charmbracelet/x/exp/golden"
)

// Every screen is listed once, and every screen reachable from home (and
// the first run's questions) is one of them and answers ? with its keys,
// every one of which the full help names.
func TestEveryScreenIsListedAndAnswersHelp(t *testing.T) {
	seen := map[string]screenID{}
	m, _ := newModel(t, Options{})
	m.Init()
	for id := range screenMakers {
		s := m.built(screenID(id))
		if s == nil {
			if screenID(id) != sessionScreen && screenID(id) != stoppedScreen {
				t.Errorf("screen %d is listed but never built", id)
			}
			continue // the session, and the question before one: built when a start asks
		}
		kind := fmt.Sprintf("%T", s)
		if other, ok := seen[kind]; ok {
			t.Errorf("%s is listed as screens %d and %d", kind, other, id)
		}
		seen[kind] = screenID(id)
	}

	check := func(t *testing.T, m *Model) {
		t.Helper()
		active := m.screens[m.active]
		if active == nil {
			t.Fatalf("screen %d is active but not listed", m.active)
		}
		short := shown(m)
		press(m, "?")
		full := shown(m)
		if !m.help.ShowAll || full == short {
			t.Fatalf("%T: ? did not open the full help:\n%s", active, full)
		}
		for _, col := range active.keys(m.frame()).FullHelp() {
			for _, b := range col {
				if h := b.Help(); b.Enabled() && h.Desc != "" && !strings.Contains(full, h.Desc) && h.Key != "?" {
					t.Errorf("%T: full help leaves out %q:\n%s", active, h.Key+" "+h.Desc, full)
				}
			}
		}
		press(m, "esc")
		if m.help.ShowAll {
			t.Fatalf("%T: esc did not close the full help", active)
		}
	}

	for i, item := range the[*home](m).items {
		t.Run(item.label, func(t *testing.T) {
			m, _ := newModel(t, Options{})
			m.Init()
			for range i {
				press(m, "down")
			}
			press(m, "enter")
			if m.active == homeScreen {
				t.Fatalf("%s did not leave home", item.label)
			}
			check(t, m)
		})
	}
	t.Run("home", func(t *testing.T) {
		m, _ := newModel(t, Options{})
		m.Init()
		check(t, m)
	})
	t.Run("first run", func(t *testing.T) {
		m, _ := newBareModel(t, Options{Profile: profile.Profile{}})
		m.Init()
		if m.active != onboardingScreen {
			t.Fatalf("first run opens screen %d", m.active)
		}
		check(t, m)
	})
}

// p, for sharp pain or tingling, is on the short help of every session
// screen, and stops the session from each of them, the quit question
// included: pain is never a question.
func TestPainStopsFromEverySessionScreen(t *testing.T) {
	for _, tt := range []struct {
		name string
		do   func(m *Model, c *fakeClock)
	}{
		{"get ready", func(*Model, *fakeClock) {}},
		{"hold", func(m *Model, c *fakeClock) { wait(m, c, 6*time.Second) }},
		{"tender spot", func(m *Model, c *fakeClock) { wait(m, c, 6*time.Second); press(m, "k") }},
		{"paused", func(m *Model, c *fakeClock) { wait(m, c, 6*time.Second); press(m, "space") }},
		{"switch sides", func(m *Model, c *fakeClock) { press(m, "n", "enter"); wait(m, c, time.Minute) }},
		{"cat-cow get ready", func(m *Model, c *fakeClock) { press(m, "n", "n", "n") }},
		{"cat-cow", func(m *Model, c *fakeClock) { press(m, "n", "n", "n", "enter"); wait(m, c, time.Second) }},
		{"quit question", func(m *Model, c *fakeClock) { wait(m, c, 6*time.Second); press(m, "q") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, c := newModel(t, Options{Routine: "nightly"})
			m.Init()
			tt.do(m, c)
			if !strings.Contains(helpLine(m), "p sharp pain") {
				t.Fatalf("no p on the short help: %q", helpLine(m))
			}
			press(m, "p")
			if m.session.s.State(c.t).Phase != coach.PhaseDone || !m.session.s.Summary().RedFlag {
				t.Fatalf("p did not stop the session with a red flag:\n%s", shown(m))
			}
			if s := shown(m); !strings.Contains(s, "Sharp pain or tingling") || strings.Contains(s, "Stop this session?") {
				t.Fatalf("after p, no advice to stop:\n%s", s)
			}
		})
	}
}

// At 40x12 the kinds of roller wrap rather than end in "…": a small window
// may drop parts, never cut words a person reads to choose.
func TestRollerGuideWrapsInASmallWindow(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	press(m, "up", "enter")
	seen := shown(m)
	for range 30 {
		press(m, "down")
		seen += "\n" + shown(m)
	}
	if strings.Contains(seen, "…") {
		t.Fatalf("the roller guide cuts words at 40x12:\n%s", seen)
	}
	for _, r := range content.Rollers {
		if _, guided := content.TipByID(r.Tip); guided && !strings.Contains(strings.Join(strings.Fields(seen), " "), r.Describe) {
			t.Errorf("%q never shows whole", r.Describe)
		}
	}
}

// Every arrow has its vim key: h, j, k and l do what ←, ↓, ↑ and → do.
func TestVimKeys(t *testing.T) {
	for _, tt := range []struct {
		name      string
		open      []string // keys that reach the screen
		arrow, vi string
	}{
		{"home", nil, "down", "j"},
		{"home up", nil, "up", "k"},
		{"where does it hurt", []string{"down", "enter"}, "down", "j"},
		{"choose areas", []string{"down", "down", "enter"}, "down", "j"},
		{"choose areas time", []string{"down", "down", "enter"}, "right", "l"},
		{"tips", []string{"t"}, "down", "j"},
		{"tips pages", []string{"t"}, "right", "l"},
		{"a tip", []string{"t", "enter"}, "right", "l"},
		{"session next", []string{"enter"}, "right", "l"},
		{"session back", []string{"enter", "n"}, "left", "h"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ma, _ := newModel(t, Options{})
			mv, _ := newModel(t, Options{})
			ma.Update(tea.WindowSizeMsg{Width: 80, Height: 16}) // tips on more than one page
			mv.Update(tea.WindowSizeMsg{Width: 80, Height: 16})
			press(ma, tt.open...)
			press(mv, tt.open...)
			before := shown(ma)
			press(ma, tt.arrow)
			press(mv, tt.vi)
			if shown(ma) == before {
				t.Fatalf("%s did nothing here:\n%s", tt.arrow, before)
			}
			if shown(mv) != shown(ma) {
				t.Fatalf("%s did not do what %s does:\n%s\n---\n%s", tt.vi, tt.arrow, shown(mv), shown(ma))
			}
		})
	}
}

// ctrl+z suspends the program (ui/screen), and the model hears of it first:
// the session pauses, so time away is not counted as rolled.
func TestSuspendPausesTheSession(t *testing.T) {
	m, c := newModel(t, Options{Routine: "nightly"})
	m.Init()
	wait(m, c, 6*time.Second)
	m.Update(tea.SuspendMsg{})
	c.t = c.t.Add(10 * time.Minute)
	m.Update(tea.ResumeMsg{})
	if st := m.session.s.State(c.t); !st.Paused || st.Phase != coach.PhaseHold || st.Left < 58*time.Second {
		t.Fatalf("after ten minutes suspended: %+v", st)
	}
}

// A search lists the tips that hold its words in their titles first, and
// marks the words found.
func TestTipsSearchRanksAndMarks(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "/")
	typeText(m, "glute")
	keys(m, "enter")
	visible := the[*tips](m).list.VisibleItems()
	if len(visible) < 2 || !strings.Contains(strings.ToLower(visible[0].(tipItem).Title), "glute") {
		t.Fatalf("first tip found for glute: %q", visible[0].(tipItem).Title)
	}
	if !strings.Contains(m.View().Content, "\x1b[4") && !strings.Contains(m.View().Content, ";4m") && !strings.Contains(m.View().Content, ";4;") {
		t.Fatalf("the words found are not marked:\n%q", m.View().Content)
	}
}

// The routines screen lists the built-in routines, then the person's own,
// each with what it rolls for this person; enter starts one, a custom one
// too, and `backroll start NAME` finds it.
func TestRoutinesScreen(t *testing.T) {
	desk := content.Routine{ID: "desk-day", Name: "Desk day", Summary: "Mid-back and lats.", CatCow: true,
		Items: []content.Item{{Exercise: "mid-back", Hold: 90 * time.Second}, {Exercise: "lats"}}}
	m, _ := newModel(t, Options{Routines: []content.Routine{desk}})
	homeTo(t, m, "Routines")
	press(m, "enter")
	golden.RequireEqual(t, shown(m))
	for range len(content.Routines) {
		press(m, "down")
	}
	press(m, "enter")
	if m.active != sessionScreen || m.session.plan.Routine != "desk-day" || m.session.plan.Steps[0].Hold != 90*time.Second {
		t.Fatalf("enter on Desk day: screen %d, plan %+v", m.active, m.session.plan)
	}

	m, _ = newModel(t, Options{Routine: "desk-day", Routines: []content.Routine{desk}})
	m.Init()
	if m.session == nil || m.session.plan.Name != "Desk day" {
		t.Fatal("start desk-day did not start the custom routine")
	}
}

// The settings screen changes config.toml's settings with ←/→ and saves
// them with enter; what can take effect at once does: the hold, the
// colours. esc leaves without saving.
func TestSettingsScreen(t *testing.T) {
	var got []saved.Settings
	save := func(s saved.Settings) error { got = append(got, s); return nil }
	m, _ := newModel(t, Options{Settings: saved.Default(), SaveSettings: save})
	homeTo(t, m, "Settings")
	press(m, "enter")
	if !strings.Contains(shown(m), "‹ each area's own ›") {
		t.Fatalf("settings:\n%s", shown(m))
	}
	press(m, "right", "right") // 45 s
	if !strings.Contains(shown(m), "‹ 45 s ›") || !strings.Contains(shown(m), "not saved") {
		t.Fatalf("after → →:\n%s", shown(m))
	}
	press(m, "esc")
	if len(got) != 0 {
		t.Fatalf("esc saved %+v", got)
	}
	homeTo(t, m, "Settings")
	press(m, "enter")
	if strings.Contains(shown(m), "45 s") {
		t.Fatalf("esc kept an unsaved change:\n%s", shown(m))
	}
	press(m, "right", "right")
	for range 5 { // to the colours
		press(m, "down")
	}
	press(m, "left") // auto → no colour
	press(m, "enter")
	if len(got) != 1 || got[0].Hold != 45*time.Second || got[0].Theme != "none" {
		t.Fatalf("saved %+v", got)
	}
	if !strings.Contains(shown(m), "Saved to config.toml.") || m.styles.Title.GetForeground() != (lipgloss.NoColor{}) {
		t.Fatalf("after enter:\n%s", shown(m))
	}
	if m.opts.Plan.Hold != 45*time.Second {
		t.Fatalf("the new hold is not in effect: %v", m.opts.Plan.Hold)
	}
}

// TestSettingsPalettes is the settings screen at 80x24 in the dark, light
// and no-colour themes, each colour change written out as ⟨SGR⟩.
func TestSettingsPalettes(t *testing.T) {
	sgr := regexp.MustCompile("\x1b\\[([0-9;:]*)m")
	var b strings.Builder
	for _, theme := range []string{"dark", "light", "none"} {
		set := saved.Default()
		set.Theme = theme
		m, _ := newModel(t, Options{Settings: set, Theme: theme})
		homeTo(t, m, "Settings")
		press(m, "enter", "down", "down")
		fmt.Fprintf(&b, "%s\n%s\n\n", theme, sgr.ReplaceAllString(m.View().Content, "⟨$1⟩"))
	}
	golden.RequireEqual(t, b.String())
}
