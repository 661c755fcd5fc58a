package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	saved "github.com/backroll/backroll/coach/settings"
)

// settingsAt opens the settings screen in a window of sz.
func settingsAt(t *testing.T, sz [2]int) *Model {
	t.Helper()
	m, _ := newModel(t, Options{Settings: saved.Default(), SaveSettings: func(saved.Settings) error { return nil }})
	m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
	homeTo(t, m, "Settings")
	press(m, "enter")
	if m.active != settingsScreen {
		t.Fatalf("screen %v; want the settings", m.active)
	}
	return m
}

// In a narrow, short window every setting can be reached, each value
// under the cursor reads whole whatever it is set to (no "…"), the
// screen fits, and the help line says how to save. 80x24 keeps a setting
// a row (TestSettingsPalettes holds it to its golden).
func TestSettingsFitNarrow(t *testing.T) {
	for _, sz := range [][2]int{{40, 12}, {50, 14}, {60, 16}, {80, 12}, {80, 24}} {
		m := settingsAt(t, sz)
		for i, f := range saved.Fields {
			for range settingChoices[f.Key] {
				name := fmt.Sprintf("%dx%d %s = %s", sz[0], sz[1], f.Key, settingShown(f, the[*settingsPage](m).now))
				checkFits(t, m, sz, name)
				s := flat(shown(m))
				if strings.Contains(s, "…") || !strings.Contains(s, "▸ "+f.Label) || !strings.Contains(s, flat("‹ "+settingShown(f, the[*settingsPage](m).now)+" ›")) {
					t.Errorf("%s: not whole:\n%s", name, shown(m))
				}
				press(m, "right")
			}
			if !strings.Contains(helpLine(m), "enter save") {
				t.Errorf("%dx%d: the help line %q does not say how to save", sz[0], sz[1], helpLine(m))
			}
			if i < len(saved.Fields)-1 {
				press(m, "down")
			}
		}
		press(m, "enter")
		if !strings.Contains(shown(m), "Saved to config.toml.") {
			t.Errorf("%dx%d: no word of the save:\n%s", sz[0], sz[1], shown(m))
		}
		checkFits(t, m, sz, fmt.Sprintf("%dx%d saved", sz[0], sz[1]))
	}
}

// TestSettingsNarrowGolden is the settings screen at 40x12: each value
// under its label, the list a scroll away in both directions, and after
// a save, the word of it with the list.
func TestSettingsNarrowGolden(t *testing.T) {
	m := settingsAt(t, [2]int{40, 12})
	var b strings.Builder
	fmt.Fprintf(&b, "open\n%s\n\n", shown(m))
	press(m, "down", "down", "down", "down", "right")
	fmt.Fprintf(&b, "cues changed\n%s\n\n", shown(m))
	press(m, "end", "enter")
	fmt.Fprintf(&b, "last, saved\n%s\n", shown(m))
	golden.RequireEqual(t, b.String())
}
