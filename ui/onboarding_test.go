package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// newcomer is the profile profile.Load gives someone never asked: taken as
// new to rolling until they say otherwise.
var newcomer = profile.Profile{FirstTime: true}

// Every step of the first run can be skipped; the person is never asked
// again, and the red flags they skipped come before their first session.
func TestOnboardingSkipSteps(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	if m.active != onboardingScreen {
		t.Fatalf("first run opened %v", m.active)
	}
	for _, want := range []onboardingStep{stepFirstTime, stepScreening, stepSafety} {
		keys(m, "s")
		if the[*onboarding](m).step != want {
			t.Fatalf("step %v, want %v", the[*onboarding](m).step, want)
		}
	}
	keys(m, "s")
	if m.active != homeScreen {
		t.Fatalf("after the last step: %v", m.active)
	}
	// Skipped is not "I have rolled before": a new face starts gently.
	if got := s.last(t); got != (profile.Profile{FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v", got)
	}
	keys(m, "enter") // nightly roll
	if m.active != redFlagsScreen || m.session != nil {
		t.Fatalf("the first session started without the red flags: %v", m.active)
	}
	keys(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc from the red flags went to %v", m.active)
	}
	keys(m, "r")
	if strings.Contains(helpLine(m), "I have read this") {
		t.Fatal("the red flags from home still hold a session")
	}
	keys(m, "esc", "enter")
	readRedFlags(t, m)
	if m.active != sessionScreen || !s.last(t).SafetySeen {
		t.Fatalf("after reading: %v, saved %+v", m.active, s.last(t))
	}
	keys(m, "q", "y", "r")
	if m.active != redFlagsScreen || strings.Contains(helpLine(m), "I have read this") {
		t.Fatalf("the red flags from home after the first session:\n%s", shown(m))
	}
}

func TestOnboardingSkipAll(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: newcomer})
	keys(m, "down", "enter", "esc")
	if m.active != homeScreen {
		t.Fatalf("esc went to %v", m.active)
	}
	if got := s.last(t); got != (profile.Profile{Roller: "standard", FirstTime: true, Onboarded: true}) {
		t.Fatalf("saved %+v; the answer given before esc counts, the one skipped starts gently", got)
	}

	// Setup again keeps the earlier answers that esc skips.
	before := profile.Profile{Roller: "peanut", Onboarded: true, SafetySeen: true}
	m, _ = newBareModel(t, Options{Profile: before, SaveProfile: s.save, Setup: true})
	keys(m, "esc")
	if got := s.last(t); got != before {
		t.Fatalf("setup then esc saved %+v; want %+v kept", got, before)
	}
}

// The answers are saved and change the coaching: 45 s holds for a
// first-timer, the peanut's note first on the mid-back.
func TestOnboardingAnswers(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "down", "down", "down", "enter", "enter", "enter")
	readSafety(t, m)
	want := profile.Profile{Roller: "peanut", FirstTime: true, Onboarded: true, SafetySeen: true}
	if got := s.last(t); got != want || m.opts.Profile != want || m.ledger.writing != 0 {
		t.Fatalf("saved %+v, profile %+v, writing %d", got, m.opts.Profile, m.ledger.writing)
	}
	// Three 45 s holds and a minute of cat-cow, each after 10 s to get
	// ready: 3:55, not the usual 4:20.
	if !strings.Contains(shown(m), "mid-back, glutes, cat-cow · 3:55") {
		t.Fatalf("home:\n%s", shown(m))
	}
	keys(m, "down", "down", "enter")
	if !strings.Contains(shown(m), "0:45") {
		t.Fatalf("choose areas does not start first-timers at 45 s:\n%s", shown(m))
	}
	keys(m, "esc", "up", "up", "enter")
	for _, st := range m.session.plan.Steps {
		if st.Hold != plan.FirstTimeHold {
			t.Fatalf("hold %v, want %v", st.Hold, plan.FirstTimeHold)
		}
	}
	// Time to read the steps and get down onto the roller.
	if r := m.session.plan.Ready; r != plan.FirstTimeReady {
		t.Fatalf("get-ready %v, want %v", r, plan.FirstTimeReady)
	}
	if n := m.session.notes["mid-back"]; !strings.Contains(n[0], "groove") || n[1] != content.FirstTimeNote {
		t.Fatalf("mid-back notes %q", n)
	}
}

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

