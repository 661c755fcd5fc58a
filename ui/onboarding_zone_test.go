package ui

import (
	"regexp"
	"strings"
	"testing"
	_ "time/tzdata" // Europe/Paris wherever the tests run

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/profile"
)

// Over SSH without a TZ the first run asks the time zone after the
// screening: a name that is not a zone is refused on the spot, a zone is
// kept with the answers, and locally it is never asked.
func TestOnboardingAsksTheZone(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer, AskZone: true})
	if scr := shown(m); !strings.Contains(scr, "Five quick questions") || !strings.Contains(scr, "1 of 5") {
		t.Errorf("the first question does not count the time zone's:\n%s", scr)
	}
	keys(m, "s", "s", "s")
	if scr := shown(m); the[*onboarding](m).step != stepZone || !strings.Contains(scr, "Which time zone") ||
		!strings.Contains(scr, "4 of 5") || !strings.Contains(helpLine(m), "keep the server's") {
		t.Fatalf("after the screening, want the time zone, question 4 of 5:\n%s", scr)
	}
	// Letters (the s of Paris skips elsewhere), digits, / and + are
	// taken; nothing else, so nothing that draws.
	typeText(m, "../etc\x1b[2J")
	keys(m, "enter")
	if the[*onboarding](m).step != stepZone || !strings.Contains(shown(m), "/etc2J is not a time zone name") {
		t.Fatalf("a path was taken as a zone, or what draws was typed:\n%s", shown(m))
	}
	for range len("/etc2J") {
		keys(m, "backspace")
	}
	typeText(m, "Europe/Paris")
	if scr := shown(m); !strings.Contains(scr, "▸ Europe/Paris_") || strings.Contains(scr, "is not a time zone") {
		t.Fatalf("typing: want the name and no complaint:\n%s", scr)
	}
	// In the smallest window, the answer still shows.
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if scr := shown(m); !strings.Contains(scr, "▸ Europe/Paris_") || !strings.Contains(helpLine(m), "scroll") {
		t.Errorf("at 40x12 the answer is cut off, or the words cut give no way to them:\n%s", scr)
	}
	keys(m, "down", "down", "down", "down", "down")
	if scr := shown(m); !strings.Contains(scr, "keeps the server's") {
		t.Errorf("at 40x12 ↓ does not reach the end of the words:\n%s", scr)
	}
	keys(m, "enter")
	if the[*onboarding](m).step != stepSafety || !strings.Contains(shown(m), "5 of 5") {
		t.Fatalf("after the zone, want the red flags, 5 of 5:\n%s", shown(m))
	}
	keys(m, "s")
	if got := s.last(t); got != (profile.Profile{FirstTime: true, Onboarded: true, TimeZone: "Europe/Paris"}) {
		t.Errorf("saved %+v; want the zone with the answers", got)
	}

	// Enter with nothing typed keeps the server's zone.
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer, AskZone: true})
	keys(m, "s", "s", "s", "enter", "s")
	if got := s.last(t); got.TimeZone != "" || !got.Onboarded {
		t.Errorf("nothing typed saved %+v; want no zone", got)
	}

	// Locally: four questions, never the zone.
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	keys(m, "s", "s", "s")
	if the[*onboarding](m).step != stepSafety || strings.Contains(shown(m), "time zone") {
		t.Errorf("a local first run asked the zone:\n%s", shown(m))
	}
}

// q leaves the first-run questions, as it leaves every other screen,
// without taking them as answered: they are asked again next time. On the
// time zone question q is a letter.
func TestOnboardingQuits(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer, AskZone: true})
	keys(m, "down", "enter")
	if !regexp.MustCompile(`\bq +quit\b`).MatchString(fullHelp(t, m)) {
		t.Errorf("the full help does not say q quits:\n%s", fullHelp(t, m))
	}
	keys(m, "q")
	if !m.quitting || len(s.saved) != 0 {
		t.Fatalf("q on the first-run questions: quitting %v, saved %+v; want to leave, nothing saved", m.quitting, s.saved)
	}
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer, AskZone: true})
	keys(m, "s", "s", "s", "q")
	if m.quitting || !strings.Contains(shown(m), "▸ q_") {
		t.Errorf("q on the time zone question is not a letter:\n%s", shown(m))
	}
}

// fullHelp is the screen with the full help open.
func fullHelp(t *testing.T, m *Model) string {
	t.Helper()
	keys(m, "?")
	defer keys(m, "?")
	return shown(m)
}
