package content

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// step is one hold after a routine's items are expanded the way Item documents:
// a sided exercise without a Side becomes left then right, Hold 0 means the
// exercise's default.
type step struct {
	Exercise, Side string
	Hold           time.Duration
}

func expand(t *testing.T, r Routine) []step {
	t.Helper()
	var steps []step
	for _, it := range r.Items {
		e, ok := ExerciseByID(it.Exercise)
		if !ok {
			t.Fatalf("routine %q: unknown exercise %q", r.ID, it.Exercise)
		}
		hold := it.Hold
		if hold == 0 {
			hold = e.Hold
		}
		sides := []string{it.Side}
		if e.Sided && it.Side == "" {
			sides = []string{"left", "right"}
		}
		for _, s := range sides {
			steps = append(steps, step{e.ID, s, hold})
		}
	}
	return steps
}

func TestLookups(t *testing.T) {
	for _, e := range Exercises {
		if got, ok := ExerciseByID(e.ID); !ok || got.ID != e.ID {
			t.Errorf("ExerciseByID(%q) = %q, %v", e.ID, got.ID, ok)
		}
	}
	for _, z := range NoRollZones {
		if got, ok := ZoneByID(z.ID); !ok || got.ID != z.ID {
			t.Errorf("ZoneByID(%q) = %q, %v", z.ID, got.ID, ok)
		}
	}
	for _, r := range Regions {
		if got, ok := RegionByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RegionByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	for _, r := range Routines {
		if got, ok := RoutineByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RoutineByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	for _, tip := range Tips {
		if got, ok := TipByID(tip.ID); !ok || got.ID != tip.ID {
			t.Errorf("TipByID(%q) = %q, %v", tip.ID, got.ID, ok)
		}
	}
	// Unknown and empty IDs must miss, or a typo in a routine would pass.
	for _, id := range []string{"", "nope", "Lower-Back"} {
		if _, ok := ExerciseByID(id); ok {
			t.Errorf("ExerciseByID(%q) found something", id)
		}
		if _, ok := ZoneByID(id); ok {
			t.Errorf("ZoneByID(%q) found something", id)
		}
		if _, ok := RegionByID(id); ok {
			t.Errorf("RegionByID(%q) found something", id)
		}
		if _, ok := RoutineByID(id); ok {
			t.Errorf("RoutineByID(%q) found something", id)
		}
		if _, ok := TipByID(id); ok {
			t.Errorf("TipByID(%q) found something", id)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	ids := func(n int, id func(int) string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = id(i)
		}
		return out
	}
	tests := []struct {
		name string
		ids  []string
	}{
		{"Exercises", ids(len(Exercises), func(i int) string { return Exercises[i].ID })},
		{"NoRollZones", ids(len(NoRollZones), func(i int) string { return NoRollZones[i].ID })},
		{"Regions", ids(len(Regions), func(i int) string { return Regions[i].ID })},
		{"Routines", ids(len(Routines), func(i int) string { return Routines[i].ID })},
		{"Tips", ids(len(Tips), func(i int) string { return Tips[i].ID })},
		{"TipCategories", TipCategories},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.ids) == 0 {
				t.Fatal("empty list")
			}
			seen := map[string]bool{}
			for _, id := range tt.ids {
				if id == "" {
					t.Error("empty ID")
				}
				if seen[id] {
					t.Errorf("duplicate ID %q", id)
				}
				seen[id] = true
			}
		})
	}
}

