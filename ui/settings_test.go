package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

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
			for range settingChoices()[f.Key] {
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

// The list stays put as the cursor moves down it, whatever the window:
// the words on what config.toml allows under it take as many lines for
// every setting.
func TestSettingsListStaysPut(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {100, 30}, {72, 24}} {
		m := settingsAt(t, sz)
		row := func() int {
			for i, l := range strings.Split(shown(m), "\n") {
				if strings.Contains(l, saved.Fields[0].Label) {
					return i
				}
			}
			t.Fatalf("no %q:\n%s", saved.Fields[0].Label, shown(m))
			return 0
		}
		first := row()
		for range saved.Fields[1:] {
			press(m, "down")
			if got := row(); got != first {
				t.Fatalf("%dx%d: the list moved from row %d to %d:\n%s", sz[0], sz[1], first, got, shown(m))
			}
		}
	}
}

// Times read in one style of units, as the get-ready's "5 s" does: a
// hold of a minute is "1 min", not a clock's "1:00".
func TestSettingsTimesInUnits(t *testing.T) {
	for d, want := range map[time.Duration]string{5 * time.Second: "5 s", 45 * time.Second: "45 s",
		time.Minute: "1 min", 75 * time.Second: "1 min 15 s", 2 * time.Minute: "2 min"} {
		if got := unitsOf(d); got != want {
			t.Errorf("unitsOf(%v) = %q; want %q", d, got, want)
		}
	}
	m := settingsAt(t, [2]int{80, 24})
	press(m, "right", "right", "right") // 30 s, 45 s, then a minute
	if s := shown(m); !strings.Contains(s, "‹ 1 min ›") || strings.Contains(s, "1:00") {
		t.Errorf("a hold of a minute is not in units:\n%s", s)
	}
}
