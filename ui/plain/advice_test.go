package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// runAdvised is run with the history's advice.
func runAdvised(t *testing.T, p coach.Plan, prof profile.Profile, adv advice.Advice, presses ...press) string {
	t.Helper()
	c := newFakeClock(t, presses...)
	var out bytes.Buffer
	Run(context.Background(), Options{Plan: p, Profile: prof, Journal: &memJournal{}, Clock: c, Advice: adv}, c.keyChan(), &out)
	return out.String()
}

// Plain mode says the history's advice as the full screen shows it: the
// word to go lighter with the routine, a spot tender session after session
// as its hold starts, with + offered only where a key can be pressed.
func TestPlainSaysTheAdvice(t *testing.T) {
	adv := advice.Advice{
		Lighter: &advice.Caution{Worse: true, Note: "Your back has been feeling worse after rolling lately."},
		Tender: []advice.Spot{{Exercise: "glutes", Side: "right", Extra: 15 * time.Second,
			Note: "Right glute: tender in 3 of your last 3 sessions. Slow down there and breathe into it. Press + to stay 15 s longer."}},
	}
	out := runAdvised(t, plan(t, "glutes", coach.Options{}), regular, adv)
	inOrder(t, out,
		"backroll, glutes routine",
		adv.Lighter.Note,
		"Right glute, figure four: hold for 1 minute.",
		"Right glute: tender in 3 of your last 3 sessions. Slow down there and breathe into it.",
	)
	if strings.Contains(out, "Press +") {
		t.Errorf("a pipe is offered a key:\n%s", out)
	}
	if strings.Count(out, "tender in 3") != 1 {
		t.Errorf("the left glute, never tender, was named too:\n%s", out)
	}
	out = runAdvised(t, plan(t, "glutes", coach.Options{}), regular, adv, press{200 * time.Second, 'q'}, press{201 * time.Second, 'y'})
	if !strings.Contains(out, "breathe into it. Press + to stay 15 s longer.") {
		t.Errorf("a terminal is not offered +:\n%s", out)
	}
}

// On a tender spot, + adds no time for someone whose answers call for
// light pressure, and says why; elsewhere it adds as usual.
func TestPlainNoExtraOnATenderSpot(t *testing.T) {
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
		out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), tt.prof,
			press{20 * time.Second, 'k'}, press{25 * time.Second, '+'}, press{30 * time.Second, 'q'}, press{31 * time.Second, 'y'})
		refused := strings.Contains(out, "No time to add on a tender spot: light pressure only.")
		if refused == tt.adds || strings.Contains(out, "15 seconds more:") != tt.adds {
			t.Errorf("%s: + on a tender spot added %v; want %v:\n%s", tt.name, !refused, tt.adds, out)
		}
	}
}
