package cli

import (
	"testing"
	"time"

	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/ui"
)

// Over SSH without a TZ, the zone answered in the first-run questions is
// the app's clock from then on, this run included; locally it is never
// asked, and a session's TZ wins over the answers.
func TestAskZone(t *testing.T) {
	remote := Where{Remote: true}
	now, setZone := remote.clock()
	o := ui.Options{SaveProfile: func(profile.Profile) error { return nil }}
	remote.askZone(&o, setZone)
	if !o.AskZone {
		t.Fatal("over SSH without a TZ the zone is not asked")
	}
	if err := o.SaveProfile(profile.Profile{TimeZone: "Pacific/Kiritimati"}); err != nil {
		t.Fatal(err)
	}
	if z := now().Location().String(); z != "Pacific/Kiritimati" {
		t.Errorf("after the answer the app's clock is on %s", z)
	}
	for what, w := range map[string]Where{"locally": {}, "with a TZ": {Remote: true, Zone: time.UTC}} {
		o := ui.Options{}
		w.askZone(&o, setZone)
		if o.AskZone {
			t.Errorf("%s the zone is asked", what)
		}
	}
	w := Where{Remote: true}
	w.zoneFrom(profile.Profile{TimeZone: "Pacific/Kiritimati"})
	tz := Where{Remote: true, Zone: time.UTC}
	tz.zoneFrom(profile.Profile{TimeZone: "Pacific/Kiritimati"})
	local := Where{}
	local.zoneFrom(profile.Profile{TimeZone: "Pacific/Kiritimati"})
	if w.Zone == nil || w.Zone.String() != "Pacific/Kiritimati" || tz.Zone != time.UTC || local.Zone != nil {
		t.Errorf("zones from the answers: over SSH %v, with a TZ %v, locally %v", w.Zone, tz.Zone, local.Zone)
	}
}
