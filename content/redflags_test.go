package content

import (
	"slices"
	"strings"
	"testing"
)

// TestRedFlags checks the three tiers: in their order, each headed by what
// to do, each sign carried by the tip that explains its tier, and the
// advice after p naming all three.
func TestRedFlags(t *testing.T) {
	tiers := []struct {
		tier  RedFlagTier
		title string
		keys  []string // a word of each sign, in order, that the tip must hold
	}{
		{Emergency, "Emergency now", []string{"bladder", "groin", "weakness", "both legs"}},
		{SameDay, "See a doctor the same day", []string{"fever", "fall", "cancer", "weight loss", "wakes you"}},
		{SeePT, "See a physical therapist", []string{"one leg", "sharp", "joint", "lasts"}},
	}
	if len(RedFlagTiers) != len(tiers) {
		t.Fatalf("%d tiers, want %d", len(RedFlagTiers), len(tiers))
	}
	for i, tt := range tiers {
		if got := RedFlagTiers[i].Title; got != tt.title {
			t.Errorf("tier %d is %q, want %q", i, got, tt.title)
		}
		if !strings.HasPrefix(tt.tier.Intro, tt.title) || !strings.HasSuffix(tt.tier.Intro, ":") {
			t.Errorf("%s: intro %q does not start with the title and end in a colon", tt.title, tt.tier.Intro)
		}
		if !slices.Contains(sources, tt.tier.Source) {
			t.Errorf("%s.Source is none of the Source* constants: %q", tt.title, tt.tier.Source)
		}
		if len(tt.tier.Signs) != len(tt.keys) {
			t.Errorf("%s: %d signs, want %d", tt.title, len(tt.tier.Signs), len(tt.keys))
			continue
		}
		tip, ok := TipByID(tt.tier.Tip)
		if !ok || tip.Category != "red flags" {
			t.Errorf("%s: no red-flags tip %q", tt.title, tt.tier.Tip)
		}
		for i, k := range tt.keys {
			if !strings.Contains(tt.tier.Signs[i], k) {
				t.Errorf("%s sign %d lacks %q: %q", tt.title, i, k, tt.tier.Signs[i])
			}
			if !strings.Contains(strings.ToLower(tip.Body), k) {
				t.Errorf("tip %q does not mention %q", tt.tier.Tip, k)
			}
		}
	}
	for _, tt := range tiers {
		if !strings.Contains(RedFlagsBrief, strings.ToLower(tt.title)) {
			t.Errorf("RedFlagsBrief does not name %q: %q", tt.title, RedFlagsBrief)
		}
	}
	for _, want := range []string{"emergency care now", "a doctor today", "physical therapist", "Bladder", "fever"} {
		if !strings.Contains(RedFlagAfter, want) {
			t.Errorf("RedFlagAfter does not say %q", want)
		}
	}
}

// The cues a physical therapist would give in each position are there.
func TestPhysioCues(t *testing.T) {
	for id, wants := range map[string][]string{
		"mid-back":    {"elbows in", "never pull on", "ribs down", "light brace"},
		"hip-flexors": {"glute", "does not sag"},
		"glutes":      {"tingling", "sciatic nerve", "shift off"},
	} {
		ex, _ := ExerciseByID(id)
		all := strings.ToLower(strings.Join(slices.Concat(ex.Setup, ex.Cues), " "))
		for _, w := range wants {
			if !strings.Contains(all, w) {
				t.Errorf("%s: no setup step or cue says %q", id, w)
			}
		}
	}
	if tip, ok := TipByID("stay-active"); !ok || tip.Hint != StayActive || !strings.Contains(tip.Body, "NG59") {
		t.Errorf("stay-active tip = %+v; want StayActive as its hint and NICE NG59 named", tip)
	}
}

