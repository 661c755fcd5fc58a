package ui

import (
	"maps"
	"slices"
	"strings"
	"testing"

	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/ui/cues"
)

// Every cue --cues and config.toml take can be chosen on the Settings
// screen too, notify-always among them: tmux's default focus-events off
// keeps plain notify silent.
func TestSettingsOfferEveryCue(t *testing.T) {
	offered := map[string]bool{}
	for _, c := range settingChoices()["session.cues"] {
		var s saved.Settings
		c.set(&s)
		if _, err := cues.Chosen(s.Cues); err != nil {
			t.Errorf("the choice %q is not a valid list: %v", c.show, err)
		}
		for _, name := range s.Cues {
			offered[name] = true
		}
	}
	for _, name := range strings.Split(cues.Known(), ", ") {
		if !offered[name] {
			t.Errorf("Settings never offer the cue %q (offered: %v)", name, slices.Sorted(maps.Keys(offered)))
		}
	}
}
