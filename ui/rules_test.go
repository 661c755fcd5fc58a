package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// With osteoporosis, + adds no time on a tender spot and the help line
// does not offer it there; off the spot, and for anyone else, it does.
func TestNoExtraOnATenderSpotForLightPressure(t *testing.T) {
	osteo := regular
	osteo.Conditions = profile.NewIDs(content.Osteoporosis)
	for _, tt := range []struct {
		name string
		prof profile.Profile
		adds bool
	}{
		{"osteoporosis", osteo, false},
		{"no condition", regular, true},
	} {
		m, c := newModel(t, Options{Routine: "glutes", Profile: tt.prof})
		runAll(m, m.Init())
		wait(m, c, 5*time.Second)
		wait(m, c, 10*time.Second)
		if !strings.Contains(helpLine(m), "+ 15 s") {
			t.Errorf("%s: off a tender spot, + is not offered: %q", tt.name, helpLine(m))
		}
		press(m, "k")
		if strings.Contains(helpLine(m), "+ 15 s") != tt.adds {
			t.Errorf("%s: on a tender spot, help %q; + offered: want %v", tt.name, helpLine(m), tt.adds)
		}
		before := m.session.s.State(c.now()).Length
		press(m, "+")
		if added := m.session.s.State(c.now()).Length > before; added != tt.adds {
			t.Errorf("%s: + on a tender spot added time: %v; want %v", tt.name, added, tt.adds)
		}
		// Pressed all the same, + says why it adds nothing, in the rules' words.
		if said := strings.Contains(words(m), "No more time on a tender spot. Light pressure only with osteoporosis."); said == tt.adds {
			t.Errorf("%s: the reason shown %v; want %v:\n%s", tt.name, said, !tt.adds, shown(m))
		}
	}
}

// With osteoporosis the cat-cow is the small one: no full rounding.
func TestSmallCatCowForOsteoporosis(t *testing.T) {
	osteo := regular
	osteo.Conditions = profile.NewIDs(content.Osteoporosis)
	m, c := newModel(t, Options{Routine: "glutes", Profile: osteo})
	runAll(m, m.Init())
	for range 2 { // both glutes
		press(m, "n")
	}
	if !strings.Contains(words(m), content.CatCowSmall.Position) {
		t.Errorf("the cat-cow's get-ready is not the small one:\n%s", shown(m))
	}
	press(m, "space")
	wait(m, c, 7*time.Second) // into the first out-breath
	if s := words(m); !strings.Contains(s, content.CatCowSmall.Cat) || strings.Contains(s, content.CatCow.Cat) {
		t.Errorf("the cat-cow is not the small one:\n%s", shown(m))
	}
}
