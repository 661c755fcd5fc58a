package plan

import (
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// The hold screen's reminders are this exercise's, for this person, and
// fit the line they are drawn on at 80 columns.
func TestHoldNotes(t *testing.T) {
	all, _ := content.RoutineByID("lower-back")
	p, err := coach.NewPlan(all, coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range content.Rollers {
		for _, first := range []bool{false, true} {
			notes := HoldNotes(p, profile.Profile{Roller: r.ID, FirstTime: first})
			for _, st := range p.Steps {
				ex := st.Exercise
				n := notes[ex.ID]
				if len(n) < len(ex.Mistakes)+len(ex.Tips) {
					t.Errorf("%s %s: %d notes", r.ID, ex.ID, len(n))
				}
				if note := r.Notes[ex.ID]; note != "" && n[0] != note {
					t.Errorf("%s %s: first note %q, want the roller's", r.ID, ex.ID, n[0])
				}
				for _, line := range n {
					if w := len([]rune(line)); w > 77 {
						t.Errorf("%q is %d wide", line, w)
					}
				}
			}
		}
	}
	trigger := HoldNotes(p, profile.Profile{Roller: "trigger-point"})
	if !strings.Contains(trigger["mid-back"][0], "lighter") || !strings.Contains(trigger["lats"][0], "lighter") {
		t.Errorf("a textured roller is not told to go lighter on the back: %q", trigger["mid-back"])
	}
	midBack, _ := content.ExerciseByID("mid-back")
	if plain := HoldNotes(p, profile.Profile{}); plain["mid-back"][0] != midBack.Ease {
		t.Errorf("mid-back's first note %q", plain["mid-back"][0])
	}
}

// A get-ready adds the roller's note for the exercise, then a
// first-timer's, and nothing for anyone else.
func TestSetupNotes(t *testing.T) {
	glutes, _ := content.ExerciseByID("glutes")
	if n := SetupNotes(glutes, profile.Profile{}); len(n) != 0 {
		t.Errorf("notes for no roller, not new: %q", n)
	}
	if n := SetupNotes(glutes, profile.Profile{FirstTime: true}); len(n) != 1 || n[0] != content.FirstTimeNote {
		t.Errorf("a first-timer's notes %q", n)
	}
	for _, r := range content.Rollers {
		n := SetupNotes(glutes, profile.Profile{Roller: r.ID, FirstTime: true})
		want := []string{content.FirstTimeNote}
		if note := r.Notes[glutes.ID]; note != "" {
			want = append([]string{note}, want...)
		}
		if strings.Join(n, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", r.ID, n, want)
		}
	}
}

// Every condition with every roller: the notes of each get-ready and hold
// are the rules' (coach/rules.Notes) first, so that someone who must press
// lightly hears it on every area and is never told a knot is fine.
func TestNotesAskTheRules(t *testing.T) {
	all, _ := content.RoutineByID("lower-back")
	for _, c := range content.Conditions {
		for _, r := range content.Rollers {
			prof := profile.Profile{Roller: r.ID, Conditions: profile.NewIDs(c.ID)}
			p, err := For(all, coach.Options{}, prof)
			if err != nil {
				t.Fatal(err)
			}
			holds := HoldNotes(p, prof)
			for _, st := range p.Steps {
				want := rules.Notes(st.Exercise.ID, prof)
				for name, got := range map[string][]string{"hold": holds[st.Exercise.ID], "get-ready": SetupNotes(st.Exercise, prof)} {
					if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
						t.Errorf("%s/%s %s %s: notes %q; want %q first", c.ID, r.ID, st.Exercise.ID, name, got, want)
					}
					if c.Gentle != "" && strings.Contains(strings.Join(got, " "), "knot") {
						t.Errorf("%s/%s %s %s: %q speaks of a knot", c.ID, r.ID, st.Exercise.ID, name, got)
					}
				}
			}
		}
	}
}
