package content

import "time"

// Exercises are the areas backroll rolls. The lower back and neck are absent on
// purpose: they are NoRollZones, reached through their neighbours.
//
// Setup and cues of sided exercises say "this side" and "the other" rather than
// left or right: the UI names the side, so one text serves both.
var Exercises = []Exercise{
	{
		ID:       "mid-back",
		Name:     "Mid-back",
		Position: "hands behind head",
		Where:    "The middle and upper back, where your ribs meet the spine.",
		Setup: []string{
			"Sit on the floor, the roller lying crosswise behind you.",
			"Lean back until it sits just below your shoulder blades.",
			"Lace your fingers behind your head and let it rest in your hands.",
			"Bend your knees, feet flat, and lift your hips an inch or two.",
			"Push gently with your legs to roll up toward your shoulders.",
		},
		Feel: "Firm, broad pressure between and below the shoulder blades.",
		Cues: []string{
			"Hands behind your head; let it rest in them.",
			"Stop before the roller reaches your neck.",
			"Breathe slowly and deeply, down into your belly.",
			"Tender spot? Press k and stay on it for 20-30 s.",
			"Holding your breath or wincing? Ease off.",
			"Move slowly, pushing with your legs.",
		},
		Mistakes: []string{
			"Rolling up onto the neck.",
			"Letting your head hang back without support.",
			"Racing over tight spots instead of pausing on them.",
			"Letting the roller slide down into the lower back.",
		},
		Hold:   time.Minute,
		Serves: []string{"upper-back", "sides", "lower-back", "neck"},
		Tips:   []string{"head-unsupported", "stay-on-tender-spot", "why-not-neck"},
	},
	{
		ID:       "lats",
		Name:     "Lats",
		OneSide:  "lat",
		Position: "side lying",
		Where:    "The broad muscle along the side of your back, below the armpit.",
		Setup: []string{
			"Lie on this side, the roller under your armpit.",
			"Stretch your bottom arm out long, above your head.",
			"Rest your top hand on the floor in front to steady yourself.",
			"Rock slightly forward and back; keep the moves small.",
		},
		Feel: "Strong pressure along your side; it can feel intense at first.",
		Cues: []string{
			"Small, slow rocks forward and back.",
			"Keep breathing slowly; let your side soften.",
			"Holding your breath or wincing? Ease off.",
			"Lean on your top hand to lighten the pressure.",
			"Tender spot? Press k and stay on it for 20-30 s.",
		},
		Mistakes: []string{
			"Pressing so hard that you hold your breath.",
			"Big, fast rolls instead of a small rock.",
		},
		Hold:   time.Minute,
		Sided:  true,
		Serves: []string{"sides", "upper-back", "lower-back", "neck"},
		Tips:   []string{"how-hard", "keep-breathing", "lats-reach"},
	},
	{
		// The article's example rolls the right glute with the right ankle over
		// the left knee, leaning right: the crossed leg's side is the rolled side.
		ID:       "glutes",
		Name:     "Glutes",
		OneSide:  "glute",
		Position: "figure four",
		Where:    "The muscles of your buttock, deep under the back pocket.",
		Setup: []string{
			"Sit on the roller, hands on the floor behind you.",
			"Cross the ankle on this side over your other knee.",
			"Lean onto this side so your weight rests on that buttock.",
			"Roll in small, slow circles.",
		},
		Feel: "Deep pressure in the buttock, with a tender spot or two.",
		Cues: []string{
			"Small, slow circles; there is no need to go far.",
			"Tender spot? Press k and stay on it for 20-30 s.",
			"Breathe into it and let your hip get heavy.",
			"Holding your breath or wincing? Ease off.",
			"Lean less to lighten the pressure.",
		},
		Mistakes: []string{
			"Sitting square on the roller instead of leaning.",
			"Rolling up past the buttock into the lower back.",
			"Fast rolls that skip over the tender spots.",
		},
		Hold:   time.Minute,
		Sided:  true,
		Serves: []string{"hips", "lower-back"},
		Tips:   []string{"stay-on-tender-spot", "glute-figure-four", "roll-slowly"},
	},
	{
		ID:       "hip-flexors",
		Name:     "Hip flexors",
		OneSide:  "hip flexor",
		Position: "face down",
		Where:    "The front of the hip, under the bony point of the pelvis.",
		Setup: []string{
			"Lie face down, propped on your forearms.",
			"Set the roller across the front of the hip on this side.",
			"Keep it a little below the hip bone, never on the bone.",
			"Let your legs stay long and relaxed.",
		},
		Feel: "A deep, dull pressure at the front of the hip.",
		Cues: []string{
			"Tiny moves: an inch or two is all it needs.",
			"Stay below the hip bone.",
			"Tender spot? Press k and stay on it for 20-30 s.",
			"Keep breathing slowly; let your hip sink.",
			"Holding your breath or wincing? Ease off.",
		},
		Mistakes: []string{
			"Rolling up onto the hip bone.",
			"Long rolls down the thigh instead of small moves.",
		},
		Hold:   time.Minute,
		Sided:  true,
		Serves: []string{"hip-front", "lower-back"},
		Tips:   []string{"lower-back-neighbours", "roll-slowly"},
	},
}

// ExerciseByID returns the exercise with the given ID.
func ExerciseByID(id string) (Exercise, bool) {
	for _, e := range Exercises {
		if e.ID == id {
			return e, true
		}
	}
	return Exercise{}, false
}
