package content

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a matched word in a tip's text, as byte offsets: text[Start:End].
type Span struct{ Start, End int }

// TipMatch is a tip found by SearchTips, with the words that matched in
// each of its parts, in order and never overlapping.
type TipMatch struct {
	Tip
	InTitle, InCategory, InHint, InBody []Span
}

// SearchTips returns the tips holding every word of query, as Tip.Matches
// does, best first: the tips whose titles hold the most of the words, then
// those whose categories do, then hints, then body text; the library's
// order breaks ties. An empty query returns every tip, in order, unmarked.
func SearchTips(query string) []TipMatch {
	type ranked struct {
		TipMatch
		found [4]int // words found first in the title, category, hint, body
	}
	var found []ranked
	for _, t := range Tips {
		m, ok := t.Match(query)
		if !ok {
			continue
		}
		r := ranked{TipMatch: m}
		for _, w := range queryWords(query) {
			for i, part := range m.parts() {
				if strings.Contains(strings.ToLower(part), w) {
					r.found[i]++
					break
				}
			}
		}
		found = append(found, r)
	}
	// Stable, so that equal tips keep the library's order.
	slices.SortStableFunc(found, func(a, b ranked) int {
		for i := range a.found {
			if c := cmp.Compare(b.found[i], a.found[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	out := make([]TipMatch, len(found))
	for i, r := range found {
		out[i] = r.TipMatch
	}
	return out
}

// Match reports whether every word of query, in any case, is in the tip's
// title, category, hint or body, and marks where: a word marked is the
// whole word a query word is found in, so "glute" marks "glutes".
func (t Tip) Match(query string) (TipMatch, bool) {
	m := TipMatch{Tip: t}
	words := queryWords(query)
	parts := m.parts()
	for _, w := range words {
		in := false
		for _, part := range parts {
			if strings.Contains(strings.ToLower(part), w) {
				in = true
				break
			}
		}
		if !in {
			return TipMatch{}, false
		}
	}
	m.InTitle = spans(t.Title, words)
	m.InCategory = spans(t.Category, words)
	m.InHint = spans(t.Hint, words)
	m.InBody = spans(t.Body, words)
	return m, true
}

// Matches reports whether every word of query, in any case, is in the tip's
// title, category, hint or body: "breath" finds "breathing" too.
func (t Tip) Matches(query string) bool {
	_, ok := t.Match(query)
	return ok
}

// parts are the parts searched, in the order they rank.
func (m TipMatch) parts() [4]string {
	return [4]string{m.Title, m.Category, m.Hint, m.Body}
}

func queryWords(query string) []string { return strings.Fields(strings.ToLower(query)) }

// spans finds each of words in text, in any case, widened to the whole
// words around it, merged where they touch.
func spans(text string, words []string) []Span {
	// Lowered rune by rune, keeping each rune's length, so that offsets in
	// lower are offsets in text.
	lower := strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, text)
	var out []Span
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			s := Span{from + i, from + i + len(w)}
			for s.Start > 0 {
				r, n := utf8.DecodeLastRuneInString(text[:s.Start])
				if !inWord(r) {
					break
				}
				s.Start -= n
			}
			for s.End < len(text) {
				r, n := utf8.DecodeRuneInString(text[s.End:])
				if !inWord(r) {
					break
				}
				s.End += n
			}
			out = append(out, s)
			from = s.End
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	var merged []Span
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// inWord reports whether r belongs to a word: "mid-back" and "don't" are
// one word each.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
}

// Mark returns text with each span passed through mark, as a screen or a
// terminal shows the matched words.
func Mark(text string, spans []Span, mark func(string) string) string {
	var b strings.Builder
	at := 0
	for _, s := range spans {
		b.WriteString(text[at:s.Start])
		b.WriteString(mark(text[s.Start:s.End]))
		at = s.End
	}
	b.WriteString(text[at:])
	return b.String()
}
