package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// The screening question keeps what is ticked, asks where a recent injury
// is, and the answers change the plan: on varicose veins and a recent
// injury at the glutes, the nightly roll is the mid-back alone, and the
// first get-ready says why.
func TestOnboardingScreening(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "enter", "enter") // a standard roller, new to rolling
	if the[*onboarding](m).step != stepScreening {
		t.Fatalf("step %v, want the screening question", the[*onboarding](m).step)
	}
	keys(m, "down", "down", "down", "space", "down", "space", "enter")
	if the[*onboarding](m).step != stepInjury {
		t.Fatalf("step %v, want where the injury is", the[*onboarding](m).step)
	}
	keys(m, "down", "down", "space", "enter")
	readSafety(t, m)
	got := s.last(t)
	if got.Conditions != profile.NewIDs(content.RecentInjury, content.VaricoseVeins) || got.Avoid != "glutes" {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	var areas []string
	for _, st := range m.session.plan.Steps {
		areas = append(areas, st.Exercise.ID)
	}
	if !slices.Equal(areas, []string{"mid-back"}) {
		t.Fatalf("nightly roll after screening: %v", areas)
	}
	words := strings.Join(strings.Fields(shown(m)), " ")
	if !strings.Contains(words, "The glutes are left out: you have a recent injury there.") {
		t.Fatalf("the first get-ready does not say why:\n%s", shown(m))
	}

	// Unticking the injury forgets where it was.
	m, _ = newModel(t, Options{Setup: true, Profile: got, SaveProfile: s.save})
	keys(m, "enter", "enter", "down", "down", "down", "space", "enter")
	readSafety(t, m)
	if got := s.last(t); got.Conditions != content.VaricoseVeins || got.Avoid != "" {
		t.Fatalf("after unticking the injury: %+v", got)
	}
}

// The screening question says plainly that any number may be picked, and
// its answers wrap rather than end in "…" at every size: a person sees
// all of what they tick, the one under the cursor always whole.
func TestScreeningAnswersWrap(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	press(m, "enter", "enter")
	if s := shown(m); !strings.Contains(s, "Does any of these apply to you? Pick all that do, or none.") {
		t.Errorf("the screening question at 80x24:\n%s", s)
	}
	for _, sz := range [][2]int{{40, 12}, {50, 14}, {60, 20}, {80, 24}} {
		for _, injury := range []bool{false, true} {
			m, _ := newBareModel(t, Options{})
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			press(m, "enter", "enter")
			labels := []string{}
			for _, c := range content.Conditions {
				labels = append(labels, c.Label)
			}
			if injury {
				press(m, "down", "down", "down", "space", "enter")
				labels = labels[:0]
				for _, ex := range injuryAreas() {
					labels = append(labels, ex.Name)
				}
			}
			for i, label := range labels {
				s := shown(m)
				name := fmt.Sprintf("%dx%d injury %v answer %d", sz[0], sz[1], injury, i)
				checkFits(t, m, sz, name)
				if strings.Contains(s, "…") {
					t.Errorf("%s: cut with …:\n%s", name, s)
				}
				if !strings.Contains(flat(s), "▸ [ ] "+label) {
					t.Errorf("%s: %q is not whole under the cursor:\n%s", name, label, s)
				}
				press(m, "down")
			}
		}
	}
}

// A recent injury with no area ticked is not passed over in silence:
// enter first says what it means (nothing left out, a reminder at every
// session), a tick takes the note away, and enter again goes on; the
// first get-ready then says it.
func TestOnboardingInjuryWithNoArea(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "enter", "enter", "down", "down", "down", "space", "enter")
	if the[*onboarding](m).step != stepInjury {
		t.Fatalf("step %v, want where the injury is", the[*onboarding](m).step)
	}
	keys(m, "enter")
	if the[*onboarding](m).step != stepInjury || !strings.Contains(words(m), noAreaNote) {
		t.Fatalf("enter with no area went on without a word:\n%s", shown(m))
	}
	if !strings.Contains(helpLine(m), "enter go on without one") {
		t.Errorf("help %q", helpLine(m))
	}
	keys(m, "space", "space") // ticked and unticked: the note goes
	if strings.Contains(words(m), noAreaNote) {
		t.Errorf("the note stays after a tick:\n%s", shown(m))
	}
	keys(m, "enter", "enter")
	readSafety(t, m)
	got := s.last(t)
	if !got.Conditions.Has(content.RecentInjury) || got.Avoid != "" {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	if !strings.Contains(words(m), coach.WhyInjuryNoArea) {
		t.Errorf("the first get-ready does not say it:\n%s", shown(m))
	}
}

// The note fits the smallest window with the areas.
func TestOnboardingInjuryNoteFits(t *testing.T) {
	m, _ := newBareModel(t, Options{})
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	keys(m, "enter", "enter", "down", "down", "down", "space", "enter", "enter")
	checkFits(t, m, [2]int{40, 12}, "injury note")
	got := words(m)
	for _, want := range []string{"None ticked", "Hip flexors"} {
		if !strings.Contains(got, want) {
			t.Errorf("40x12 leaves out %q:\n%s", want, shown(m))
		}
	}
}
