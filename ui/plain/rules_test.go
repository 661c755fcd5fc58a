package plain

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	book "github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// planFor is routine as the rule book builds it for prof, as backroll
// start does.
func planFor(t *testing.T, routine string, o coach.Options, prof profile.Profile) coach.Plan {
	t.Helper()
	r, _ := content.RoutineByID(routine)
	p, err := book.For(r, o, prof)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func with(conds ...string) profile.Profile {
	p := regular
	p.Conditions = profile.NewIDs(conds...)
	return p
}

// On a tender spot, + adds no time for someone whose answers call for
// light pressure, and says why in the rules' words; elsewhere it adds as
// usual.
func TestPlainNoExtraOnATenderSpot(t *testing.T) {
	for _, tt := range []struct {
		name string
		prof profile.Profile
		adds bool
	}{
		{"osteoporosis", with(content.Osteoporosis), false},
		{"no condition", regular, true},
	} {
		out, _, _, _ := run(t, planFor(t, "glutes", coach.Options{}, tt.prof), tt.prof,
			press{20 * time.Second, 'k'}, press{25 * time.Second, '+'}, press{30 * time.Second, 'q'}, press{31 * time.Second, 'y'})
		refused := strings.Contains(out, "No more time on a tender spot. Light pressure only with osteoporosis.")
		if refused == tt.adds || strings.Contains(out, "15 seconds more:") != tt.adds {
			t.Errorf("%s: + on a tender spot added %v; want %v:\n%s", tt.name, !refused, tt.adds, out)
		}
	}
}

// The keys line offers what the keys do for this person and this plan:
// k only where tender spots are held, + only where an area has room, and
// not on a tender spot for light pressure; asked with ?, it says what
// they do now.
func TestPlainKeysLineAsksTheRules(t *testing.T) {
	const (
		k      = "k tender spot"
		eased  = "k spot eased"
		plus   = "+ 15 seconds more"
		notOn  = "+ 15 seconds more, not on a tender spot"
		keysAt = "Keys: "
	)
	for _, tt := range []struct {
		name     string
		prof     profile.Profile
		hold     time.Duration
		intro    []string // in the keys line said first...
		notIntro []string // ...and not
		spot     []string // in the line ? says on a tender spot...
		notSpot  []string
	}{
		{"no condition", regular, 0, []string{k, plus}, []string{notOn}, []string{eased, plus}, nil},
		{"osteoporosis", with(content.Osteoporosis), 0, []string{k, notOn}, nil, []string{eased}, []string{"+ "}},
		{"blood thinners", with(content.BloodThinners), 0, []string{plus}, []string{"k ", notOn}, nil, nil},
		{"two-minute holds", regular, coach.MaxHold, []string{k}, []string{"+ "}, []string{eased}, []string{"+ "}},
	} {
		p := planFor(t, "glutes", coach.Options{Hold: tt.hold}, tt.prof)
		out, _, _, _ := run(t, p, tt.prof,
			press{20 * time.Second, 'k'}, press{21 * time.Second, '?'}, press{30 * time.Second, 'q'}, press{31 * time.Second, 'y'})
		var lines []string
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, keysAt) {
				lines = append(lines, l)
			}
		}
		if len(lines) != 2 {
			t.Fatalf("%s: %d keys lines:\n%s", tt.name, len(lines), out)
		}
		check := func(when, line string, in, notIn []string) {
			for _, w := range in {
				if !strings.Contains(line, w) {
					t.Errorf("%s, %s: %q does not offer %q", tt.name, when, line, w)
				}
			}
			for _, w := range notIn {
				if strings.Contains(line, w) {
					t.Errorf("%s, %s: %q offers %q", tt.name, when, line, w)
				}
			}
		}
		check("at the start", lines[0], tt.intro, tt.notIntro)
		if !p.NoTender {
			check("on a tender spot", lines[1], tt.spot, tt.notSpot)
		}
	}
}

// k on blood thinners starts no spot and says why, rather than nothing.
func TestPlainNoTenderSaysWhy(t *testing.T) {
	prof := with(content.BloodThinners)
	out, _, _, _ := run(t, planFor(t, "glutes", coach.Options{}, prof), prof,
		press{20 * time.Second, 'k'}, press{30 * time.Second, 'q'}, press{31 * time.Second, 'y'})
	if !strings.Contains(out, coach.WhyNoTenderHere) {
		t.Errorf("k on blood thinners said nothing of why:\n%s", out)
	}
}
