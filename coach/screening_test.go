package coach

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/content"
)

// Each screening answer changes the plan as the screening question says,
// and the plan says why.
func TestScreeningChangesThePlan(t *testing.T) {
	everything := content.Routine{ID: "all", Name: "all", CatCow: true, Items: []content.Item{
		{Exercise: "mid-back"}, {Exercise: "lats"}, {Exercise: "glutes"}, {Exercise: "hip-flexors"},
	}}
	tests := []struct {
		name     string
		o        Options
		want     []string // the steps' exercises, one per exercise
		noTender bool
		whyHolds []string // words the plan's changes must hold
		finisher bool
	}{
		{"none", Options{}, []string{"mid-back", "lats", "glutes", "hip-flexors"}, false, nil, true},
		{"pregnancy", Options{Conditions: []string{content.Pregnancy}},
			[]string{content.MidBackWall, "lats", "glutes"}, false, []string{"wall", "pregnant"}, true},
		{"osteoporosis", Options{Conditions: []string{content.Osteoporosis}},
			[]string{"glutes", "hip-flexors"}, false, []string{"spine", "ribs"}, true},
		{"pregnancy and osteoporosis", Options{Conditions: []string{content.Pregnancy, content.Osteoporosis}},
			[]string{"glutes"}, false, []string{"spine", "ribs", "pregnant"}, true},
		{"blood thinners", Options{Conditions: []string{content.BloodThinners}},
			[]string{"mid-back", "lats", "glutes", "hip-flexors"}, true, []string{"tender"}, true}, // the soft roller: rules.GentleNote
		{"varicose veins", Options{Conditions: []string{content.VaricoseVeins}},
			[]string{"mid-back", "lats", "glutes"}, false, []string{"veins"}, true},
		{"a recent injury at the glutes", Options{Conditions: []string{content.RecentInjury}, Avoid: []string{"glutes"}},
			[]string{"mid-back", "lats", "hip-flexors"}, false, []string{"injury"}, true},
		{"an area to avoid without the condition is still avoided", Options{Avoid: []string{"lats"}},
			[]string{"mid-back", "glutes", "hip-flexors"}, false, []string{"injury"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewPlan(everything, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range p.Steps {
				if len(got) == 0 || got[len(got)-1] != s.Exercise.ID {
					got = append(got, s.Exercise.ID)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("steps %v; want %v", got, tt.want)
			}
			if p.NoTender != tt.noTender {
				t.Errorf("no tender-spot holds: %v; want %v", p.NoTender, tt.noTender)
			}
			if p.Finisher != tt.finisher {
				t.Errorf("finisher %v; want %v", p.Finisher, tt.finisher)
			}
			why := strings.ToLower(strings.Join(p.Changes, " "))
			for _, w := range tt.whyHolds {
				if !strings.Contains(why, w) {
					t.Errorf("the plan's reasons %q do not say %q", p.Changes, w)
				}
			}
			if len(tt.whyHolds) == 0 && len(p.Changes) > 0 {
				t.Errorf("changes %q with no condition", p.Changes)
			}
		})
	}
}

// A routine whose every area is left out, and that has no finisher, is
// no session: the error says why.
func TestScreeningCanLeaveNothing(t *testing.T) {
	r := content.Routine{ID: "hips", Name: "hips", Items: []content.Item{{Exercise: "hip-flexors"}}}
	_, err := NewPlan(r, Options{Conditions: []string{content.VaricoseVeins}})
	if err == nil || !strings.Contains(err.Error(), "veins") {
		t.Fatalf("error %v; want one that says the veins leave nothing", err)
	}
}

// Tender-spot holds are off on blood thinners: k starts none, and says why.
func TestNoTenderOnBloodThinners(t *testing.T) {
	s, c := start(t, "mid-back", Options{Conditions: []string{content.BloodThinners}})
	s.StartNow(c.now())
	if s.Tender(c.now()) {
		t.Fatal("a tender-spot hold started on blood thinners")
	}
	if st := s.State(c.now()); st.Tender || st.Why != WhyNoTenderHere {
		t.Errorf("after k: tender %v, why %q; want no spot and %q", st.Tender, st.Why, WhyNoTenderHere)
	}
}

// Screen says what the answers make of one area, in a sentence that reads
// right for the area ("The lats are", "The mid-back is") and in a few
// words for a list.
func TestScreenArea(t *testing.T) {
	tests := []struct {
		area        string
		conds       []string
		avoid       []string
		leftOut     bool
		rolled      string // the exercise rolled in its place
		reason, why string // why: the start of the sentence
	}{
		{"lats", nil, nil, false, "lats", "", ""},
		{"lats", []string{content.RecentInjury}, []string{"lats"}, true, "lats", "recent injury", "The lats are left out: "},
		{"mid-back", []string{content.Osteoporosis}, nil, true, "mid-back", "osteoporosis", "The mid-back is left out: "},
		{"lats", []string{content.Osteoporosis}, nil, true, "lats", "osteoporosis", "The lats are left out: "},
		{"mid-back", []string{content.Pregnancy}, nil, false, content.MidBackWall, "pregnancy", "The mid-back is rolled standing against a wall: "},
		{"hip-flexors", []string{content.Pregnancy}, nil, true, "hip-flexors", "pregnancy", "The hip flexors are left out: "},
		{"hip-flexors", []string{content.VaricoseVeins}, nil, true, "hip-flexors", "varicose veins", "The hip flexors are left out: "},
		{"glutes", []string{content.RecentInjury}, []string{"glutes"}, true, "glutes", "recent injury", "The glutes are left out: "},
		// An injury there wins over a stand-in: the wall rolls the same spot.
		{"mid-back", []string{content.Pregnancy, content.RecentInjury}, []string{"mid-back"}, true, "mid-back", "recent injury", "The mid-back is left out: "},
		{"glutes", []string{content.BloodThinners, content.Pregnancy}, nil, false, "glutes", "", ""},
	}
	for _, tt := range tests {
		ex, _ := content.ExerciseByID(tt.area)
		got := Screen(ex, tt.conds, tt.avoid)
		name := fmt.Sprint(tt.area, tt.conds, tt.avoid)
		if got.Area.ID != tt.area || got.LeftOut != tt.leftOut || got.Rolled.ID != tt.rolled || got.Reason != tt.reason {
			t.Errorf("%s: %+v; want left out %v, rolled %s, reason %q", name, got, tt.leftOut, tt.rolled, tt.reason)
		}
		if !strings.HasPrefix(got.Why, tt.why) || (tt.why == "") != (got.Why == "") {
			t.Errorf("%s: why %q; want it to start %q", name, got.Why, tt.why)
		}
	}
}

// The plan lists the areas its routine names that the answers leave out,
// each once, in the routine's order, with the reasons it says.
func TestPlanLeftOut(t *testing.T) {
	r := content.Routine{ID: "lb", Name: "lb", CatCow: true, Items: []content.Item{
		{Exercise: "glutes"}, {Exercise: "hip-flexors"}, {Exercise: "mid-back"}, {Exercise: "lats", Side: "left"}, {Exercise: "lats", Side: "right"},
	}}
	p, err := NewPlan(r, Options{Conditions: []string{content.Pregnancy, content.RecentInjury}, Avoid: []string{"lats"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range p.LeftOut {
		got = append(got, l.Area.ID+": "+l.Reason)
	}
	if want := []string{"hip-flexors: pregnancy", "lats: recent injury"}; !slices.Equal(got, want) {
		t.Errorf("left out %q; want %q", got, want)
	}
	for _, c := range p.Changes {
		if !strings.HasPrefix(c, "The ") || strings.Contains(c, "s is left out") {
			t.Errorf("a change does not read as a sentence: %q", c)
		}
	}
}

// A routine whose every area is left out is no session even with cat-cow
// to close it: a "lats" routine of cat-cow alone would be no lats at all.
func TestScreeningLeavesOnlyCatCow(t *testing.T) {
	lats, _ := content.RoutineByID("lats")
	_, err := NewPlan(lats, Options{Conditions: []string{content.RecentInjury}, Avoid: []string{"lats"}})
	if err == nil || !strings.Contains(err.Error(), "The lats are left out") {
		t.Fatalf("error %v; want one that says the lats are left out", err)
	}
	// A routine that names no area at all is still cat-cow alone.
	if _, err := NewPlan(content.Routine{ID: "cc", Name: "cc", CatCow: true}, Options{}); err != nil {
		t.Errorf("cat-cow alone: %v", err)
	}
}

// A recent injury with no area chosen leaves nothing out, and the plan
// says so and what to do instead, at every session.
func TestInjuryWithNoArea(t *testing.T) {
	nightly, _ := content.RoutineByID("nightly")
	p, err := NewPlan(nightly, Options{Conditions: []string{content.RecentInjury}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.LeftOut) != 0 || len(p.Steps) != 3 {
		t.Errorf("left out %v, %d steps; want nothing left out", p.LeftOut, len(p.Steps))
	}
	if len(p.Changes) != 1 || p.Changes[0] != WhyInjuryNoArea {
		t.Errorf("changes %q; want %q", p.Changes, WhyInjuryNoArea)
	}
}

// LeftOut is the plan's list, and is there too when nothing is left to
// roll: the pickers mark such a routine rather than offer it.
func TestLeftOutOfARoutine(t *testing.T) {
	lats, _ := content.RoutineByID("lats")
	conds, avoid := []string{content.RecentInjury}, []string{"lats"}
	got := LeftOut(lats, conds, avoid)
	if len(got) != 1 || got[0].Area.ID != "lats" || got[0].Reason != "recent injury" {
		t.Fatalf("left out of lats: %+v", got)
	}
	if !NothingLeft(lats, conds, avoid) {
		t.Error("lats with the lats left out has something left")
	}
	lower, _ := content.RoutineByID("lower-back")
	if NothingLeft(lower, conds, avoid) {
		t.Error("lower back relief without the lats has nothing left")
	}
	p, _ := NewPlan(lower, Options{Conditions: conds, Avoid: avoid})
	if l := LeftOut(lower, conds, avoid); len(l) != len(p.LeftOut) || l[0].Why != p.LeftOut[0].Why {
		t.Errorf("LeftOut %+v; the plan's %+v", l, p.LeftOut)
	}
	if NothingLeft(content.Routine{ID: "cc", CatCow: true}, conds, avoid) {
		t.Error("cat-cow alone, which names no area, has nothing left")
	}
}