func TestExercises(t *testing.T) {
	want := []string{"mid-back", "lats", "glutes", "hip-flexors", "mid-back-wall"}
	for _, id := range want {
		if _, ok := ExerciseByID(id); !ok {
			t.Errorf("missing exercise %q", id)
		}
	}
	// The UI names the side, so sided text must read right for either side.
	sideWord := regexp.MustCompile(`(?i)\b(left|right)\b`)
	for _, e := range Exercises {
		t.Run(e.ID, func(t *testing.T) {
			if e.Name == "" || e.Position == "" || e.Where == "" || e.Feel == "" {
				t.Error("Name, Position, Where and Feel must all be set")
			}
			if n := len(e.Setup); n < 3 || n > 5 {
				t.Errorf("%d setup steps, want 3-5", n)
			}
			if n := len(e.Cues); n < 3 || n > 6 {
				t.Errorf("%d cues, want 3-6", n)
			}
			if n := len(e.Mistakes); n < 2 || n > 4 {
				t.Errorf("%d mistakes, want 2-4", n)
			}
			if e.Hold < time.Second || e.Hold > 10*time.Minute {
				t.Errorf("hold %v, want 1s-10m", e.Hold)
			}
			if n := len(e.Tips); n < 1 || n > 3 {
				t.Errorf("%d tips, want 1-3", n)
			}
			for _, id := range e.Tips {
				if _, ok := TipByID(id); !ok {
					t.Errorf("unknown tip %q", id)
				}
			}
			if len(e.Serves) == 0 {
				t.Error("serves no region")
			}
			for _, id := range e.Serves {
				if _, ok := RegionByID(id); !ok {
					t.Errorf("serves unknown region %q", id)
				}
			}
			if e.Landmarks == "" || e.Ease == "" {
				t.Error("Landmarks and Ease must be set")
			}
			if n := len(e.GetOn); n < 2 || n > 4 {
				t.Errorf("%d steps to get on, want 2-4", n)
			}
			if n := len(e.GetOff); n < 2 || n > 4 {
				t.Errorf("%d steps to get off, want 2-4", n)
			}
			// The hold screen shows a mistake as "Avoid " and the mistake.
			for _, m := range e.Mistakes {
				if first, _, _ := strings.Cut(m, " "); !strings.HasSuffix(first, "ing") {
					t.Errorf("mistake does not read after \"Avoid\": %q", m)
				}
			}
			if e.Sided {
				for _, s := range slices.Concat(e.GetOn, e.Setup, e.Cues, e.GetOff, []string{e.Landmarks, e.Ease}) {
					if sideWord.MatchString(s) {
						t.Errorf("sided exercise names a side: %q", s)
					}
				}
			}
			if _, ok := ZoneByID(e.ID); ok {
				t.Errorf("exercise %q is a no-roll zone", e.ID)
			}
		})
	}
}

func TestRoutines(t *testing.T) {
	for _, r := range Routines {
		t.Run(r.ID, func(t *testing.T) {
			if r.Name == "" || r.Summary == "" {
				t.Error("Name and Summary must be set")
			}
			if len(r.Items) == 0 {
				t.Fatal("no items")
			}
			// Every routine ends with cat-cow; see the comment on Routines.
			if !r.CatCow {
				t.Error("CatCow is false")
			}
			for i, it := range r.Items {
				e, ok := ExerciseByID(it.Exercise)
				if !ok {
					t.Errorf("item %d: unknown exercise %q", i, it.Exercise)
					continue
				}
				switch it.Side {
				case "":
				case "left", "right":
					if !e.Sided {
						t.Errorf("item %d: side %q on unsided exercise %q", i, it.Side, e.ID)
					}
				default:
					t.Errorf("item %d: invalid side %q", i, it.Side)
				}
				if it.Hold != 0 && (it.Hold < time.Second || it.Hold > 10*time.Minute) {
					t.Errorf("item %d: hold %v, want 0 or 1s-10m", i, it.Hold)
				}
			}
		})
	}
	// Each rollable area can be rolled on its own, except one that stands
	// in for another: the plan builder swaps it in, so no routine holds it.
	for _, e := range Exercises {
		if e.StandsIn != "" {
			for _, r := range Routines {
				for _, it := range r.Items {
					if it.Exercise == e.ID {
						t.Errorf("routine %q holds %q, which only stands in for %q", r.ID, e.ID, e.StandsIn)
					}
				}
			}
			if o, ok := ExerciseByID(e.StandsIn); !ok || o.StandsIn != "" {
				t.Errorf("%q stands in for %q, which is no exercise of its own", e.ID, e.StandsIn)
			}
			continue
		}
		r, ok := RoutineByID(e.ID)
		if !ok {
			t.Errorf("no one-area routine for %q", e.ID)
			continue
		}
		if len(r.Items) != 1 || r.Items[0].Exercise != e.ID {
			t.Errorf("routine %q = %+v, want just %q", r.ID, r.Items, e.ID)
		}
	}
}

