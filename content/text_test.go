package content

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var sentenceEnd = regexp.MustCompile(`[.!?](\s|$)`)

// TestSentences keeps the longer texts as short as the screens expect.
func TestSentences(t *testing.T) {
	type text struct {
		name     string
		s        string
		min, max int
	}
	var texts []text
	for _, z := range NoRollZones {
		texts = append(texts, text{"zone " + z.ID, z.Why, 2, 3})
	}
	for _, r := range Regions {
		texts = append(texts, text{"region " + r.ID, r.Describe, 1, 2})
	}
	for _, tip := range Tips {
		texts = append(texts, text{"tip " + tip.ID, tip.Body, 2, 5})
	}
	for _, tt := range texts {
		if n := len(sentenceEnd.FindAllString(tt.s, -1)); n < tt.min || n > tt.max {
			t.Errorf("%s: %d sentences, want %d-%d", tt.name, n, tt.min, tt.max)
		}
	}
}

// field is one string in the package's data, with the struct field it came from.
type field struct {
	path, name, s string
}

// strs walks v and returns every string in it.
func strs(path, name string, v reflect.Value) []field {
	switch v.Kind() {
	case reflect.String:
		return []field{{path, name, v.String()}}
	case reflect.Slice, reflect.Array:
		var out []field
		for i := range v.Len() {
			out = append(out, strs(fmt.Sprintf("%s[%d]", path, i), name, v.Index(i))...)
		}
		return out
	case reflect.Map:
		var out []field
		for _, k := range v.MapKeys() {
			out = append(out, strs(fmt.Sprintf("%s[%v]", path, k), name, v.MapIndex(k))...)
		}
		return out
	case reflect.Struct:
		var out []field
		for i := range v.NumField() {
			f := v.Type().Field(i)
			out = append(out, strs(path+"."+f.Name, f.Name, v.Field(i))...)
		}
		return out
	}
	return nil
}

// allText is every string the package exports. Package-level vars cannot be
// listed by reflection, so new exported data must be added here.
func allText() []field {
	roots := []struct {
		name string
		v    any
	}{
		{"Exercises", Exercises},
		{"NoRollZones", NoRollZones},
		{"Regions", Regions},
		{"Routines", Routines},
		{"CatCow", CatCow},
		{"Tips", Tips},
		{"TipCategories", TipCategories},
		{"RedFlagLine", RedFlagLine},
		{"Disclaimer", Disclaimer},
		{"Tomorrow", Tomorrow},
		{"SeeYou", SeeYou},
		{"FirstTimeNote", FirstTimeNote},
		{"PressureGuide", PressureGuide},
		{"Emergency", Emergency},
		{"SameDay", SameDay},
		{"SeePT", SeePT},
		{"RedFlagTiers", RedFlagTiers}, // the same three, as every list shows them
		{"RedFlagsBrief", RedFlagsBrief},
		{"StayActive", StayActive},
		{"CatCowSmall", CatCowSmall},
		{"FirmRollerCaution", FirmRollerCaution},
		{"TenderNotSharp", TenderNotSharp},
		{"NotForRolling", NotForRolling},
		{"RedFlagAfter", RedFlagAfter},
		{"StoppedHead", StoppedHead},
		{"StoppedAsk", StoppedAsk},
		{"StoppedAdvice", StoppedAdvice},
		{"StoppedShort", StoppedShort},
		{"StoppedHome", StoppedHome},
		{"StoppedNo", StoppedNo},
		{"StoppedYes", StoppedYes},
		{"Rollers", Rollers},
		{"RollerGuideEnd", RollerGuideEnd},
		{"RollerNotSure", RollerNotSure},
		{"Unscreened", Unscreened},
		{"VerySore", VerySore},
		{"SoreBefore", SoreBefore},
		{"TenderCue", TenderCue},
		{"Conditions", Conditions},
		{"SourceArticle", SourceArticle},
		{"SourceConsensus", SourceConsensus},
		{"SourceRedFlags", SourceRedFlags},
		{"SourceCaution", SourceCaution},
		{"PictureWords", pictureWords()},
	}
	var out []field
	for _, r := range roots {
		out = append(out, strs(r.name, r.name, reflect.ValueOf(r.v))...)
	}
	return out
}

// pictureWords is what each picture shows, in words: the drawings' own
// lines are spaced for the eye, not checked as text.
func pictureWords() map[string]string {
	out := map[string]string{}
	for id, p := range Pictures {
		out[id] = p.Words
	}
	return out
}

