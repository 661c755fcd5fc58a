package plan

import (
	"slices"
	"testing"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// A member brings their screening answers to a class, and the rules'
// no tender-spot holds on blood thinners.
func TestClassMember(t *testing.T) {
	r := routine(t, "nightly")
	you := ClassMember(r, profile.Profile{Conditions: profile.NewIDs(content.RecentInjury, content.BloodThinners), Avoid: profile.NewIDs("glutes")})
	if !you.NoTender || !slices.Equal(you.Avoid, []string{"glutes"}) || !slices.Contains(you.Conditions, content.BloodThinners) {
		t.Errorf("a member on blood thinners with an injured glute brings %+v", you)
	}
	if you := ClassMember(r, profile.Profile{}); you.NoTender || len(you.Avoid)+len(you.Conditions) != 0 {
		t.Errorf("no answers bring %+v", you)
	}
}