func TestNightly(t *testing.T) {
	r, ok := RoutineByID("nightly")
	if !ok {
		t.Fatal("no nightly routine")
	}
	want := []step{
		{"mid-back", "", time.Minute},
		{"glutes", "left", time.Minute},
		{"glutes", "right", time.Minute},
	}
	if got := expand(t, r); !slices.Equal(got, want) {
		t.Errorf("nightly expands to %+v, want %+v", got, want)
	}
	if !r.CatCow {
		t.Error("nightly must end with cat-cow")
	}
}

func TestCatCow(t *testing.T) {
	if CatCow.Name == "" || CatCow.Cow == "" || CatCow.Hold == "" || CatCow.Cat == "" {
		t.Error("Name, Cow, Hold and Cat must be set")
	}
	if len(CatCow.Setup) == 0 || len(CatCow.GetOff) == 0 || CatCow.Ease == "" {
		t.Error("Setup, GetOff and Ease must be set")
	}
	if CatCow.Reps != 6 {
		t.Errorf("Reps = %d, want 6", CatCow.Reps)
	}
}

func TestRegions(t *testing.T) {
	// The "where does it hurt?" screen lists regions in this order.
	want := []string{"upper-back", "sides", "lower-back", "hips", "hip-front", "neck"}
	var got []string
	for _, r := range Regions {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("region order = %v, want %v", got, want)
	}
	// Picking these must teach, never roll them.
	mustNotRoll := map[string]string{"lower-back": "lower-back", "neck": "neck"}
	for _, r := range Regions {
		t.Run(r.ID, func(t *testing.T) {
			if r.Name == "" || r.Describe == "" {
				t.Error("Name and Describe must be set")
			}
			if _, ok := RoutineByID(r.Routine); !ok {
				t.Errorf("unknown routine %q", r.Routine)
			}
			if r.NoRoll != "" {
				if _, ok := ZoneByID(r.NoRoll); !ok {
					t.Errorf("unknown no-roll zone %q", r.NoRoll)
				}
			}
			if z := mustNotRoll[r.ID]; r.NoRoll != z {
				t.Errorf("NoRoll = %q, want %q", r.NoRoll, z)
			}
		})
	}
	for _, z := range NoRollZones {
		if z.Name == "" || z.Why == "" {
			t.Errorf("zone %q: Name and Why must be set", z.ID)
		}
	}
}

func TestTips(t *testing.T) {
	if n := len(Tips); n < 20 || n > 30 {
		t.Errorf("%d tips, want 20-30", n)
	}
	count := map[string]int{}
	last := 0
	for _, tip := range Tips {
		i := slices.Index(TipCategories, tip.Category)
		if i < 0 {
			t.Errorf("tip %q: unknown category %q", tip.ID, tip.Category)
		}
		// Screens and `backroll tips` list tips in this order, one
		// heading per category.
		if i < last {
			t.Errorf("tip %q: category %q out of order", tip.ID, tip.Category)
		}
		last = max(last, i)
		if tip.Title == "" || tip.Hint == "" || tip.Body == "" {
			t.Errorf("tip %q: Title, Hint and Body must be set", tip.ID)
		}
		count[tip.Category]++
	}
	for _, c := range TipCategories {
		if count[c] == 0 {
			t.Errorf("category %q has no tips", c)
		}
	}
	// Each exercise links at least one tip (TestExercises checks they
	// exist), and the red flags the safety screens list are all explained.
	for _, e := range Exercises {
		if len(e.Tips) == 0 {
			t.Errorf("exercise %q links no tip", e.ID)
		}
	}
}

