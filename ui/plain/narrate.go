package plain

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	rules "github.com/backroll/backroll/coach/plan" // "plan" is the tests' helper here
	"github.com/backroll/backroll/coach/profile"
	coachrules "github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// cueEvery is how often a hold's cue changes, as on the full-screen hold.
const cueEvery = 15 * time.Second

// narrator turns the session's state into lines: it remembers what it last
// said and speaks only of what changed, so a screen reader reads each line
// once and a log stays short.
type narrator struct {
	w       io.Writer
	plan    coach.Plan
	prof    profile.Profile
	hasKeys bool
	fresh   bool // the next update announces the phase even if it looks the same
	phase   coach.Phase
	index   int
	paused  bool
	tender  bool
	cue     string
	said    map[time.Duration]bool // time marks of this hold already said
	rep     int
	part    coach.BreathPhase // of the breath last said

	advice         advice.Advice // what the history suggests (advice.go)
	lighterAtStart bool          // its word to go lighter is said with the routine
	remote         bool          // over SSH: setup is typed through ssh
}

func newNarrator(p coach.Plan, prof profile.Profile, hasKeys bool, w io.Writer) *narrator {
	return &narrator{w: w, plan: p, prof: prof, hasKeys: hasKeys, fresh: true}
}

// line writes one line. Write errors are ignored: the coaching goes on
// whether or not anyone is reading, and the history is saved all the same.
func (n *narrator) line(s string) {
	fmt.Fprintln(n.w, s)
}

// again makes the next update announce the current phase: after n or b the
// session may be back where it was (b on the first area), which a person
// should still hear.
func (n *narrator) again() { n.fresh = true }

func (n *narrator) intro() {
	var areas []string
	for _, s := range n.plan.Steps {
		areas = append(areas, s.Title())
	}
	if n.plan.Finisher {
		areas = append(areas, "then cat-cow")
	}
	n.line(fmt.Sprintf("backroll, %s routine, about %s: %s.", n.plan.Name, spoken(n.plan.Total()), strings.Join(areas, ", ")))
	for _, c := range n.plan.Changes {
		n.line(c) // what the command line and the screening answers changed, and why
	}
	if n.lighterAtStart {
		n.lighter() // as home says it, under today's status
	}
	if !n.prof.Onboarded {
		// Never asked: the screening question, said, rather than a first
		// session that passes over it in silence.
		n.line("Before you roll: does any of these apply to you?")
		for _, c := range content.Conditions {
			n.line("- " + c.Label)
		}
		stop := "press q to stop"
		if !n.hasKeys {
			stop = "stop with ctrl+c" // a pipe: no key is read
		}
		n.line("If one does, " + stop + " and answer with " + content.Typed("setup", n.remote) +
			", which changes or leaves out areas for it; until then nothing is left out.")
	}
	if !n.prof.SafetySeen {
		for _, tier := range content.RedFlagTiers {
			n.line(tier.Intro)
			for _, f := range tier.Signs {
				n.line("- " + f)
			}
		}
		n.line(content.Disclaimer)
	}
	if n.hasKeys {
		n.keys(nil)
	}
}

// update says what changed since the last update.
func (n *narrator) update(st coach.State) {
	if n.fresh || st.Phase != n.phase || st.Index != n.index {
		n.fresh = false
		n.phase, n.index, n.paused, n.tender = st.Phase, st.Index, st.Paused, st.Tender
		n.enter(st)
		return
	}
	if st.Paused != n.paused {
		n.paused = st.Paused
		if st.Paused {
			n.line("Paused. Space goes on.")
		} else {
			n.line("Going on, " + spoken(n.left(st)) + " left.")
		}
	}
	switch st.Phase {
	case coach.PhaseHold:
		n.hold(st)
	case coach.PhaseFinisher:
		n.breath(st)
	}
}

func (n *narrator) left(st coach.State) time.Duration {
	if st.Tender {
		return st.TenderLeft
	}
	return st.Left
}

