package content

// Tip is one short piece of advice, shown by category.
type Tip struct {
	ID       string
	Category string // one of TipCategories
	Title    string
	Hint     string // one line: the list's preview and the hold screen's reminder
	Body     string // two to five plain sentences
}

// TipCategories are the headings tips are grouped under, in display order.
var TipCategories = []string{
	"technique",
	"where not to roll",
	"breathing",
	"roller types",
	"after rolling",
	"common mistakes",
	"red flags",
}

// Tomorrow is what the summary tells someone new to rolling about the next day.
const Tomorrow = "You may feel a little bruised, like after a massage: that is normal, and water helps. Sharp pain, or pain in a joint rather than a muscle, is not."

// VerySore is the summary's next-day note for someone who rates their back
// 7 or more after rolling.
const VerySore = "Very sore often means too much pressure: next time, take more of your weight off the roller, and stay less long on each spot. A bruised feeling tomorrow is normal. Back pain that lasts for days deserves a physical therapist's look."

// SoreBefore answers a back rated 7 or more before a session.
const SoreBefore = "Sore already? Go gently today, lighter and shorter. Sharp pain, or numbness or tingling down a leg, means stop: press p."

// SeeYou is what the summary says about the next day to everyone else.
const SeeYou = "A few more gentle minutes keep your back supple. See you then."

// TenderCue is the hold's cue while a tender spot is being waited out.
const TenderCue = "Stop moving; let your weight settle onto the spot."

// FirstTimeNote leads the reminders of someone new to rolling. It holds
// for every position; each exercise's Ease says how to go lighter there.
const FirstTimeNote = "New to this? Go lightly: less weight on the roller is fine."

// PressureGuide is the pressure check that holds everywhere: a body that
// cannot breathe slowly is guarding, and a guarding muscle does not let go.
const PressureGuide = "Can you breathe slowly and still talk? If not, ease off."

// Disclaimer says what backroll is and is not.
const Disclaimer = "backroll is a guide to gentle self-care, not medical advice."

