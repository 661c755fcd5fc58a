package content

// Condition is something about a person's body that changes how, or
// whether, an area may be rolled. The screening question lists them; each
// one chosen changes the plan (coach.NewPlan) and says why.
type Condition struct {
	ID    string
	Label string // as listed in the screening question
	Short string // a few lower-case words for a list: "left out: pregnancy"
	Why   string // what backroll changes for it, and why, one or two sentences
	// Gentle, for a condition that calls for light pressure everywhere,
	// is why, in a few words that finish "Light pressure and a soft
	// roller: ..." (coach/rules.GentleNote); "" for the others.
	Gentle string
	// Source names where the rule comes from; the facts carry over, the
	// words are ours.
	Source string
}

// MidBackWall is the mid-back rolled standing against a wall, which the
// plan builder rolls instead of the mid-back in pregnancy.
const MidBackWall = "mid-back-wall"

// Unscreened is said before the first area of a session started before
// the screening question was ever asked.
const Unscreened = "Not asked yet: pregnancy, osteoporosis, blood thinners, a recent injury or varicose veins " +
	"change what you roll. If one applies, press q and answer with backroll setup first."

// IDs of the conditions, for the plan builder's rules.
const (
	Pregnancy     = "pregnancy"
	Osteoporosis  = "osteoporosis"
	BloodThinners = "blood-thinners"
	RecentInjury  = "recent-injury"
	VaricoseVeins = "varicose-veins"
)

// Conditions are the screening question's answers, in the order asked.
var Conditions = []Condition{
	{
		ID:    Pregnancy,
		Short: "pregnancy",
		Label: "Pregnant",
		Why: "No lying on your back or your belly: the mid-back is rolled standing against a wall instead, " +
			"and the hip flexors are left out. Ask your midwife or doctor before you start.",
		Source: SourceCaution,
	},
	{
		ID:    Osteoporosis,
		Short: "osteoporosis",
		Label: "Osteoporosis, or a past fracture of the spine",
		Why: "No rolling along the spine or on the ribs, so the mid-back and the lats are left out; " +
			"the softest roller and light pressure elsewhere, and a small cat-cow. Ask a clinician before you start.",
		Gentle: "go easy on your bones",
		Source: SourceCaution,
	},
	{
		ID:     BloodThinners,
		Short:  "blood thinners",
		Label:  "Blood thinners or a bleeding disorder",
		Why:    "Rolling can bruise you more easily: a soft roller, light pressure and no long holds on tender spots.",
		Gentle: "you bruise more easily",
		Source: SourceCaution,
	},
	{
		ID:     RecentInjury,
		Short:  "recent injury",
		Label:  "A recent fracture, surgery, blood clot or open wound where you would roll",
		Why:    "Next you pick where it is. That area is left out until it has healed and a clinician says it may be rolled.",
		Source: SourceConsensus,
	},
	{
		ID:     VaricoseVeins,
		Short:  "varicose veins",
		Label:  "Varicose veins",
		Why:    "Veins near the front of the hip are not for pressing: the hip flexors are left out.",
		Source: SourceCaution,
	},
}

// ConditionByID returns the condition with the given ID.
func ConditionByID(id string) (Condition, bool) {
	for _, c := range Conditions {
		if c.ID == id {
			return c, true
		}
	}
	return Condition{}, false
}

// Where backroll's safety rules come from. The facts carry over; the
// wording is backroll's own.
const (
	SourceArticle   = "the foam rolling guide backroll is built on: where to roll, where never to, and when to stop"
	SourceConsensus = "an international expert consensus on when not to foam roll (Bartsch and others, J Clin Med, 2021)"
	SourceRedFlags  = "clinical red-flag lists for back pain, such as NICE guideline NG59 and the international red-flag framework (Finucane and others, 2020)"
	// SourceCaution is for rules no published source settles: the 2021
	// consensus agreed only on open wounds and fractures (do not roll) and
	// on inflammation, blood clots and two bone conditions (take care).
	SourceCaution = "ordinary clinical caution: the 2021 foam rolling consensus did not settle this one, so backroll errs on the safe side"
)