// The conditions that call for light pressure say so on each hold; the
// rest do not.
func TestGentleConditions(t *testing.T) {
	for _, c := range Conditions {
		want := c.ID == BloodThinners || c.ID == Osteoporosis
		if (c.Gentle != "") != want {
			t.Errorf("%s: gentle note %q; want one: %v", c.ID, c.Gentle, want)
		}
		// It finishes "Light pressure and a soft roller: ..." (coach/rules).
		if c.Gentle != "" && (strings.ToLower(c.Gentle) != c.Gentle || strings.HasSuffix(c.Gentle, ".")) {
			t.Errorf("%s: gentle reason %q is not a lower-case phrase without a full stop", c.ID, c.Gentle)
		}
	}
	for _, r := range Rollers {
		if r.Firm != (r.ID == "trigger-point") {
			t.Errorf("roller %s: firm %v", r.ID, r.Firm)
		}
	}
	if o, _ := ConditionByID(Osteoporosis); !strings.Contains(o.Why, "lats") || !strings.Contains(o.Why, "small cat-cow") {
		t.Errorf("osteoporosis: Why %q does not say the lats are left out and the cat-cow is small", o.Why)
	}
}

// The small cat-cow never asks for the full rounding the ordinary one does.
func TestCatCowSmall(t *testing.T) {
	if CatCowSmall.Reps != CatCow.Reps || CatCowSmall.Name != CatCow.Name {
		t.Errorf("CatCowSmall = %q x %d; want the same name and reps as CatCow", CatCowSmall.Name, CatCowSmall.Reps)
	}
	if strings.Contains(CatCowSmall.Cat, "round your spine") || !strings.Contains(CatCowSmall.Cat, "no full rounding") {
		t.Errorf("CatCowSmall.Cat = %q; want small waves, no full rounding", CatCowSmall.Cat)
	}
}

// What home and every start say in the two weeks after a sign to stop
// was reported is one message: a physical therapist before rolling again,
// and the urgent tiers for an urgent sign; nothing says to go lighter.
func TestStopped(t *testing.T) {
	for name, s := range map[string]string{"StoppedAsk": StoppedAsk, "StoppedHome": StoppedHome} {
		if !strings.Contains(strings.ToLower(s), "physical therapist") {
			t.Errorf("%s does not send the person to a physical therapist: %q", name, s)
		}
	}
	for name, s := range map[string]string{"StoppedAdvice": StoppedAdvice, "StoppedShort": StoppedShort} {
		if !strings.Contains(s, "emergency") || !strings.Contains(s, "don't roll") {
			t.Errorf("%s does not say not to roll and to get emergency care for an emergency sign: %q", name, s)
		}
	}
	for name, s := range map[string]string{"StoppedAdvice": StoppedAdvice, "StoppedHome": StoppedHome, "StoppedShort": StoppedShort, "RedFlagAfter": RedFlagAfter} {
		if strings.Contains(strings.ToLower(s), "lighter") {
			t.Errorf("%s says to go lighter, which is not what the others say: %q", name, s)
		}
	}
	for name, s := range map[string]string{"StoppedAdvice": StoppedAdvice, "StoppedHome": StoppedHome} {
		if !strings.Contains(s, StayActive) {
			t.Errorf("%s does not say to stay active: %q", name, s)
		}
	}
}

// Every brief of the tiers sends each sign to the same door as the tiers:
// both legs and the groin to emergency care, never one "legs" sent to a
// physical therapist.
func TestBriefsKeepTheTiers(t *testing.T) {
	for name, s := range map[string]string{"RedFlagsBrief": RedFlagsBrief, "RedFlagAfter": RedFlagAfter, "StoppedAdvice": StoppedAdvice} {
		low := strings.ToLower(s)
		emergency := low[:max(strings.Index(low, "emergency"), 0)] // the signs come before it, or after "emergency now for"
		if strings.Contains(low, "emergency now for") {
			emergency = low[strings.Index(low, "emergency now for"):strings.Index(low, ";")]
		}
		for _, w := range []string{"bladder", "groin", "weak", "both"} {
			if !strings.Contains(emergency, w) {
				t.Errorf("%s does not name %q with the emergency tier: %q", name, w, s)
			}
		}
	}
	if strings.Contains(RedFlagLine, "legs") || !strings.Contains(RedFlagLine, "one leg") {
		t.Errorf("RedFlagLine sends tingling in both legs, an emergency, to a physical therapist: %q", RedFlagLine)
	}
	// So do the tips outside the emergency tier's own.
	for _, tip := range Tips {
		if tip.Category == "red flags" && tip.ID != Emergency.Tip && strings.Contains(tip.Title+" "+tip.Hint, "legs") {
			t.Errorf("tip %q sends legs, plural, to another tier than emergency: %q / %q", tip.ID, tip.Title, tip.Hint)
		}
	}
}