// enter announces a new phase.
func (n *narrator) enter(st coach.State) {
	n.moveOn(st)
	switch st.Phase {
	case coach.PhaseReady, coach.PhaseSwitch:
		ex := st.Step.Exercise
		if st.Phase == coach.PhaseSwitch {
			// The steps were said for the first side: the second needs
			// only where the roller goes.
			n.line(fmt.Sprintf("Switch sides: %s, %s.", st.Step.Title(), ex.Position))
			n.line(rules.SwitchSides(st.Step))
			n.line("Where: " + ex.Landmarks)
			n.startsIn(st)
			return
		}
		n.line(fmt.Sprintf("Get ready, area %d of %d: %s, %s.", st.Index+1, st.Steps, st.Step.Title(), ex.Position))
		for i, s := range slices.Concat(ex.GetOn, ex.Setup) {
			n.line(fmt.Sprintf("%d. %s", i+1, sided(s, st.Step.Side)))
		}
		n.line("Where: " + ex.Landmarks)
		for _, note := range rules.SetupNotes(ex, n.prof) {
			n.line(note)
		}
		n.line("It should feel like this: " + lower(ex.Feel))
		n.line("Pressure: " + content.PressureGuide)
		var off []string
		for _, s := range ex.GetOff {
			off = append(off, sided(s, st.Step.Side))
		}
		n.line("To come off: " + strings.Join(off, " "))
		n.startsIn(st)
	case coach.PhaseHold:
		n.said = map[time.Duration]bool{}
		n.line(fmt.Sprintf("%s, %s: hold for %s.", st.Step.Title(), st.Step.Exercise.Position, spoken(st.Length)))
		n.spot(st)
		n.cue = ""
		n.hold(st)
	case coach.PhaseFinisherReady:
		cc := coachrules.Finisher(n.prof)
		n.line(fmt.Sprintf("Get ready for %s, %s.", cc.Name, cc.Position))
		for i, s := range cc.Setup {
			n.line(fmt.Sprintf("%d. %s", i+1, s))
		}
		n.line("It should feel like this: " + lower(cc.Feel))
		n.startsIn(st)
	case coach.PhaseFinisher:
		n.line(fmt.Sprintf("Cat-cow: %d slow breaths, %s.", st.Reps, pattern(n.plan.Breath)))
		n.rep = 0
		n.breath(st)
	}
}

func (n *narrator) startsIn(st coach.State) {
	s := "Starting in " + spoken(st.Left) + "."
	if n.hasKeys {
		s = "Starting in " + spoken(st.Left) + "; space starts now."
	}
	if st.Paused {
		s = "Paused. Space goes on."
	}
	n.line(s)
}

// mark is a moment of a hold worth saying: a time left.
type mark struct {
	left time.Duration
	text string
}

// marks are the moments said in a hold of length d. Each needs ten seconds
// of hold before it, so a short hold is not all announcements.
func marks(d time.Duration) []mark {
	var m []mark
	if half := d / 2; half >= 40*time.Second {
		m = append(m, mark{half, "Halfway."})
	}
	for _, k := range []mark{{30 * time.Second, "Thirty seconds left."}, {10 * time.Second, "Ten seconds left."}} {
		if d >= k.left+10*time.Second {
			m = append(m, k)
		}
	}
	return m
}

func (n *narrator) hold(st coach.State) {
	if st.Tender != n.tender {
		n.tender = st.Tender
		if st.Tender {
			n.line(fmt.Sprintf("Tender spot: stay on it for %s and breathe. %s", spoken(st.TenderLeft), content.TenderCue))
		} else {
			n.line(fmt.Sprintf("Back to the area, %s left.", spoken(st.Left)))
			n.spotOver(st)
		}
	}
	if st.Tender {
		return
	}
	for _, m := range marks(st.Length) {
		switch {
		case st.Left > m.left:
			n.said[m.left] = false // time was added: say it again when it comes
		case !n.said[m.left]:
			n.said[m.left] = true
			n.line(m.text)
		}
	}
	if cue := cueAt(st); cue != n.cue {
		n.cue = cue
		// Without keys, a cue to press one would only confuse; so would a
		// cue to mark a tender spot when those holds are off.
		if (n.hasKeys && !n.plan.NoTender) || !strings.Contains(cue, "Press ") {
			n.line(cue)
		}
	}
}

// cueAt rotates through the exercise's cues, one every cueEvery of the hold.
func cueAt(st coach.State) string {
	cues := st.Step.Exercise.Cues
	return cues[int((st.Length-st.Left)/cueEvery)%len(cues)]
}