// backroll setup asks again, starting from the answers given, and ends
// the program once they are saved.
func TestSetup(t *testing.T) {
	s := &saver{}
	was := profile.Profile{Roller: "soft", Onboarded: true, SafetySeen: true}
	m, _ := newModel(t, Options{Setup: true, Profile: was, SaveProfile: s.save})
	if m.active != onboardingScreen || the[*onboarding](m).cursor != 0 || !strings.Contains(shown(m), "backroll · setup") {
		t.Fatalf("screen %v cursor %d:\n%s", m.active, the[*onboarding](m).cursor, shown(m))
	}
	keys(m, "enter")
	if the[*onboarding](m).cursor != 1 {
		t.Fatal("someone who has rolled before is not asked as a first-timer")
	}
	keys(m, "enter", "enter")
	readSafety(t, m)
	if !m.quitting || s.last(t) != was {
		t.Fatalf("quitting %v, saved %+v", m.quitting, s.last(t))
	}
}

// A save that fails is said on home; the answers still apply.
func TestProfileNotSaved(t *testing.T) {
	s := &saver{fail: errors.New("config.toml: permission denied")}
	m, _ := newBareModel(t, Options{SaveProfile: s.save})
	keys(m, "esc")
	if !strings.Contains(shown(m), "Your answers were not saved: config.toml: permission denied") || !m.opts.Profile.Onboarded {
		t.Fatalf("home:\n%s", shown(m))
	}
}

// backroll setup ends without a home to say a failed save on: the model
// keeps why, for the command line to say once the screen is gone (a full
// disk left config.toml as it was and said nothing).
func TestSetupNotSaved(t *testing.T) {
	s := &saver{fail: errors.New("no space left on device")}
	was := profile.Profile{Roller: "soft", Onboarded: true, SafetySeen: true}
	m, _ := newModel(t, Options{Setup: true, Profile: was, SaveProfile: s.save})
	keys(m, "down", "enter", "esc")
	if err := m.AnswersErr(); err == nil || err.Error() != "no space left on device" || m.AnswersSaved() {
		t.Fatalf("quitting %v, AnswersErr %v, AnswersSaved %v", m.quitting, err, m.AnswersSaved())
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

// Someone who read the red flags before a session from the command line
// is not shown them again as the first run's last question; setup, asked
// for, still goes through all four.
func TestOnboardingSkipsSafetyAlreadyRead(t *testing.T) {
	s := &saver{}
	m, _ := newBareModel(t, Options{SaveProfile: s.save, Profile: profile.Profile{FirstTime: true, SafetySeen: true}})
	if !strings.Contains(shown(m), "1 of 3") || !strings.Contains(shown(m), "Three quick questions") {
		t.Fatalf("first run after reading the red flags:\n%s", shown(m))
	}
	keys(m, "enter", "enter", "enter")
	if m.active != homeScreen || !s.last(t).SafetySeen {
		t.Fatalf("after three answers: screen %v, saved %+v", m.active, s.last(t))
	}
	m, _ = newBareModel(t, Options{SaveProfile: s.save, Setup: true, Profile: profile.Profile{Onboarded: true, SafetySeen: true}})
	keys(m, "enter", "enter", "enter")
	if the[*onboarding](m).step != stepSafety || !strings.Contains(shown(m), "4 of 4") {
		t.Fatalf("setup skipped the red flags:\n%s", shown(m))
	}
}

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

// readSafety reads the first run's red flags to their end, enter by
// enter, and says it has: enter reads on until all was shown.
func readSafety(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.quitting || m.active != onboardingScreen || the[*onboarding](m).step != stepSafety {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
}

// readRedFlags reads the red flags before a first session to their end,
// enter by enter, which then starts the session.
func readRedFlags(t *testing.T, m *Model) {
	t.Helper()
	for range 10 {
		if m.active != redFlagsScreen {
			return
		}
		keys(m, "enter")
	}
	t.Fatal("enter never got past the red flags")
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
