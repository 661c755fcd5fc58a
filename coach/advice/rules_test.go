package advice

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// with is p with the conditions added.
func with(p profile.Profile, conds ...string) profile.Profile {
	for _, c := range conds {
		p.Conditions = p.Conditions.With(c, true)
	}
	return p
}

// avoiding is p with a recent injury at the areas.
func avoiding(p profile.Profile, areas ...string) profile.Profile {
	p = with(p, content.RecentInjury)
	for _, a := range areas {
		p.Avoid = p.Avoid.With(a, true)
	}
	return p
}

// Every condition against every offer the advice makes: a step or extra
// time the rules refuse is never offered, and a refused step gives way to
// the next one they allow.
func TestAdviceFollowsTheRules(t *testing.T) {
	stages := []struct {
		offer rules.Offer
		prof  profile.Profile
		recs  []history.Record
	}{
		{rules.LongerHolds, firstTimer, sessions(six)},
		{rules.AddLats, graduated, sessions(six)},
		{rules.FirmerRoller, graduated, sessions(six, withLats)},
	}
	conds := []string{""} // none
	for _, c := range content.Conditions {
		conds = append(conds, c.ID)
	}
	for _, c := range conds {
		for _, st := range stages {
			for _, avoid := range []string{"", "lats"} {
				prof := with(st.prof, c)
				if c == "" {
					prof = st.prof
				}
				if avoid != "" {
					prof = avoiding(prof, avoid)
				}
				name := fmt.Sprintf("%s/%s/avoid %q", c, st.offer, avoid)
				a := Advise(st.recs, prof, days, now)
				// The step offered is the first, in order, still to take
				// that the rules allow.
				var want rules.Offer
				for _, o := range []rules.Offer{rules.LongerHolds, rules.AddLats, rules.FirmerRoller} {
					if ok, _ := rules.May(o, prof); ok && due(o, prof, st.recs) {
						want = o
						break
					}
				}
				got := rules.Offer("")
				if a.Next != nil {
					got = a.Next.Kind
				}
				if got != want {
					t.Errorf("%s: next %q; want %q", name, got, want)
				}
				if ok, _ := rules.May(got, prof); got != "" && !ok {
					t.Errorf("%s: offered %q, which the rules refuse", name, got)
				}
			}
		}
		// Extra time on a spot that keeps coming up tender.
		prof := with(withAll, c)
		if c == "" {
			prof = withAll
		}
		a := Advise(sessions(six, tenderAt("glutes", "left")), prof, days, now)
		ok, _ := rules.May(rules.TenderExtra, prof)
		if len(a.Tender) != 1 || (a.Tender[0].Extra > 0) != ok || strings.Contains(a.Tender[0].Said(time.Minute), "+") != ok {
			t.Errorf("%s: tender %+v; extra time allowed: %v", c, a.Tender, ok)
		}
	}
}

// due reports whether step o is still to take for prof, its history
// aside: holds not yet full, the lats never rolled, soft foam.
func due(o rules.Offer, prof profile.Profile, recs []history.Record) bool {
	switch o {
	case rules.LongerHolds:
		return prof.FirstTime
	case rules.AddLats:
		for _, r := range recs {
			if r.Exercise == "lats" {
				return false
			}
		}
		return !prof.Lats
	case rules.FirmerRoller:
		return prof.Roller == "soft"
	}
	return false
}