// breath says each part of each cat-cow breath (in, held, out): the whole
// cue for the first two breaths, then the pose and the count, which is
// enough to follow once the moves are known. A held breath stays in cow.
func (n *narrator) breath(st coach.State) {
	if st.Rep == n.rep && st.Breath.Phase == n.part {
		return
	}
	n.rep, n.part = st.Rep, st.Breath.Phase
	cc := coachrules.Finisher(n.prof)
	first := st.Rep <= 2
	switch {
	case st.Breath.Phase == coach.BreathIn && first:
		n.line(fmt.Sprintf("Breath %d of %d, cow. %s", st.Rep, st.Reps, cc.Cow))
	case st.Breath.Phase == coach.BreathIn:
		n.line(fmt.Sprintf("Breath %d of %d, cow: breathe in.", st.Rep, st.Reps))
	case st.Breath.Phase == coach.BreathHold && first:
		n.line(cc.Hold)
	case st.Breath.Phase == coach.BreathHold:
		n.line("Cow: hold.")
	case first:
		n.line("Cat. " + cc.Cat)
	default:
		n.line("Cat: breathe out.")
	}
}

// pattern says a breath's parts: "in for 4 seconds and out for 6
// seconds", or with a hold "in for 4 seconds, hold for 7 seconds and out
// for 8 seconds".
func pattern(b coach.Breath) string {
	if b.Hold == 0 {
		return fmt.Sprintf("in for %s and out for %s", spoken(b.In), spoken(b.Out))
	}
	return fmt.Sprintf("in for %s, hold for %s and out for %s", spoken(b.In), spoken(b.Hold), spoken(b.Out))
}

// wake is how long until something worth saying may happen: the phase's
// deadline, the next cue, the next time mark, the next part of a breath.
func (n *narrator) wake(s *coach.Session, st coach.State, now time.Time) (time.Duration, bool) {
	due, ok := s.NextDeadline()
	if !ok {
		return 0, false
	}
	d := due.Sub(now)
	switch {
	case st.Phase == coach.PhaseHold && !st.Tender:
		elapsed := st.Length - st.Left
		d = min(d, cueEvery-elapsed%cueEvery)
		for _, m := range marks(st.Length) {
			if st.Left > m.left {
				d = min(d, st.Left-m.left)
			}
		}
	case st.Phase == coach.PhaseFinisher:
		d = min(d, st.Breath.Left)
	}
	return max(d, 0), true
}

// summary says what the session amounted to and what to do next.
func (n *narrator) summary(sum coach.Summary) {
	head := rules.SummaryHead(sum, n.plan)
	n.line(head)
	n.line(fmt.Sprintf("Rolled %s: %s.", spoken(sum.Rolled), areas(sum.Holds)))
	if sum.RedFlag {
		// The advice to stop replaces the next-day note, and says what
		// backroll is not.
		n.line("Sharp pain or tingling. " + content.RedFlagAfter)
		n.line(content.Disclaimer)
		return
	}
	n.lighter() // in place of a step up, as on the full screen
	note := content.SeeYou
	switch {
	case sum.Rolled.Round(time.Second) == 0:
	case n.prof.FirstTime:
		note = content.Tomorrow
	}
	n.line("Tomorrow: " + note)
	n.line(content.RedFlagLine)
	n.line(content.Disclaimer)
}

// areas names each area rolled, once, in order: those rolled for
// coach.AreaCounts or more, as on the full screen.
func areas(holds []coach.HoldEvent) string {
	names := coach.AreasRolled(holds)
	for i, n := range names {
		names[i] = lower(n)
	}
	if len(names) == 0 {
		return "no areas yet"
	}
	return strings.Join(names, ", ")
}

// spoken writes a duration as it is said: "1 minute 30 seconds".
func spoken(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	m, s := secs/60, secs%60
	var parts []string
	if m > 0 {
		parts = append(parts, count(m, "minute"))
	}
	if s > 0 || m == 0 {
		parts = append(parts, count(s, "second"))
	}
	return strings.Join(parts, " ")
}

func count(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// sided names the side in text written for "this side".
func sided(s, side string) string {
	if side == "" {
		return s
	}
	return strings.ReplaceAll(s, "this side", "your "+side+" side")
}

func lower(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