// Tips are grouped by category in TipCategories order.
var Tips = []Tip{
	// technique
	{
		ID: "roll-slowly", Category: "technique", Title: "Roll slowly",
		Hint: "Move at a crawl; fast passes skip the spots you came for.",
		Body: "Slow is the whole trick. Move over the roller at a gentle crawl, an inch at a time, " +
			"so each part of the muscle gets time under the pressure. " +
			"Fast passes skim over the very spots you came for.",
	},
	{
		ID: "stay-on-tender-spot", Category: "technique", Title: "Stay on a tender spot",
		Hint: "On a tight spot, stop and rest on it for about 30 seconds.",
		Body: "When a spot feels tight or knotted, stop rolling and rest on it for about 30 seconds. " +
			"Pressure alone does not relax a muscle: sensors in its tendons, the Golgi tendon organs, need that time to signal it to let go. " +
			"Press k to mark the spot, breathe slowly and wait.",
	},
	{
		ID: "mid-back-first", Category: "technique", Title: "The mid-back is made for rolling",
		Hint: "The mid-back, with ribs around it, is the place to roll.",
		Body: "The mid and upper back, where your ribs join the spine, is built to move and has the rib cage around it. " +
			"Hours hunched over a laptop or phone leave it stiff. " +
			"That makes it the best place on your back to roll.",
	},
	{
		ID: "what-rolling-does", Category: "technique", Title: "What rolling does",
		Hint: "Slow, steady pressure helps tight fascia ease.",
		Body: "Foam rolling is a way of massaging yourself, known as self-myofascial release. " +
			"It works on the fascia, the thin connective tissue that wraps your muscles. " +
			"When that tissue tightens you feel stiff, and slow, steady pressure helps it ease.",
	},
	{
		ID: "little-and-often", Category: "technique", Title: "Little and often",
		Hint: "Five minutes most days beats a long session now and then.",
		Body: "Rolling a little on most days does more than a long, hard session now and then. " +
			"Five minutes before bed, or straight after a workout, is enough. " +
			"Begin with the mid-back and glutes.",
	},
	{
		ID: "lats-reach", Category: "technique", Title: "Why the lats matter",
		Hint: "Tight lats drag at the shoulders and the lower back alike.",
		Body: "The lats are broad muscles reaching from the upper arm to the lower back, where a sheet of fascia anchors them. " +
			"Once they tighten, both ends feel it: the shoulders and the lower back. " +
			"Roll them lying on your side, the roller just below the armpit on your ribs, in small rocks.",
	},
	{
		ID: "glute-figure-four", Category: "technique", Title: "Rolling the glutes",
		Hint: "Cross one ankle over the other knee and lean onto that side.",
		Body: "Sit on the roller, cross one ankle over the other knee and lean toward the crossed leg. " +
			"Circle slowly in a small area. " +
			"A tender spot deep in the buttock is usually the piriformis or the gluteus medius: stay on it and breathe. " +
			"Tingling down the leg while you are on it means the roller is on the sciatic nerve: shift off it.",
	},

	// where not to roll
	{
		ID: "why-not-lower-back", Category: "where not to roll", Title: "Why not the lower back",
		Hint: "No ribs guard the lower back: its muscles brace, not relax.",
		Body: "The lower back has no ribs around it and is less stable than the upper back. " +
			"Put your weight on a roller there and the muscles brace to protect the spine instead of relaxing. " +
			"The roller also presses on the bony bumps of the spine and near the kidneys.",
	},
	{
		ID: "lower-back-neighbours", Category: "where not to roll", Title: "Help the lower back through its neighbours",
		Hint: "Ease the lower back by rolling the hips, mid-back and lats.",
		Body: "Your pelvis sits between the hip flexors in front and the glutes behind. " +
			"When either side is tight it tilts the pelvis, and the lower back takes the strain. " +
			"Tight lats and a stiff mid-back pull on it too, so those are the places to roll.",
	},
	{
		ID: "why-not-neck", Category: "where not to roll", Title: "Why not the neck",
		Hint: "Stop the roller before your neck; keep your head in your hands.",
		Body: "The neck is made of small joints that are not built to take your weight on a roller. " +
			"Stop the roller before it reaches your neck and keep your head resting in your hands. " +
			"If your neck feels stiff, roll the mid-back and lats instead.",
	},
	{
		ID: "stop-before-joints", Category: "where not to roll", Title: "Stop before joints",
		Hint: "Roll muscle, never joints: not knees, elbows or neck.",
		Body: "Roll muscle, not joints. " +
			"Keep the roller away from the back of the knee, the elbow and the neck. " +
			"Pain inside a joint is a sign to stop, not to push on.",
	},

	// breathing
	{
		ID: "keep-breathing", Category: "breathing", Title: "Keep breathing",
		Hint: "Holding your breath as you press makes muscles guard.",
		Body: "Holding your breath against the pressure is the most common mistake. " +
			"A breath held like that puts your body on alert, ready to fight or run, and your muscles tighten to protect you. " +
			"That undoes the very thing you are rolling for. " +
			"The soft pause at the top of a 4-7-8 breath is different: chosen, easy, with nothing braced.",
	},
	{
		ID: "how-hard", Category: "breathing", Title: "How hard is too hard",
		Hint: "Wincing or holding your breath? Take weight off the roller.",
		Body: "Rolling a tight muscle can feel intense, and some tenderness is fine. " +
			"If you catch yourself holding your breath or wincing, you are pressing too hard. " +
			"Take some weight off the roller, the way each area shows, until you can breathe slowly and talk again. " +
			"A muscle will not relax through pain.",
	},
	{
		ID: "breathe-low", Category: "breathing", Title: "Breathe low and slow",
		Hint: "Breathe into your belly; sink a little on each breath out.",
		Body: "Let each breath go deep, down into your belly, rather than high in your chest. " +
			"On a tender spot, breathe into it and let your body get heavier on each breath out. " +
			"Slow breathing tells your body it is safe, which helps the muscle let go.",
	},

	// roller types
	{
		ID: "soft-roller", Category: "roller types", Title: "Soft rollers",
		Hint: "Soft foam gives easily: a good start for beginners.",
		Body: "Soft foam rollers, often white, squash easily under your weight. " +
			"They suit beginners and anyone who finds firm pressure too much. " +
			"Start here if you are not sure.",
	},
	{
		ID: "standard-roller", Category: "roller types", Title: "Standard high-density rollers",
		Hint: "Firm with a little give: the everyday roller for the back.",
		Body: "The common firm roller, usually black or blue, is dense but gives a little. " +
			"Most people can use one once rolling feels familiar. " +
			"It works well for the mid-back, lats and glutes.",
	},
	{
		ID: "textured-roller", Category: "roller types", Title: "Trigger-point and spiked rollers",
		Hint: "Hard and patterned: too much for a beginner or the whole back.",
		Body: "Trigger-point rollers have a hard core under patterned foam and dig into single spots. " +
			"Rollers with big spikes go further still. " +
			"Both are too much for a beginner and for a whole-back session, so leave them for later.",
	},
	{
		ID: "peanut-roller", Category: "roller types", Title: "Peanut rollers",
		Hint: "Two balls and a groove: your spine rests between them.",
		Body: "A peanut roller is two balls joined together, with a channel between them. " +
			"Your spine sits safely in the channel while the two balls work the long muscles on either side of it, the erector spinae. " +
			"That makes it a very good fit for the back.",
	},

	// after rolling
	{
		ID: "next-day-soreness", Category: "after rolling", Title: "Sore the next day",
		Hint: "A little bruised tomorrow is normal; drink some water.",
		Body: "If you are new to rolling, you may feel a little bruised the next day: delayed soreness (DOMS), much as after a workout. " +
			"That is normal as long as the soreness is in the muscle. " +
			"Sharp or stabbing pain in a joint is not, so stop and get it checked. " +
			"Drink some water: staying hydrated helps your body clear what rolling stirred up.",
	},
	{
		ID: "cat-cow-after", Category: "after rolling", Title: "Finish with cat-cow",
		Hint: "A few slow cat-cows use the range you have just gained.",
		Body: "After rolling, a few slow cat-cows move your spine through the range you have just gained. " +
			"Breathe in as your belly drops and your chest lifts. " +
			"Breathe out as your back rounds and your chin tucks. " +
			"With osteoporosis, keep each wave small: no full rounding of the spine.",
	},
	{
		ID: "stay-active", Category: "after rolling", Title: "Stay active",
		Hint: StayActive,
		Body: "Walking and gentle movement help back pain; lying in bed to rest it does not, as NICE guideline NG59 advises. " +
			"A short walk on most days does as much as any roller. " +
			"On a day your back says no to rolling, a gentle walk is still a good idea.",
	},

	// common mistakes
	{
		ID: "rolling-too-fast", Category: "common mistakes", Title: "Racing over knots",
		Hint: "Racing over a knot does nothing; stop on it instead.",
		Body: "It is tempting to roll quickly back and forth over a knot, hoping to smooth it out. " +
			"Muscles do not respond to that. " +
			"Slow down, stop on the spot and give it about 30 seconds.",
	},
	{
		ID: "too-long-on-one-spot", Category: "common mistakes", Title: "Staying too long",
		Hint: "No change after a minute or two? Move on.",
		Body: "More time on one spot is not better. " +
			"If a knot has not eased within a minute or two, leave it and carry on. " +
			"Staying longer may irritate a nerve rather than relax the muscle.",
	},
	{
		ID: "head-unsupported", Category: "common mistakes", Title: "Letting your head hang",
		Hint: "Keep your head in your hands so your neck stays long.",
		Body: "On the mid-back, a head without support drops back and strains your neck. " +
			"Rest it in your hands the whole time so your neck stays in line with your spine. " +
			"Lying limp on the roller does little, so lift your hips slightly and steer with your legs.",
	},

	// red flags
	{
		ID: "emergency-signs", Category: "red flags", Title: "Signs of an emergency",
		Hint: "Bladder or bowel change, numb groin, weak legs: emergency now.",
		Body: "A few rare signs mean the nerves at the base of the spine may be pressed, and hours count. " +
			"A change in your bladder or bowels, numbness around the groin or inner thighs, new weakness in one leg or both, " +
			"or pain, numbness or tingling in both legs at once. " +
			"If one fits, stop rolling and call emergency services or go to hospital now.",
	},
	{
		ID: "same-day-signs", Category: "red flags", Title: "Signs for a doctor today",
		Hint: "Fever, a fall, cancer, weight loss, night pain: a doctor today.",
		Body: "Some back pain needs a doctor the same day rather than at your next appointment: " +
			"with a fever, after a fall or an accident, if you have ever had cancer, with weight loss you cannot explain, " +
			"or when the pain wakes you at night. They are rare, and a doctor can rule out what they might mean.",
	},
	{
		ID: "see-a-pt", Category: "red flags", Title: "When to see a physical therapist",
		Hint: "One leg tingling, sharp or joint pain, lasting pain: see a PT.",
		Body: "Tingling or numbness down one leg, sharp or stabbing pain, pain in a joint, and back pain that lasts or keeps coming back are not emergencies. " +
			"They do mean rolling is not the answer for now: it keeps muscles supple, it does not cure what is wrong underneath. " +
			"Stop, and let a physical therapist find the cause before you roll again.",
	},
	{
		ID: "numbness-tingling", Category: "red flags", Title: "Numbness or tingling down one leg",
		Hint: "Tingling down one leg: stop and see a physical therapist.",
		Body: "Numbness or tingling that runs down a leg means stop rolling straight away. " +
			"It can be a sign of an irritated nerve, often called sciatica. " +
			"See a physical therapist before you roll again. " +
			"In both legs at once it is an emergency: see the signs of an emergency.",
	},
	{
		ID: "structural-injuries", Category: "red flags", Title: "Injuries rolling cannot fix",
		Hint: "Disc and vertebra injuries are not for rolling.",
		Body: "Rolling keeps muscles supple; it does not treat injuries to the spine itself. " +
			"Problems such as a herniated disc or spondylolisthesis, where a vertebra slips out of place, need a professional. " +
			"If you have one, ask a physical therapist before you roll.",
	},
	{
		ID: "not-medical-advice", Category: "red flags", Title: "A guide, not a doctor",
		Hint: "backroll is a guide, not medical advice.",
		Body: "backroll is a guide to gentle self-care, not medical advice. " +
			"It cannot examine you or know your history. " +
			"If something feels wrong, stop and ask a physical therapist or doctor.",
	},
}

