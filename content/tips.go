package content

// Tip is one short piece of advice, shown by category.
type Tip struct {
	ID       string
	Category string // one of TipCategories
	Title    string
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

// RedFlagLine is the one-line safety reminder shown with each session summary.
const RedFlagLine = "Numb or tingling legs, or sharp pain? Stop and see a physical therapist."

// Tomorrow is what the summary says about the next day.
const Tomorrow = "You may feel a little bruised tomorrow, like after a massage: that is normal, and water helps. Sharp pain, or pain in a joint rather than a muscle, is not."

// Disclaimer says what backroll is and is not.
const Disclaimer = "backroll is a guide to gentle self-care, not medical advice."

// Tips are grouped by category in TipCategories order.
var Tips = []Tip{
	// technique
	{
		ID: "roll-slowly", Category: "technique", Title: "Roll slowly",
		Body: "Slow is the whole trick. Push the roller along with your legs at a gentle crawl, " +
			"so each part of the muscle gets time under the pressure. " +
			"Fast passes skim over the very spots you came for.",
	},
	{
		ID: "stay-on-tender-spot", Category: "technique", Title: "Stay on a tender spot",
		Body: "When a spot feels tight or knotted, stop rolling and rest on it for 20 to 30 seconds. " +
			"Pressure alone does not relax a muscle; your nervous system needs that time to tell it to let go. " +
			"Press k to mark the spot, breathe slowly and wait.",
	},
	{
		ID: "mid-back-first", Category: "technique", Title: "The mid-back is made for rolling",
		Body: "The mid and upper back, where your ribs join the spine, is built to move and has the rib cage around it. " +
			"Hours hunched over a laptop or phone leave it stiff. " +
			"That makes it the best place on your back to roll.",
	},
	{
		ID: "what-rolling-does", Category: "technique", Title: "What rolling does",
		Body: "Foam rolling is a way of massaging yourself, known as self-myofascial release. " +
			"It works on the fascia, the thin connective tissue that wraps your muscles. " +
			"When that tissue tightens you feel stiff, and slow, steady pressure helps it ease.",
	},
	{
		ID: "little-and-often", Category: "technique", Title: "Little and often",
		Body: "Rolling a little on most days does more than a long, hard session now and then. " +
			"Five minutes before bed, or straight after a workout, is enough. " +
			"Begin with the mid-back and glutes.",
	},

	// where not to roll
	{
		ID: "why-not-lower-back", Category: "where not to roll", Title: "Why not the lower back",
		Body: "The lower back has no ribs around it and is less stable than the upper back. " +
			"Put your weight on a roller there and the muscles brace to protect the spine instead of relaxing. " +
			"The roller also presses on the bony bumps of the spine and near the kidneys.",
	},
	{
		ID: "lower-back-neighbours", Category: "where not to roll", Title: "Help the lower back through its neighbours",
		Body: "Your pelvis sits between the hip flexors in front and the glutes behind. " +
			"When either side is tight it tilts the pelvis, and the lower back takes the strain. " +
			"Tight lats and a stiff mid-back pull on it too, so those are the places to roll.",
	},
	{
		ID: "why-not-neck", Category: "where not to roll", Title: "Why not the neck",
		Body: "The neck is made of small joints that are not built to take your weight on a roller. " +
			"Stop the roller before it reaches your neck and keep your head resting in your hands. " +
			"If your neck feels stiff, roll the mid-back and lats instead.",
	},
	{
		ID: "stop-before-joints", Category: "where not to roll", Title: "Stop before joints",
		Body: "Roll muscle, not joints. " +
			"Keep the roller away from the back of the knee, the elbow and the neck. " +
			"Pain inside a joint is a sign to stop, not to push on.",
	},

	// breathing
	{
		ID: "keep-breathing", Category: "breathing", Title: "Keep breathing",
		Body: "Holding your breath is the most common mistake. " +
			"A held breath puts your body on alert, ready to fight or run, and your muscles tighten to protect you. " +
			"That undoes the very thing you are rolling for.",
	},
	{
		ID: "how-hard", Category: "breathing", Title: "How hard is too hard",
		Body: "Rolling a tight muscle can feel intense, and some tenderness is fine. " +
			"If you catch yourself holding your breath or wincing, you are pressing too hard. " +
			"Take some weight into your hands and feet until you can breathe easily again. " +
			"A muscle will not relax through pain.",
	},
	{
		ID: "breathe-low", Category: "breathing", Title: "Breathe low and slow",
		Body: "Let each breath go deep, down into your belly, rather than high in your chest. " +
			"On a tender spot, breathe into it and let your body get heavier on each breath out. " +
			"Slow breathing tells your body it is safe, which helps the muscle let go.",
	},

	// roller types
	{
		ID: "soft-roller", Category: "roller types", Title: "Soft rollers",
		Body: "Soft foam rollers, often white, squash easily under your weight. " +
			"They suit beginners and anyone who finds firm pressure too much. " +
			"Start here if you are not sure.",
	},
	{
		ID: "standard-roller", Category: "roller types", Title: "Standard high-density rollers",
		Body: "The common firm roller, usually black or blue, is dense but gives a little. " +
			"Most people can use one once rolling feels familiar. " +
			"It works well for the mid-back, lats and glutes.",
	},
	{
		ID: "textured-roller", Category: "roller types", Title: "Trigger-point and spiked rollers",
		Body: "Trigger-point rollers have a hard core under patterned foam and dig into single spots. " +
			"Rollers with big spikes go further still. " +
			"Both are too much for a beginner and for a whole-back session, so leave them for later.",
	},
	{
		ID: "peanut-roller", Category: "roller types", Title: "Peanut rollers",
		Body: "A peanut roller is two balls joined together, with a channel between them. " +
			"Your spine sits safely in the channel while the two balls work the long muscles on either side. " +
			"That makes it a very good fit for the back.",
	},

	// after rolling
	{
		ID: "next-day-soreness", Category: "after rolling", Title: "Sore the next day",
		Body: "If you are new to rolling, you may feel a little bruised the next day, much as after a workout. " +
			"That is normal as long as the soreness is in the muscle. " +
			"Sharp or stabbing pain in a joint is not, so stop and get it checked. " +
			"Drink some water: staying hydrated helps your body clear what rolling stirred up.",
	},
	{
		ID: "cat-cow-after", Category: "after rolling", Title: "Finish with cat-cow",
		Body: "After rolling, a few slow cat-cows move your spine through the range you have just gained. " +
			"Breathe in as your belly drops and your chest lifts. " +
			"Breathe out as your back rounds and your chin tucks.",
	},

	// common mistakes
	{
		ID: "rolling-too-fast", Category: "common mistakes", Title: "Racing over knots",
		Body: "It is tempting to roll quickly back and forth over a knot, hoping to smooth it out. " +
			"Muscles do not respond to that. " +
			"Slow down, stop on the spot and give it 20 to 30 seconds.",
	},
	{
		ID: "too-long-on-one-spot", Category: "common mistakes", Title: "Staying too long",
		Body: "More time on one spot is not better. " +
			"If a knot has not eased within a minute or two, leave it and carry on. " +
			"Staying longer may irritate a nerve rather than relax the muscle.",
	},
	{
		ID: "head-unsupported", Category: "common mistakes", Title: "Letting your head hang",
		Body: "On the mid-back, a head without support drops back and strains your neck. " +
			"Rest it in your hands the whole time so your neck stays in line with your spine. " +
			"Lying limp on the roller does little, so lift your hips slightly and steer with your legs.",
	},

	// red flags
	{
		ID: "numbness-tingling", Category: "red flags", Title: "Numbness or tingling in the legs",
		Body: "Numbness or tingling that runs down a leg means stop rolling straight away. " +
			"It can be a sign of an irritated nerve, often called sciatica. " +
			"See a physical therapist before you roll again.",
	},
	{
		ID: "sharp-or-joint-pain", Category: "red flags", Title: "Sharp pain or pain in a joint",
		Body: "Rolling can feel tender, but it should never feel sharp or stabbing. " +
			"Pain that sits in a joint rather than in the muscle is also a reason to stop. " +
			"If it does not settle, see a physical therapist.",
	},
	{
		ID: "pain-persists", Category: "red flags", Title: "Pain that does not go away",
		Body: "If your back pain keeps on or keeps coming back, stop rolling and see a physical therapist. " +
			"Rolling is for upkeep, not a cure. " +
			"It cannot fix what is wrong underneath.",
	},
	{
		ID: "structural-injuries", Category: "red flags", Title: "Injuries rolling cannot fix",
		Body: "Rolling keeps muscles supple; it does not treat injuries to the spine itself. " +
			"Problems such as a herniated disc or spondylolisthesis, where a vertebra slips out of place, need a professional. " +
			"If you have one, ask a physical therapist before you roll.",
	},
	{
		ID: "not-medical-advice", Category: "red flags", Title: "A guide, not a doctor",
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
