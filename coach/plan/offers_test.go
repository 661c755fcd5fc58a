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

// Every condition (alone, and with each other one) x every roller x every
// built-in routine, with every step up taken, against every offer as the
// plan the person rolls makes it: a firmer roller, + on a tender spot, a
// note that invites pressure ("fine for a knot"), the light-pressure note,
// the lats on the ribs, the cat-cow's range, and no area the answers leave
// out brought back by a step.
func TestEveryConditionEveryOffer(t *testing.T) {
	var sets [][]string
	for i, a := range content.Conditions {
		sets = append(sets, []string{a.ID})
		for _, b := range content.Conditions[i+1:] {
			sets = append(sets, []string{a.ID, b.ID})
		}
	}
	sets = append(sets, nil)
	for _, ids := range sets {
		var gentle []string // the light-pressure notes these conditions call for
		for _, id := range ids {
			if c, _ := content.ConditionByID(id); c.Gentle != "" {
				gentle = append(gentle, c.Gentle)
			}
		}
		osteo := slices.Contains(ids, content.Osteoporosis)
		for _, roller := range content.Rollers {
			prof := profile.Profile{Conditions: profile.NewIDs(ids...), Roller: roller.ID, Lats: true}
			name := strings.Join(ids, "+") + "/" + roller.ID
			if ok, _ := rules.May(rules.FirmerRoller, prof); ok == (len(gentle) > 0) {
				t.Errorf("%s: a firmer roller offered %v", name, ok)
			}
			if ok, _ := rules.May(rules.AddLats, prof); ok == osteo {
				t.Errorf("%s: the lats offered %v", name, ok)
			}
			if small := rules.Finisher(prof).Cat == content.CatCowSmall.Cat; small != osteo {
				t.Errorf("%s: small cat-cow %v", name, small)
			}
			for _, r := range content.Routines {
				p, err := For(r, coach.Options{}, prof)
				if err != nil {
					if !NothingLeft(r, prof) {
						t.Errorf("%s %s: %v", name, r.ID, err)
					}
					continue
				}
				if (p.NoTenderAdd != "") != (len(gentle) > 0) {
					t.Errorf("%s %s: + on a tender spot refused %q", name, r.ID, p.NoTenderAdd)
				}
				notes := HoldNotes(p, prof)
				for _, st := range p.Steps {
					if tip, _ := content.TipByID(stayOnSpot); p.NoTender && slices.Contains(notes[st.Exercise.ID], tip.Hint) {
						t.Errorf("%s %s %s: no tender-spot holds, yet the reminders say %q", name, r.ID, st.Title(), tip.Hint)
					}
					if sc := coach.Screen(st.Exercise, prof.Conditions.List(), nil); sc.LeftOut {
						t.Errorf("%s %s: %s rolled though left out: %s", name, r.ID, st.Title(), sc.Why)
					}
					if osteo && st.Exercise.ID == "lats" {
						t.Errorf("%s %s: the lats rolled with osteoporosis", name, r.ID)
					}
					for what, n := range map[string][]string{"hold": notes[st.Exercise.ID], "get-ready": SetupNotes(st.Exercise, prof)} {
						if len(gentle) == 0 {
							continue
						}
						if len(n) == 0 || n[0] != rules.GentleNote(prof) || !containsAll(n[0], gentle) {
							t.Errorf("%s %s %s %s: notes %q; want one note with %q first", name, r.ID, st.Title(), what, n, gentle)
						}
						if all := strings.Join(n, " "); strings.Contains(all, "knot") || strings.Contains(all, "firmer") {
							t.Errorf("%s %s %s %s: %q invites pressure", name, r.ID, st.Title(), what, n)
						}
					}
				}
			}
		}
	}
}

// containsAll reports whether s holds every one of parts.
func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
