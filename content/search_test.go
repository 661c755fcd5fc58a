package content

import (
	"slices"
	"strings"
	"testing"
)

func ids(ms []TipMatch) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// The case: "glute" is in the title of Rolling the glutes and only
// in the body of Little and often, so the title comes first.
func TestSearchTipsTitlesFirst(t *testing.T) {
	got := ids(SearchTips("glute"))
	title, body := slices.Index(got, "glute-figure-four"), slices.Index(got, "little-and-often")
	if title < 0 || body < 0 || title > body {
		t.Fatalf("glute: %v; want glute-figure-four before little-and-often", got)
	}
	if got[0] != "glute-figure-four" {
		t.Errorf("glute: first is %s, want the only title holding it, glute-figure-four", got[0])
	}
}

// Titles, then categories, then hints, then body text; ties keep the
// library's order.
func TestSearchTipsRanks(t *testing.T) {
	tests := []struct {
		query string
		want  []string // the first tips, in order
	}{
		// Both words in two titles, in library order; then the tips with
		// them only further down.
		{"lower back", []string{"why-not-lower-back", "lower-back-neighbours"}},
		// "breathing" is a category: its three tips before "breath" in
		// other tips' text; "Keep breathing" and "Breathe low and slow"
		// have it in their titles too, so they lead.
		{"breath", []string{"keep-breathing", "breathe-low", "how-hard"}},
		// "roller" in the titles of the roller types, in order.
		{"roller", []string{"soft-roller", "standard-roller", "textured-roller", "peanut-roller"}},
	}
	for _, tt := range tests {
		got := ids(SearchTips(tt.query))
		if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
			t.Errorf("%q: %v; want it to start %v", tt.query, got, tt.want)
		}
	}
}

// The search finds what Matches finds, no more and no less, and no query
// is every tip in the library's order.
func TestSearchTipsSameTipsAsMatches(t *testing.T) {
	for _, q := range []string{"", "breath", "lower back", "roller types", "zebra", "GLUTE", "pain joint"} {
		var want []string
		for _, tip := range Tips {
			if tip.Matches(q) {
				want = append(want, tip.ID)
			}
		}
		got := ids(SearchTips(q))
		slices.Sort(want)
		sorted := slices.Sorted(slices.Values(got))
		if !slices.Equal(sorted, want) {
			t.Errorf("%q: found %v, Matches finds %v", q, got, want)
		}
	}
	var all []string
	for _, tip := range Tips {
		all = append(all, tip.ID)
	}
	if got := ids(SearchTips("  ")); !slices.Equal(got, all) {
		t.Errorf("a blank query: %v, want every tip in order", got)
	}
}

// The words marked are whole words, in each part, in any case.
func TestTipMatchMarksWords(t *testing.T) {
	tip, _ := TipByID("glute-figure-four")
	m, ok := tip.Match("GLUTE lean")
	if !ok {
		t.Fatal("no match")
	}
	mark := func(s string) string { return "[" + s + "]" }
	if got, want := Mark(m.Title, m.InTitle, mark), "Rolling the [glutes]"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got, want := Mark(m.Hint, m.InHint, mark), "Cross one ankle over the other knee and [lean] onto that side."; got != want {
		t.Errorf("hint %q, want %q", got, want)
	}
	body := Mark(m.Body, m.InBody, mark)
	for _, want := range []string{"[lean] toward", "[gluteus] medius"} {
		if !strings.Contains(body, want) {
			t.Errorf("body %q lacks %q", body, want)
		}
	}
	if m.InCategory != nil {
		t.Errorf("category marked: %v", m.InCategory)
	}

	// A hyphenated word is one word, and words that touch are one mark.
	tip, _ = TipByID("mid-back-first")
	m, _ = tip.Match("mid back")
	if got, want := Mark(m.Title, m.InTitle, mark), "The [mid-back] is made for rolling"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}

	// No query marks nothing.
	if m, ok := tip.Match(""); !ok || m.InTitle != nil || m.InBody != nil {
		t.Errorf("empty query: %v %v", ok, m)
	}
}
