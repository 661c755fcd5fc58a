package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/content"
)

// "Not sure" shows the kinds of roller before the next question.
func TestOnboardingNotSure(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	keys(m, "up", "enter")
	if the[*onboarding](m).step != stepGuide || !strings.Contains(shown(m), "Peanut") {
		t.Fatalf("step %v:\n%s", the[*onboarding](m).step, shown(m))
	}
	if strings.Contains(helpLine(m), "skip ·") || strings.Contains(helpLine(m), "choose") {
		t.Fatalf("guide help %q", helpLine(m))
	}
	keys(m, "enter")
	if the[*onboarding](m).step != stepFirstTime || the[*onboarding](m).prof.Roller != "not-sure" {
		t.Fatalf("step %v, roller %q", the[*onboarding](m).step, the[*onboarding](m).prof.Roller)
	}
}

// The roller question stays put while the cursor moves, "Not sure" (which
// has no hint) included.
func TestRollerQuestionStaysPut(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	row := func() int { return rowOf(m, "Which roller do you have?") }
	first := row()
	for range content.Rollers {
		keys(m, "down")
		if r := row(); r != first {
			t.Fatalf("the question moved from row %d to %d:\n%s", first, r, shown(m))
		}
	}
}

// "Not sure" says what comes next and what backroll assumes meanwhile.
func TestNotSureSaysWhatWeAssume(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	press(m, "end")
	if s := shown(m); !strings.Contains(flat(s), content.RollerNotSure) {
		t.Fatalf("Not sure under the cursor says nothing of what we assume:\n%s", s)
	}
}

// At 80 columns every roller's hint is one line, not two half lines
// balanced at 40.
func TestRollerHintsOneLineAt80(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for range content.Rollers {
		s := shown(m)
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if strings.Contains(l, "▸") {
				hint := lines[i:]
				for j, h := range hint {
					if strings.TrimSpace(h) == "" {
						hint = hint[j+1:]
						break
					}
				}
				if len(hint) > 1 && strings.TrimSpace(hint[1]) != "" {
					t.Errorf("a roller's hint takes two lines at 80 columns:\n%s", s)
				}
			}
		}
		press(m, "down")
	}
}
