package content

// What backroll says in the two weeks after a sign to stop was reported (p
// in a session): home says it instead of any word about the streak, and
// every start asks first, not rolling being the answer under the cursor.
// One message wherever it shows: see a physical therapist before rolling
// again, stay active meanwhile, and the two more urgent tiers of
// RedFlagTiers in brief.
const (
	// StoppedHead heads it, followed by when: "today", "on Mon 30 Nov".
	StoppedHead = "You reported a sign to stop"
	// StoppedAsk is the question before a session.
	StoppedAsk = "Has a physical therapist seen your back since?"
	// StoppedAdvice is what to do instead of rolling, under the question.
	StoppedAdvice = "Until one has, don't roll. " + StayActive + " " +
		"Bladder or bowel trouble, a numb groin, a leg gone weak or both legs tingling: emergency care now. " +
		"A fever, or pain after a fall: a doctor today."
	// StoppedShort is StoppedAdvice for a window too small for it.
	StoppedShort = "Until one has, don't roll. For an emergency sign, get care now."
	// StoppedHome follows the head on home, in place of the streak's line,
	// and in the advice shown after a session.
	StoppedHome = "Don't roll again until a physical therapist has seen it. " + StayActive +
		" r shows when to get care sooner."
	// StoppedNo and StoppedYes are the question's answers, not rolling
	// first; StoppedYes is followed by the routine's name.
	StoppedNo  = "No: don't roll yet"
	StoppedYes = "Yes: start"
)
