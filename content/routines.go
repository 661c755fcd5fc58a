package content

// Routines are the sessions backroll offers. Sided exercises list no Side, so
// each expands to left then right at the exercise's own hold.
//
// Every routine, even a one-area one, ends with cat-cow: after any rolling the
// spine should move through the range it has just gained, and the set takes
// under a minute.
var Routines = []Routine{
	{
		// The five-minute evening session: mid-back, each glute, cat-cow.
		ID:      "nightly",
		Name:    "nightly",
		Summary: "Mid-back and glutes, then cat-cow: a wind-down before bed.",
		Items:   []Item{{Exercise: "mid-back"}, {Exercise: "glutes"}},
		CatCow:  true,
	},
	{
		// The lower back itself is a no-roll zone; this works what pulls on it.
		ID:      "lower-back",
		Name:    "lower back relief",
		Summary: "Ease what pulls on the lower back: hips, mid-back and lats.",
		Items: []Item{
			{Exercise: "glutes"},
			{Exercise: "hip-flexors"},
			{Exercise: "mid-back"},
			{Exercise: "lats"},
		},
		CatCow: true,
	},
	{
		ID:      "upper-back",
		Name:    "upper back",
		Summary: "Mid-back and lats, for a stiff upper back and shoulders.",
		Items:   []Item{{Exercise: "mid-back"}, {Exercise: "lats"}},
		CatCow:  true,
	},
	{
		ID:      "mid-back",
		Name:    "mid-back",
		Summary: "Just the mid-back, hands behind your head.",
		Items:   []Item{{Exercise: "mid-back"}},
		CatCow:  true,
	},
	{
		ID:      "lats",
		Name:    "lats",
		Summary: "Just the sides of the back, one side at a time.",
		Items:   []Item{{Exercise: "lats"}},
		CatCow:  true,
	},
	{
		ID:      "glutes",
		Name:    "glutes",
		Summary: "Just the glutes, in the figure four, one side at a time.",
		Items:   []Item{{Exercise: "glutes"}},
		CatCow:  true,
	},
	{
		ID:      "hip-flexors",
		Name:    "hip flexors",
		Summary: "Just the front of the hips, one side at a time.",
		Items:   []Item{{Exercise: "hip-flexors"}},
		CatCow:  true,
	},
}

// RoutineByID returns the routine with the given ID.
func RoutineByID(id string) (Routine, bool) {
	for _, r := range Routines {
		if r.ID == id {
			return r, true
		}
	}
	return Routine{}, false
}

// CatCow is the finisher that closes every routine.
var CatCow = Finisher{
	Name:     "cat-cow",
	Position: "on hands and knees",
	Feel:     "An easy wave through the whole spine, in time with your breath.",
	Setup: []string{
		"Come onto your hands and knees.",
		"Hands under your shoulders, knees under your hips.",
		"Start with a flat back and move with your breath.",
	},
	Cow:  "Breathe in: belly drops, chest and gaze lift.",
	Hold: "Hold the breath gently: stay in cow, nothing braced.",
	Cat:  "Breathe out: round your spine, tuck your chin.",
	Ease: "Stiff or sore? Make each wave smaller; never push into pain.",
	GetOff: []string{
		"Finish with a flat back.",
		"Sit back onto your heels, then come up slowly.",
	},
	Reps: 6,
}

// CatCowSmall is the cat-cow for osteoporosis: small waves around a flat
// back, never the full rounding of the spine that loads the front of the
// vertebrae.
var CatCowSmall = Finisher{
	Name:     "cat-cow",
	Position: "hands and knees, small waves",
	Feel:     "A small, easy wave around a flat back, in time with your breath.",
	Setup: []string{
		"Come onto your hands and knees.",
		"Hands under your shoulders, knees under your hips.",
		"Start with a flat back; keep every wave small.",
	},
	Cow:  "Breathe in: let your belly drop a little, gaze ahead.",
	Hold: "Hold the breath gently: stay there, nothing braced.",
	Cat:  "Breathe out: back to flat, a little past; no full rounding.",
	Ease: "Any ache? Make the wave smaller still; never push into pain.",
	GetOff: []string{
		"Finish with a flat back.",
		"Sit back onto your heels, then come up slowly.",
	},
	Reps: 6,
}
