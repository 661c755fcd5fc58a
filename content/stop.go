package content

// What backroll says on a day a sign to stop was reported (p in a
// session): home says it instead of any word about the streak, and a
// session asks before it starts. Both tiers, as in RedFlagAfter: a
// physical therapist, or urgent care now for an urgent sign.
const (
	// StoppedToday heads the question before a session that day.
	StoppedToday = "You reported a sign to stop today"
	// StoppedTodayAdvice is what to do instead of rolling again.
	StoppedTodayAdvice = "Rest rather than roll: see a physical therapist before you roll again. " +
		"If you also have an urgent sign, such as trouble with your bladder or bowels, a numb groin, " +
		"a leg gone weak or a fever, get urgent care now."
	// StoppedTodayHome is home's line that day, in place of the streak's.
	StoppedTodayHome = "You reported sharp pain or tingling today. Rest, and see a physical therapist before you roll again; r shows when to get urgent care."
)

// StoppedTodayShort is StoppedTodayAdvice for a window too small for it.
const StoppedTodayShort = "See a physical therapist before rolling again; for an urgent sign, urgent care."