// maxRunes is the longest each field may be. Cues show beside the timer and
// setup steps on one line of an 80-column screen; multi-sentence fields wrap.
var maxRunes = map[string]int{
	"Cues":            64,
	"Cow":             64,
	"Cat":             64,
	"Setup":           72,
	"GetOn":           72,
	"GetOff":          72,
	"Landmarks":       160,
	"Ease":            64, // one of the hold screen's reminders
	"PressureGuide":   64,
	"FirstTimeNote":   64,
	"Mistakes":        72,
	"Where":           72,
	"Feel":            72,
	"Summary":         72,
	"Title":           60,
	"Name":            40,
	"Position":        30,
	"RedFlagLine":     74,
	"Hint":            64, // after "▸ " on the hold screen
	"Notes":           64,
	"Describe":        400,
	"Tomorrow":        200,
	"NotForRolling":   240,
	"RedFlagAfter":    240,
	"RedFlagsBrief":   320,
	"StoppedAdvice":   240,
	"StoppedHome":     160,
	"Gentle":          64, // a note on each get-ready and hold
	"VerySore":        240,
	"SoreBefore":      160,
	"Unscreened":      200, // a note on the first get-ready, wrapped
	"Source":          160, // of a condition, a no-roll zone or a red-flag tier
	"SourceArticle":   160,
	"SourceConsensus": 160,
	"SourceRedFlags":  160,
	"SourceCaution":   160,
	"Why":             400,
	"Body":            400,
	"PictureWords":    100, // beside or under a drawing, wrapped
}

func TestText(t *testing.T) {
	texts := allText()
	if len(texts) < 100 {
		t.Fatalf("walked only %d strings; the walk is broken", len(texts))
	}
	for _, f := range texts {
		if f.s == "" {
			// NoRoll, Side, OneSide and StandsIn are empty by design when unset, and
			// "not sure" is no kind of roller with a tip of its own.
			if f.name != "NoRoll" && f.name != "Side" && f.name != "OneSide" && f.name != "StandsIn" && f.name != "Gentle" && f.path != "Rollers[4].Tip" {
				t.Errorf("%s is empty", f.path)
			}
			continue
		}
		if strings.TrimSpace(f.s) != f.s || strings.Contains(f.s, "  ") {
			t.Errorf("%s has stray spaces: %q", f.path, f.s)
		}
		for _, r := range f.s {
			if r < 0x20 || r == 0x7f || unicode.IsControl(r) {
				t.Errorf("%s has control character %U: %q", f.path, r, f.s)
			}
			// Plain ASCII draws the same in every terminal and keeps the
			// article's curly quotes and dashes from slipping in.
			if r > unicode.MaxASCII {
				t.Errorf("%s has non-ASCII %q: %q", f.path, r, f.s)
			}
		}
		limit, ok := maxRunes[f.name]
		if !ok {
			limit = 80
		}
		if n := utf8.RuneCountInString(f.s); n > limit {
			t.Errorf("%s is %d runes, over %d: %q", f.path, n, limit, f.s)
		}
	}
}

// TestOwnWords guards against lifting the source article's distinctive
// phrases; facts may come from it, wording may not.
func TestOwnWords(t *testing.T) {
	phrases := []string{
		"rolling pin", "pizza dough", "dead fish", "spicy", "medieval",
		"torture device", "movement bank account", "bank account",
		"tug-of-war", "tug of war", "literal brick", "golf ball",
		"spiderweb", "spider web", "bucket", "sweet spot", "iron it out",
		"hurt like", "absolute hell", "not magic", "piece of meat",
		"background noise", "freak out", "excruciating", "sheer agony",
		"created equal", "industry standard", "lacrosse", "taped together",
		"butt cheek", "kicker", "more harm than good", "good hurt", "good-hurt",
		"consistency beats intensity", "rumble roller", "messing up",
		"delicate stack", "buzzword",
	}
	for _, f := range allText() {
		low := strings.ToLower(f.s)
		for _, p := range phrases {
			if strings.Contains(low, p) {
				t.Errorf("%s uses the article's phrase %q: %q", f.path, p, f.s)
			}
		}
	}
}

func TestSidedExercisesNameOneSide(t *testing.T) {
	for _, e := range Exercises {
		if e.Sided != (e.OneSide != "") {
			t.Errorf("%s: sided %v but one side's name %q", e.ID, e.Sided, e.OneSide)
		}
	}
}

// Each area reads right inside a sentence ("The lats are left out"), not
// only as a label ("Lats"): its noun phrase names it, and whether it is
// plural picks the verb.
func TestAreasInASentence(t *testing.T) {
	plural := map[string]bool{"mid-back": false, "lats": true, "glutes": true, "hip-flexors": true, "mid-back-wall": false}
	for _, e := range Exercises {
		if !strings.HasPrefix(e.Called, "the ") || !strings.Contains(e.Called, strings.ToLower(e.Name)) {
			t.Errorf("%s is called %q in a sentence; want \"the\" and its name, %q", e.ID, e.Called, e.Name)
		}
		want, ok := plural[e.ID]
		if !ok {
			t.Errorf("%s: say here whether its name is plural", e.ID)
		}
		if e.Plural != want {
			t.Errorf("%s: plural %v; want %v", e.ID, e.Plural, want)
		}
	}
}

// Each condition has a few words for a list ("left out: pregnancy"), in
// lower case so they read after a colon.
func TestConditionsShort(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Conditions {
		if c.Short == "" || strings.ToLower(c.Short) != c.Short || utf8.RuneCountInString(c.Short) > 16 {
			t.Errorf("%s: short %q; want a few lower-case words, 16 runes at most", c.ID, c.Short)
		}
		if seen[c.Short] {
			t.Errorf("%s: short %q is another condition's too", c.ID, c.Short)
		}
		seen[c.Short] = true
	}
}