// TipByID returns the tip with the given ID.
func TipByID(id string) (Tip, bool) {
	for _, t := range Tips {
		if t.ID == id {
			return t, true
		}
	}
	return Tip{}, false
}

// Roller is a kind of foam roller; the first run asks which one the person has.
type Roller struct {
	ID       string            // as saved in config.toml
	Name     string            // "Trigger-point or spiked"
	Describe string            // one line beside the name
	Tip      string            // the tip about this kind; "" for not sure
	Notes    map[string]string // exercise ID: what to do differently there
	// Firm is a roller too hard for someone who must press lightly (blood
	// thinners, osteoporosis): FirmRollerCaution replaces its notes.
	Firm bool
}

// FirmRollerCaution is said instead of a firm roller's notes to someone
// whose answers call for light pressure.
const FirmRollerCaution = "Textured roller: too firm for you; use a soft one if you can."

// Rollers are the kinds of roller in the order the question lists them.
var Rollers = []Roller{
	{ID: "soft", Name: "Soft foam", Describe: "white and squashy; gives easily", Tip: "soft-roller"},
	{ID: "standard", Name: "Standard", Describe: "firm, black or blue, a little give", Tip: "standard-roller"},
	{
		ID: "trigger-point", Name: "Trigger-point or spiked", Describe: "hard core, ridges, knobs or spikes", Tip: "textured-roller",
		Firm: true,
		Notes: map[string]string{
			"mid-back":      "Textured roller: go lighter here; keep your hips down.",
			"lats":          "Textured roller: go lighter here; lean on your top hand.",
			"glutes":        "Textured roller: fine for a knot here, but keep breathing.",
			"hip-flexors":   "Textured roller: go gently; the front of the hip is tender.",
			"mid-back-wall": "Textured roller: go lighter; stand a little closer to the wall.",
		},
	},
	{
		ID: "peanut", Name: "Peanut", Describe: "two balls joined, a groove between", Tip: "peanut-roller",
		Notes: map[string]string{
			"mid-back":      "Peanut: spine in the groove, one ball on each side of it.",
			"mid-back-wall": "Peanut: spine in the groove, one ball on each side of it.",
		},
	},
	{ID: "not-sure", Name: "Not sure", Describe: "we'll show you the kinds"},
}

// RollerNotSure is the roller question's hint under "Not sure": what comes
// next, and what backroll assumes meanwhile (no kind's notes).
const RollerNotSure = "Until you know, we coach as for a standard roller: firm, a little give."

// RollerGuideEnd closes the guide to rollers shown to someone not sure
// which one they have.
const RollerGuideEnd = "Still not sure? A soft roller is the gentle place to start."

// RollerByID returns the roller with the given ID.
func RollerByID(id string) (Roller, bool) {
	for _, r := range Rollers {
		if r.ID == id {
			return r, true
		}
	}
	return Roller{}, false
}
