package content

// RedFlagTier is one tier of the signs to stop rolling: what to do, the
// signs that call for it, the tip that explains them and where the list
// comes from.
type RedFlagTier struct {
	Title  string   // what to do, in a few words: "Emergency now"
	Intro  string   // Title, then when, ending in a colon before the signs
	Signs  []string // a few plain words each; no diagnosis
	Tip    string   // the red-flags tip that names every sign of the tier
	Source string   // one of the Source* constants
}

// The three tiers, most urgent first. The words name what the person
// notices, never the cause: with back pain the first two tiers can point to
// a pressed nerve bundle, an infection, a fracture or a tumour, which is why
// they are not left for a therapist's appointment.
var (
	// Emergency are the signs of a pressed bundle of nerves at the base of
	// the spine: hours count.
	Emergency = RedFlagTier{
		Title: "Emergency now",
		Intro: "Emergency now: call emergency services or go to hospital if you notice:",
		Signs: []string{
			"a change in your bladder or bowels, such as losing control of them",
			"numbness around the groin or the inner thighs",
			"new weakness in one leg or both",
			"pain, numbness or tingling in both legs",
		},
		Tip:    "emergency-signs",
		Source: SourceRedFlags,
	}
	// SameDay are the signs that need a doctor's look the same day: an
	// infection, a fracture or a tumour can show this way.
	SameDay = RedFlagTier{
		Title: "See a doctor the same day",
		Intro: "See a doctor the same day, not at your next appointment, if you notice:",
		Signs: []string{
			"a fever along with back pain",
			"back pain that began with a fall or an accident",
			"having had cancer, at any time",
			"weight loss you cannot explain",
			"pain that wakes you at night",
		},
		Tip:    "same-day-signs",
		Source: SourceRedFlags,
	}
	// SeePT are the signs that rolling is not the answer, though nothing is
	// urgent: stop, and let a physical therapist look before rolling again.
	SeePT = RedFlagTier{
		Title: "See a physical therapist",
		Intro: "See a physical therapist, and stop rolling until one has looked, if you notice:",
		Signs: []string{
			"numbness or tingling that travels down one leg",
			"sharp or stabbing pain",
			"pain in a joint rather than in a muscle",
			"back pain that lasts or keeps coming back",
		},
		Tip:    "see-a-pt",
		Source: SourceArticle,
	}
)

// RedFlagTiers are the tiers in the order every list shows them.
var RedFlagTiers = []RedFlagTier{Emergency, SameDay, SeePT}

// RedFlagsBrief is the three tiers in one paragraph, for the command
// line's help and manual page, where no screen lists them.
const RedFlagsBrief = "When to stop: emergency now for bladder or bowel trouble, a numb groin, a weak leg or tingling in both; " +
	"see a doctor the same day for a fever, a fall, cancer, weight loss or night pain; " +
	"see a physical therapist for tingling down one leg, sharp or joint pain, or pain that lasts. " +
	"backroll tips red flags lists every sign."

// RedFlagLine is the one-line safety reminder shown with each session summary.
// Tingling down one leg is the physical therapist's tier; in both legs it
// is an emergency (RedFlagTiers), which a line that says "legs" would
// send to the wrong door.
const RedFlagLine = "Sharp pain, or tingling down one leg? Stop and see a physical therapist."

// RedFlagAfter replaces SeeYou in the summary when the person reports sharp
// pain or tingling: the three tiers in brief, the most urgent first.
const RedFlagAfter = "Stop rolling for now. Bladder or bowel trouble, a numb groin, a leg gone weak or both legs tingling: " +
	"emergency care now. A fever, or pain after a fall: a doctor today. " +
	"Otherwise, see a physical therapist before you roll again."

// StayActive is what helps back pain besides rolling, and what to do
// instead of rolling while a physical therapist has yet to look: bed rest
// is not advised (NICE guideline NG59).
const StayActive = "Stay active: walking and gentle movement help back pain."

// TenderNotSharp tells the normal from the warning sign.
const TenderNotSharp = "Tender and achy is normal while you roll; sharp or stabbing is not."

// NotForRolling names what rolling cannot treat.
const NotForRolling = "Rolling keeps muscles supple; it cannot treat injuries of the spine itself, " +
	"such as a herniated disc or spondylolisthesis. If you have one, ask a physical therapist before you roll."
