package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/content"
)

// The search narrows the list as each letter is typed; ? is a letter
// there; esc gives the whole list back, and esc again goes home.
func TestTipsSearch(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "/")
	if !strings.Contains(helpLine(m), "esc cancel") || strings.Contains(helpLine(m), "enter done") {
		t.Fatalf("help while the search is empty: %q", helpLine(m))
	}
	var counts []int
	for _, r := range "peanut" {
		typeText(m, string(r))
		counts = append(counts, len(the[*tips](m).list.VisibleItems()))
	}
	if !slices.IsSortedFunc(counts, func(a, b int) int { return b - a }) || counts[len(counts)-1] != 1 {
		t.Fatalf("matches while typing %v, want them to narrow to 1", counts)
	}
	if got := the[*tips](m).list.VisibleItems()[0].(tipItem).ID; got != "peanut-roller" {
		t.Fatalf("found %q", got)
	}
	typeText(m, "?")
	if m.help.ShowAll || the[*tips](m).list.FilterInput.Value() != "peanut?" {
		t.Fatalf("? toggled help (%v) instead of typing: %q", m.help.ShowAll, the[*tips](m).list.FilterInput.Value())
	}
	keys(m, "esc")
	if n := len(the[*tips](m).list.VisibleItems()); n != len(content.Tips) || m.active != tipsScreen {
		t.Fatalf("after esc: %d tips on %v", n, m.active)
	}
	keys(m, "/")
	typeText(m, "lower back")
	keys(m, "enter")
	if !strings.Contains(helpLine(m), "esc clear search") || !strings.Contains(shown(m), "Search: lower back") {
		t.Fatalf("found, help %q:\n%s", helpLine(m), shown(m))
	}
	for _, it := range the[*tips](m).list.VisibleItems() {
		if !it.(tipItem).Matches("lower back") {
			t.Errorf("%q does not hold the search", it.(tipItem).ID)
		}
	}
	keys(m, "down")
	chosen, _ := the[*tips](m).selected()
	keys(m, "esc")
	if the[*tips](m).list.IsFiltered() || m.active != tipsScreen {
		t.Fatal("esc did not clear the search")
	}
	if now, _ := the[*tips](m).selected(); now != chosen {
		t.Fatalf("clearing the search moved the choice from %q to %q", chosen.ID, now.ID)
	}
	keys(m, "esc")
	if m.active != homeScreen {
		t.Fatalf("esc on the whole list went to %v", m.active)
	}
}

// A search for nothing leaves an empty list, and says so.
func TestTipsSearchFindsNothing(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "/")
	if !strings.Contains(shown(m), "Search: type a word, like breath") {
		t.Fatalf("the empty search does not show its hint whole:\n%s", shown(m))
	}
	typeText(m, "zebra")
	if s := shown(m); !strings.Contains(s, fmt.Sprintf("0 of %d tips", len(content.Tips))) || !strings.Contains(s, "No tip has every one of those words") {
		t.Fatalf("screen:\n%s", s)
	}
	if strings.Contains(helpLine(m), "done") {
		t.Errorf("a search that finds nothing offers to be done: %q", helpLine(m))
	}
	// enter keeps the search open to be changed, not thrown away.
	keys(m, "enter", "backspace", "backspace", "backspace", "backspace", "backspace")
	typeText(m, "breath")
	if s := shown(m); !strings.Contains(s, "Search: breath") || strings.Contains(s, "No tip has") {
		t.Fatalf("after enter, then breath:\n%s", s)
	}
}

// An open tip scrolls when the window is too short for it, and the help
// says so only then; ←/→ go through the tips found.
func TestTipScroll(t *testing.T) {
	m, _ := newModel(t, Options{})
	keys(m, "t", "enter")
	if strings.Contains(helpLine(m), "scroll") {
		t.Fatalf("a tip that fits offers to scroll: %q", helpLine(m))
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	keys(m, "down") // lays the tip out at the new size, and scrolls it
	if the[*tips](m).body.vp.YOffset() != 1 || !strings.Contains(helpLine(m), "scroll") {
		t.Fatalf("offset %d, help %q", the[*tips](m).body.vp.YOffset(), helpLine(m))
	}
	first := shown(m)
	keys(m, "up")
	if the[*tips](m).body.vp.YOffset() != 0 || shown(m) == first {
		t.Fatal("up did not scroll back")
	}
	for range 20 {
		keys(m, "down")
	}
	tip, _ := the[*tips](m).selected()
	text := tipText(&m.styles, tip, textWidth(m.frame()), "")
	last := strings.TrimSpace(ansi.Strip(text[len(text)-1]))
	if !the[*tips](m).body.vp.AtBottom() || !strings.Contains(shown(m), last) {
		t.Fatalf("the end of the tip, %q, is out of reach:\n%s", last, shown(m))
	}
	keys(m, "right")
	if tip, _ := the[*tips](m).selected(); tip.ID != content.Tips[1].ID || the[*tips](m).body.vp.YOffset() != 0 {
		t.Fatalf("right opened %q at offset %d", tip.ID, the[*tips](m).body.vp.YOffset())
	}
	keys(m, "left", "left")
	if tip, _ := the[*tips](m).selected(); tip.ID != content.Tips[len(content.Tips)-1].ID {
		t.Fatalf("left from the first opened %q, want the last", tip.ID)
	}
	keys(m, "esc")
	if the[*tips](m).open || m.active != tipsScreen {
		t.Fatal("esc did not close the tip")
	}
}
