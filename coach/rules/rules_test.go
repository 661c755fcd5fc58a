package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// Every condition, alone and with a recent injury at the lats, against
// every offer: what May allows, and that a refusal says why.
func TestMayEveryConditionEveryOffer(t *testing.T) {
	// The offers each condition refuses, alone.
	refused := map[string][]Offer{
		"":                     nil,
		content.Pregnancy:      nil,
		content.Osteoporosis:   {AddLats, FirmerRoller, TenderExtra},
		content.BloodThinners:  {FirmerRoller, TenderExtra},
		content.RecentInjury:   nil, // with no area ticked, nothing is left out
		content.VaricoseVeins:  nil,
		"injury at the lats":   {AddLats},
		"thinners, lats hurt":  {AddLats, FirmerRoller, TenderExtra},
		"pregnancy, thinners":  {FirmerRoller, TenderExtra},
		"osteoporosis, veins":  {AddLats, FirmerRoller, TenderExtra},
		"injury at the glutes": nil,
	}
	profs := map[string]profile.Profile{
		"":                     {},
		"injury at the lats":   {Conditions: profile.NewIDs(content.RecentInjury), Avoid: profile.NewIDs("lats")},
		"thinners, lats hurt":  {Conditions: profile.NewIDs(content.BloodThinners, content.RecentInjury), Avoid: profile.NewIDs("lats")},
		"pregnancy, thinners":  {Conditions: profile.NewIDs(content.Pregnancy, content.BloodThinners)},
		"osteoporosis, veins":  {Conditions: profile.NewIDs(content.Osteoporosis, content.VaricoseVeins)},
		"injury at the glutes": {Conditions: profile.NewIDs(content.RecentInjury), Avoid: profile.NewIDs("glutes")},
	}
	for _, c := range content.Conditions {
		profs[c.ID] = profile.Profile{Conditions: profile.NewIDs(c.ID)}
	}
	if len(profs) != len(refused) {
		t.Fatalf("%d profiles for %d expectations", len(profs), len(refused))
	}
	for name, prof := range profs {
		for _, o := range Offers {
			for _, roller := range []string{"", "soft", "trigger-point"} {
				prof.Roller = roller // the roller never changes what may be offered
				ok, why := May(o, prof)
				want := !slices.Contains(refused[name], o)
				if ok != want {
					t.Errorf("%q (%s roller): May(%s) = %v; want %v", name, roller, o, ok, want)
				}
				if ok != (why == "") {
					t.Errorf("%q: May(%s) = %v with why %q; a refusal, and only one, says why", name, o, ok, why)
				}
			}
		}
	}
}

// Why a refusal is made names the condition, or the screening's own
// reason for leaving the area out.
func TestMayWhy(t *testing.T) {
	tests := []struct {
		prof profile.Profile
		o    Offer
		want string
	}{
		{profile.Profile{Conditions: profile.NewIDs(content.BloodThinners)}, FirmerRoller, "Light pressure only with blood thinners."},
		{profile.Profile{Conditions: profile.NewIDs(content.BloodThinners, content.Osteoporosis)}, TenderExtra, "Light pressure only with osteoporosis and blood thinners."},
		{profile.Profile{Conditions: profile.NewIDs(content.Osteoporosis)}, AddLats, "The lats are left out: no weight on the ribs with osteoporosis."},
		{profile.Profile{Avoid: profile.NewIDs("lats")}, AddLats, "The lats are left out: you have a recent injury there."},
	}
	for _, tt := range tests {
		if _, why := May(tt.o, tt.prof); why != tt.want {
			t.Errorf("May(%s, %v) says %q; want %q", tt.o, tt.prof.Conditions, why, tt.want)
		}
	}
}

// The notes at each area for every condition and every roller: light
// pressure said where it matters, and nothing that invites more pressure
// said to someone who must press lightly.
func TestNotesEveryConditionEveryRoller(t *testing.T) {
	invites := []string{"knot", "+", "firmer", "longer"} // words that add pressure or time
	for _, c := range append([]content.Condition{{ID: "none"}}, content.Conditions...) {
		for _, r := range content.Rollers {
			for _, ex := range content.Exercises {
				prof := profile.Profile{Roller: r.ID, Conditions: profile.NewIDs(c.ID)}
				if c.ID == "none" {
					prof.Conditions = ""
				}
				notes := Notes(ex.ID, prof)
				name := fmt.Sprintf("%s/%s/%s", c.ID, r.ID, ex.ID)
				all := strings.Join(notes, " | ")
				if c.Gentle != "" {
					if len(notes) == 0 || notes[0] != GentleNote(prof) || !strings.Contains(notes[0], c.Gentle) {
						t.Errorf("%s: notes %q; want %q first", name, notes, c.Gentle)
					}
					for _, w := range invites {
						if strings.Contains(all, w) {
							t.Errorf("%s: notes %q say %q to someone who must press lightly", name, notes, w)
						}
					}
					if r.Firm && !slices.Contains(notes, content.FirmRollerCaution) {
						t.Errorf("%s: notes %q; want the firm roller's caution", name, notes)
					}
					continue
				}
				// Otherwise the roller's own note, as content has it.
				var want []string
				if n := r.Notes[ex.ID]; n != "" {
					want = []string{n}
				}
				if !slices.Equal(notes, want) {
					t.Errorf("%s: notes %q; want %q", name, notes, want)
				}
			}
		}
	}
}

// Both light-pressure conditions give one note with both reasons, once:
// two lines saying "light pressure" twice read as two different rules.
func TestNotesBothGentle(t *testing.T) {
	prof := profile.Profile{Roller: "soft", Conditions: profile.NewIDs(content.BloodThinners, content.Osteoporosis)}
	want := []string{"Light pressure and a soft roller: go easy on your bones, and you bruise more easily."}
	if got := Notes("glutes", prof); !slices.Equal(got, want) {
		t.Errorf("notes %q; want %q", got, want)
	}
}

// Osteoporosis gets the small cat-cow, everyone else the full one.
func TestFinisher(t *testing.T) {
	for _, c := range content.Conditions {
		got := Finisher(profile.Profile{Conditions: profile.NewIDs(c.ID)})
		small := got.Cat == content.CatCowSmall.Cat
		if small != (c.ID == content.Osteoporosis) {
			t.Errorf("%s: small cat-cow %v", c.ID, small)
		}
	}
	if Finisher(profile.Profile{}).Cat != content.CatCow.Cat {
		t.Error("no condition: not the full cat-cow")
	}
}
