package content

import "time"

// Exercises are the areas backroll rolls. The lower back and neck are absent on
// purpose: they are NoRollZones, reached through their neighbours.
//
// Setup and cues of sided exercises say "this side" and "the other" rather than
// left or right: the UI names the side, so one text serves both. Mistakes are
// shown after "Avoid ", so each starts with what not to do.
var Exercises = []Exercise{
	{
		ID:       "mid-back",
		Name:     "Mid-back",
		Called:   "the mid-back",
		Position: "hands behind head",
		Where:    "The middle and upper back, where your ribs meet the spine.",
		// Below the shoulder blades the ribs soon end and the lower back
		// begins; above them is the neck: both are NoRollZones.
		Landmarks: "From just below your shoulder blades up to their top edge. " +
			"Never down past the bottom ribs into the lower back, never up onto the neck.",
		GetOn: []string{
			"Sit on the floor, knees bent, the roller crosswise behind you.",
			"Lace your fingers behind your head before you lean.",
			"Lean back onto the roller slowly; never drop onto it.",
		},
		Setup: []string{
			"Settle the roller just below your shoulder blades.",
			"Head in your hands, elbows in: support it, never pull on it.",
			"Feet flat, ribs down, a light brace: lift your hips an inch.",
			"Push gently with your legs to roll up toward your shoulders.",
		},
		Feel: "Firm, broad pressure between and below the shoulder blades.",
		Ease: "Too much? Lower your hips to the floor.",
		Cues: []string{
			"Elbows in, head resting in your hands; never pull on it.",
			"Stop at the top of your shoulder blades, before the neck.",
			"Ribs down, a light brace: your back does not arch.",
			"Breathe slowly and deeply, down into your belly.",
			"Tender spot? Press k and stay on it for 30 s.",
			"Holding your breath or wincing? Lower your hips.",
		},
		Mistakes: []string{
			"Rolling up onto the neck.",
			"Letting your head hang back without support.",
			"Racing over tight spots instead of pausing on them.",
			"Letting the roller slide down into the lower back.",
		},
		GetOff: []string{
			"Lower your hips to the floor.",
			"Keep your head in your hands and roll onto one side.",
			"Push yourself up to sitting with your hands.",
		},
		Hold:   time.Minute,
		Serves: []string{"upper-back", "sides", "lower-back", "neck"},
		Tips:   []string{"head-unsupported", "stay-on-tender-spot", "why-not-neck"},
	},
	{
		ID:       "lats",
		Name:     "Lats",
		Called:   "the lats",
		Plural:   true,
		OneSide:  "lat",
		Position: "side lying",
		Where:    "The broad muscle down the side of your ribs, just below the armpit.",
		// The armpit itself is soft and full of nerves and glands; below the
		// lowest rib nothing firm lies under the roller.
		Landmarks: "From just below the armpit down the side of your ribs to the lowest rib. " +
			"Not up into the armpit itself, not down past the ribs to the waist.",
		GetOn: []string{
			"Sit on this hip, the roller on the floor beside you.",
			"Lower onto your side, the roller just below the armpit.",
			"Put your top hand and foot down before you let your weight go.",
		},
		Setup: []string{
			"Check that the roller sits on the side of your ribs, not in the armpit.",
			"Stretch your bottom arm out long, above your head.",
			"Bend your top leg and set that foot on the floor in front.",
			"Rest your top hand on the floor in front to steady yourself.",
			"Rock slightly forward and back; keep the moves small.",
		},
		Feel: "Strong pressure along your side; it can feel intense at first.",
		Ease: "Too much? Lean on your top hand and foot.",
		Cues: []string{
			"Small, slow rocks forward and back.",
			"Keep breathing slowly; let your side soften.",
			"Holding your breath or wincing? Ease off.",
			"Lean on your top hand and foot to lighten the pressure.",
			"Tender spot? Press k and stay on it for 30 s.",
		},
		Mistakes: []string{
			"Pressing so hard that you hold your breath.",
			"Rolling big and fast when a small rock will do.",
			"Rolling up into the armpit itself.",
		},
		GetOff: []string{
			"Put your weight on your top hand and foot.",
			"Lift your side off the roller and push it away.",
			"Come up to sitting with both hands.",
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
		Called:   "the glutes",
		Plural:   true,
		OneSide:  "glute",
		Position: "figure four",
		Where:    "The muscles of your buttock, deep under the back pocket.",
		// Leaning keeps the tailbone off the roller; above the pelvis is
		// the lower back, a NoRollZone.
		Landmarks: "Under one buttock, from the top of the pelvis down to the sit bone. " +
			"Lean off the tailbone, and never roll up past the pelvis into the lower back.",
		GetOn: []string{
			"Sit on the floor, the roller just behind your hips, hands behind you.",
			"Press into your hands and feet and lift your hips onto the roller.",
		},
		Setup: []string{
			"Sit tall on the roller, hands on the floor behind you.",
			"Cross the ankle on this side over your other knee.",
			"Lean onto this side so your weight rests on that buttock.",
			"Roll in small, slow circles.",
		},
		Feel: "Deep pressure in the buttock, with a tender spot or two.",
		Ease: "Too much? Take more weight into your hands behind you.",
		Cues: []string{
			"Small, slow circles; there is no need to go far.",
			"Tender spot? Press k and stay on it for 30 s.",
			"Breathe into it and let your hip get heavy.",
			"Holding your breath or wincing? Ease off.",
			"Tingling as you roll? That is the sciatic nerve: shift off.",
		},
		Mistakes: []string{
			"Sitting on both buttocks at once: lean toward the crossed leg.",
			"Rolling up past the buttock into the lower back.",
			"Skipping over the tender spots with fast rolls.",
			"Staying where your leg tingles: shift off the nerve.",
		},
		GetOff: []string{
			"Uncross your leg and put both feet flat.",
			"Take your weight into your hands and lift your hips.",
			"Slide off the roller to sit on the floor.",
		},
		Hold:   time.Minute,
		Sided:  true,
		Serves: []string{"hips", "lower-back"},
		Tips:   []string{"stay-on-tender-spot", "glute-figure-four", "roll-slowly"},
	},
	{
		ID:       "hip-flexors",
		Name:     "Hip flexors",
		Called:   "the hip flexors",
		Plural:   true,
		OneSide:  "hip flexor",
		Position: "face down",
		Where:    "The front of the hip, just below the bony point of the pelvis.",
		// The groin carries a large artery and nerve close under the skin,
		// and pressing on bone only bruises.
		Landmarks: "Just below the bony point at the front of the pelvis, an inch or two either way. " +
			"Never up onto the bone, never in toward the groin.",
		GetOn: []string{
			"Start on hands and knees, the roller on the floor under your hips.",
			"Lower onto your forearms and lay the front of this hip on it.",
			"Bend your other knee out to the side, resting on the floor.",
		},
		Setup: []string{
			"Set your elbows under your shoulders.",
			"Keep the roller just below the hip bone, away from the groin.",
			"Leg long, glute lightly squeezed so your low back does not sag.",
			"Move an inch or two up and down; no more.",
		},
		Feel: "A deep, dull pressure at the front of the hip.",
		Ease: "Too much? Push into your forearms and your bent knee.",
		Cues: []string{
			"Tiny moves: an inch or two is all it needs.",
			"Stay below the hip bone, away from the groin.",
			"Tender spot? Press k and stay on it for 30 s.",
			"Keep breathing slowly; let your hip sink.",
			"A light glute squeeze keeps your low back from sagging.",
			"Holding your breath or wincing? Ease off.",
		},
		Mistakes: []string{
			"Rolling up onto the hip bone.",
			"Letting the roller drift in toward the groin.",
			"Rolling long strokes down the thigh; small moves are enough.",
		},
		GetOff: []string{
			"Take your weight onto your forearms and your bent knee.",
			"Lift your hip off the roller and slide it away.",
			"Come back to hands and knees, then sit back on your heels.",
		},
		Hold:   time.Minute,
		Sided:  true,
		Serves: []string{"hip-front", "lower-back"},
		Tips:   []string{"lower-back-neighbours", "roll-slowly"},
	},
	{
		// For pregnancy: no lying on the back or the belly (see Conditions),
		// so the wall holds the roller and the legs do the moving. It is in
		// no routine; the plan builder puts it in place of StandsIn.
		ID:       "mid-back-wall",
		Name:     "Mid-back at a wall",
		Called:   "the mid-back at a wall",
		Position: "standing at a wall",
		StandsIn: "mid-back",
		Where:    "The middle and upper back, where your ribs meet the spine.",
		Landmarks: "From just below your shoulder blades up to their top edge. " +
			"Never down past the bottom ribs into the lower back, never up onto the neck.",
		GetOn: []string{
			"Stand with your back to a wall, feet a small step out from it.",
			"Hold the roller crosswise against your back, below the shoulder blades.",
			"Lean back until the wall holds it there, then let go.",
		},
		Setup: []string{
			"Feet hip-width apart, knees soft.",
			"Cross your arms over your chest, hands on your shoulders.",
			"Bend your knees to roll it up; straighten them to roll it down.",
		},
		Feel: "Gentle, even pressure between and below the shoulder blades.",
		Ease: "Too much? Step your feet in closer to the wall.",
		Cues: []string{
			"Bend and straighten your knees slowly.",
			"Stop at the top of your shoulder blades, before the neck.",
			"Lean into the wall only as far as feels easy.",
			"Tender spot? Press k and stay on it for 30 s.",
			"Dizzy or short of breath? Stop and sit down.",
		},
		Mistakes: []string{
			"Letting the roller slip down to the lower back.",
			"Bending your knees so far that your heels lift.",
			"Leaning so hard into the wall that you hold your breath.",
		},
		GetOff: []string{
			"Straighten your legs and stand tall.",
			"Reach back and hold the roller with one hand.",
			"Step away from the wall, bringing the roller with you.",
		},
		Hold:   time.Minute,
		Serves: []string{"upper-back", "sides", "lower-back", "neck"},
		// Not why-not-neck: its hint keeps the head in the hands, and here
		// the arms cross the chest.
		Tips: []string{"mid-back-first", "stay-on-tender-spot", "keep-breathing"},
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

// Areas are the exercises a person picks from and routines name: an
// exercise that stands in for another (StandsIn) is the plan builder's to
// choose, never listed on its own.
func Areas() []Exercise {
	var out []Exercise
	for _, e := range Exercises {
		if e.StandsIn == "" {
			out = append(out, e)
		}
	}
	return out
}