// sources are the Source* constants: every safety rule names one.
var sources = []string{SourceArticle, SourceConsensus, SourceRedFlags, SourceCaution}

func TestSources(t *testing.T) {
	for _, z := range NoRollZones {
		if !slices.Contains(sources, z.Source) {
			t.Errorf("zone %q: Source %q is none of the Source* constants", z.ID, z.Source)
		}
	}
	for _, c := range Conditions {
		if !slices.Contains(sources, c.Source) {
			t.Errorf("condition %q: Source %q is none of the Source* constants", c.ID, c.Source)
		}
	}
}

func TestTipMatches(t *testing.T) {
	tests := []struct {
		query string
		want  []string // some of the IDs found
		not   []string
	}{
		{"breath", []string{"keep-breathing", "breathe-low", "how-hard"}, []string{"peanut-roller"}},
		{"BREATH", []string{"keep-breathing"}, nil},
		{"peanut", []string{"peanut-roller"}, []string{"soft-roller"}},
		{"lower back", []string{"why-not-lower-back"}, []string{"cat-cow-after"}},
		{"roller types", []string{"soft-roller", "peanut-roller"}, []string{"keep-breathing"}},
		{"", []string{"roll-slowly", "not-medical-advice"}, nil},
		{"zebra", nil, []string{"roll-slowly"}},
	}
	for _, tt := range tests {
		for _, id := range tt.want {
			if tip, _ := TipByID(id); !tip.Matches(tt.query) {
				t.Errorf("%q does not find %q", tt.query, id)
			}
		}
		for _, id := range tt.not {
			if tip, _ := TipByID(id); tip.Matches(tt.query) {
				t.Errorf("%q finds %q", tt.query, id)
			}
		}
	}
}

func TestRollers(t *testing.T) {
	want := []string{"soft", "standard", "trigger-point", "peanut", "not-sure"}
	var got []string
	for _, r := range Rollers {
		got = append(got, r.ID)
		if r.Name == "" || r.Describe == "" {
			t.Errorf("roller %q: Name and Describe must be set", r.ID)
		}
		if _, ok := TipByID(r.Tip); r.ID != "not-sure" && (!ok || tip(r.Tip).Category != "roller types") {
			t.Errorf("roller %q: tip %q is not a roller-types tip", r.ID, r.Tip)
		}
		for ex := range r.Notes {
			if _, ok := ExerciseByID(ex); !ok {
				t.Errorf("roller %q: note for unknown exercise %q", r.ID, ex)
			}
		}
		if got, ok := RollerByID(r.ID); !ok || got.ID != r.ID {
			t.Errorf("RollerByID(%q) = %q, %v", r.ID, got.ID, ok)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("rollers %v, want %v", got, want)
	}
	// What the answers change: a peanut works the mid-back with the spine
	// in its groove; a textured roller goes lighter on the back.
	if r, _ := RollerByID("peanut"); !strings.Contains(r.Notes["mid-back"], "groove") {
		t.Errorf("peanut mid-back note %q", r.Notes["mid-back"])
	}
	if r, _ := RollerByID("trigger-point"); !strings.Contains(r.Notes["mid-back"], "lighter") {
		t.Errorf("trigger-point mid-back note %q", r.Notes["mid-back"])
	}
	// A textured roller has a word for every area, not only the back.
	if r, _ := RollerByID("trigger-point"); len(r.Notes) != len(Exercises) {
		t.Errorf("trigger-point notes cover %d of %d areas", len(r.Notes), len(Exercises))
	}
	if _, ok := RollerByID(""); ok {
		t.Error(`RollerByID("") found something`)
	}
}

func tip(id string) Tip { t, _ := TipByID(id); return t }

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
