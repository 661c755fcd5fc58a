package calendar

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
)

// Text lines, escaped and folded, are as golang-ical wrote them, which
// backroll used before lines: calendars exported before and after are the
// same, whatever the text (commas, backslashes, line breaks, long words,
// characters of several bytes near a fold, < and >).
func TestLinesAsGolangIcal(t *testing.T) {
	pieces := []string{"a", "glute", " ", "  ", ",", ";", `\`, "\n", "é", "·", "🔥", "<", ">", "<b>",
		strings.Repeat("x", 80), "Rolled 2:45 in all.", "Left glute: 1:00", "How the back felt"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		var got bytes.Buffer
		l := &lines{w: &got}
		l.text("DESCRIPTION", text)
		ev := ics.NewEvent("x")
		ev.SetDescription(text)
		want := ev.Serialize(&ics.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"})
		want = strings.TrimPrefix(want, "BEGIN:VEVENT\r\nUID:x\r\n")
		want = strings.TrimSuffix(want, "END:VEVENT\r\n")
		if got.String() != want {
			t.Fatalf("%q:\n got %q\nwant %q", text, got.String(), want)
		}
	}
}
