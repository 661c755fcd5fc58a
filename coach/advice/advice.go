// Package advice reads the last two weeks of the history for what they say
// about the coaching: a step up after enough gentle sessions, more time on
// a spot that keeps coming up tender, and a word to go lighter when the
// back is not doing well. It only ever offers; the person decides.
package advice

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/content"
)

// The thresholds. Feel ratings run from 0 (fine) to 10 (very sore).
const (
	// Span is how far back the advice looks for habits and trends: two
	// weeks show a habit, and soreness from a month ago says little
	// about today.
	Span = 14 * 24 * time.Hour

	// Window is how far back the records Advise is given must reach: the
	// Span, and a sign to stop whose rest has not run out (its own day
	// and the streak.RedFlagRestDays after it, a day that may start hours
	// after midnight, on a clock that may be a day off, in a session that
	// began before p was pressed).
	Window = Span + 3*24*time.Hour

	// GentleSessions is how many gentle sessions, on different days and
	// since the last step, earn the next step: six in two weeks is rolling
	// most days, long enough for the body to have got used to the load.
	GentleSessions = 6

	// MinRolled is what a session must roll to count towards a step: the
	// minute that makes a day count for the streak.
	MinRolled = time.Minute

	// TenderSessions is how many of an area's latest sessions the tender
	// note looks at: the same as Progress, so both tell the same story.
	TenderSessions = streak.TenderSessions

	// MinTenderSessions is the fewest sessions of an area that can say
	// "most": one tender session out of one is a bad evening.
	MinTenderSessions = 3

	// TenderExtra is the time offered on top on a spot that keeps coming
	// up tender: one press of + in a session, a few slow breaths more, as
	// far as the area's two minutes allow (Spot.Said).
	TenderExtra = coach.AddStep

	// WorseBy is how much higher the mean after-rating of the last seven
	// days must be than that of the seven before to count as worse: two
	// points is more than the ups and downs of ordinary days.
	WorseBy = 2.0

	// MinWeekRatings is the fewest after-ratings a week's mean is taken
	// over: fewer is one evening's mood, not a trend.
	MinWeekRatings = 2

	// MinRatedSessions is the fewest sessions rated both before and after
	// that can show most sessions leaving the back worse than it began.
	MinRatedSessions = 3
)

// Advice is what the history suggests as of a moment.
type Advice struct {
	Next    *Step    // the step up on offer; nil when none is due, and always after a caution
	Tender  []Spot   // areas tender in most of their recent sessions, by exercise and side
	Lighter *Caution // go lighter and see a physical therapist; nil when all is well
	// Stop is a sign to stop whose rest has not run out (rules.LastStop):
	// every start asks first. nil when there is none.
	Stop *rules.Stop
}

// StepKind names a step up: one of the rules' offers.
type StepKind = rules.Offer

// The steps, offered in this order, one at a time, each only where
// rules.May allows it.
const (
	LongerHolds  = rules.LongerHolds
	AddLats      = rules.AddLats
	FirmerRoller = rules.FirmerRoller
)

// Step is a step up the coach offers.
type Step struct {
	Kind   StepKind
	Title  string // "Longer holds"
	Offer  string // the question the person answers yes or no
	Reason string // why now, in a sentence
}

// Apply is p with the step accepted on the day of now. The caller saves it
// (profile.Save keeps the rest of config.toml as it was).
func (s Step) Apply(p profile.Profile, now time.Time) profile.Profile {
	switch s.Kind {
	case LongerHolds:
		p.FirstTime = false
	case AddLats:
		p.Lats = true
	case FirmerRoller:
		p.Roller = "standard"
	}
	p.Stepped = now.Format(time.DateOnly)
	return p
}

// Spot is an area found tender in most of its recent sessions.
type Spot struct {
	Exercise string
	Side     string
	Tender   int           // sessions that found it tender...
	Sessions int           // ...of its latest (at most TenderSessions) in the window
	Extra    time.Duration // offered on top of its hold; 0 when none is (a caution, or the rules)
	Note     string        // what the history says of it; Said adds the offer
}

// Said is the spot's note with the offer of its extra time, as far as
// room allows: room is what + may still add to the hold now
// (coach.State.Room), within the area's two minutes. The offer is one key
// and never of time the area does not have; with no room, or no key to
// press (room 0), the note is said alone.
func (sp Spot) Said(room time.Duration) string {
	add := min(sp.Extra, room).Truncate(time.Second)
	if add <= 0 {
		return sp.Note
	}
	return sp.Note + fmt.Sprintf(" Press + to stay %d s longer.", add/time.Second)
}

// Caution is the advice to go lighter.
type Caution struct {
	RedFlag time.Time // the latest red flag in the window; zero when none
	Worse   bool      // the feel ratings trend worse
	Note    string
}

// Advise reads the records of the history in the Window before now for
// prof: a sign to stop whose rest, by the days of set, has not run out
// (rules.LastStop), and in the Span before now (older records are
// skipped) the rest of the advice. The same records, profile, settings
// and moment always give the same advice.
//
// Ratings trend worse when either
//   - the mean after-rating of the last 7 days is WorseBy or more above
//     that of the 7 days before, each mean over MinWeekRatings or more; or
//   - of the sessions of the window rated both before and after, at least
//     MinRatedSessions, more than half were rated worse after.
//
// A step is offered when there is no caution, no session of the window was
// rated worse after than before, and GentleSessions sessions that rolled
// MinRolled or more fall on different days after the day of the last step.
// After any caution no extra time is offered either: the load never goes
// up while the coach says to go lighter. Nor is a step or extra time the
// rules refuse for the person's answers (rules.May).
func Advise(recs []history.Record, prof profile.Profile, set streak.Settings, now time.Time) Advice {
	from := now.Add(-Span)
	sessions := map[string]*session{}
	get := func(r *history.Record) *session {
		s := sessions[r.Session]
		if s == nil {
			s = &session{start: r.Start, areas: map[area]bool{}}
			sessions[r.Session] = s
		}
		return s
	}
	for i := range recs {
		r := &recs[i]
		if r.Start.Before(from) {
			continue
		}
		switch r.Kind {
		case history.KindHold:
			s := get(r)
			s.start = earlier(s.start, r.Start)
			s.rolled += time.Duration(r.RolledS) * time.Second
			a := area{r.Exercise, r.Side}
			s.areas[a] = s.areas[a] || r.Tender > 0
		case history.KindSession:
			s := get(r)
			s.start = r.Start // the session's own start wins over its holds'
			s.before, s.after = r.FeelBefore, r.FeelAfter
		}
	}
	list := make([]*session, 0, len(sessions))
	for _, s := range sessions {
		list = append(list, s)
	}
	slices.SortFunc(list, func(a, b *session) int { return a.start.Compare(b.start) })

	var adv Advice
	if st, ok := rules.LastStop(recs, set, now); ok {
		adv.Stop = &st
	}
	adv.Lighter = caution(list, adv.Stop, now)
	extra, _ := rules.May(rules.TenderExtra, prof)
	adv.Tender = spots(list, adv.Lighter == nil && extra)
	if adv.Lighter == nil {
		adv.Next = next(list, prof)
	}
	return adv
}

type area struct{ exercise, side string }

type session struct {
	start         time.Time
	rolled        time.Duration
	areas         map[area]bool // the areas it rolled: true where one was tender
	before, after *int
}

func (s *session) worse() bool {
	return s.before != nil && s.after != nil && *s.after > *s.before
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// caution looks for a red flag and for ratings that trend worse.
func caution(list []*session, stop *rules.Stop, now time.Time) *Caution {
	var c Caution
	if stop != nil {
		c.RedFlag = stop.At
	}
	var last, before []int
	rated, worse := 0, 0
	for _, s := range list {
		if s.after != nil {
			if now.Sub(s.start) < Span/2 {
				last = append(last, *s.after)
			} else {
				before = append(before, *s.after)
			}
		}
		if s.before != nil && s.after != nil {
			rated++
			if s.worse() {
				worse++
			}
		}
	}
	if len(last) >= MinWeekRatings && len(before) >= MinWeekRatings && mean(last)-mean(before) >= WorseBy {
		c.Worse = true
	}
	if rated >= MinRatedSessions && 2*worse > rated {
		c.Worse = true
	}
	switch {
	case stop != nil:
		// The words of home and of the question before every start: one
		// message, not a second that says to go lighter.
		c.Note = stop.Home(now)
	case c.Worse:
		c.Note = "Your back has been feeling worse after rolling lately. Go lighter: shorter holds, less weight on the roller. If it keeps up, see a physical therapist."
	default:
		return nil
	}
	return &c
}

func mean(xs []int) float64 {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

// spots finds the areas tender in most of their latest sessions, with
// extra time on offer when extra is true.
func spots(list []*session, extra bool) []Spot {
	type tally struct{ tender, sessions int }
	seen := map[area]*tally{}
	// Newest first, so each area counts its latest sessions.
	for _, s := range slices.Backward(list) {
		for a, tender := range s.areas {
			n := seen[a]
			if n == nil {
				n = &tally{}
				seen[a] = n
			}
			if n.sessions == TenderSessions {
				continue
			}
			n.sessions++
			if tender {
				n.tender++
			}
		}
	}
	var out []Spot
	for a, n := range seen {
		if n.sessions < MinTenderSessions || 2*n.tender <= n.sessions {
			continue
		}
		sp := Spot{Exercise: a.exercise, Side: a.side, Tender: n.tender, Sessions: n.sessions}
		if extra {
			sp.Extra = TenderExtra
		}
		sp.Note = fmt.Sprintf("%s: tender in %d of your last %d sessions. Slow down there and breathe into it.",
			title(a), n.tender, n.sessions)
		out = append(out, sp)
	}
	slices.SortFunc(out, func(a, b Spot) int {
		return cmp.Or(cmp.Compare(a.Exercise, b.Exercise), cmp.Compare(a.Side, b.Side))
	})
	return out
}

// title names an area as the session does: "Left glute".
func title(a area) string {
	ex, ok := content.ExerciseByID(a.exercise)
	if !ok {
		ex = content.Exercise{ID: a.exercise, Name: a.exercise} // from a newer version, say
	}
	return coach.Step{Exercise: ex, Side: a.side}.Title()
}

// next is the step up on offer, if one is due.
func next(list []*session, prof profile.Profile) *Step {
	days := map[string]bool{}
	lats := prof.Lats
	for _, s := range list {
		if s.worse() {
			return nil
		}
		for a := range s.areas {
			lats = lats || a.exercise == "lats"
		}
		if day := s.start.Format(time.DateOnly); s.rolled >= MinRolled && day > prof.Stepped {
			days[day] = true
		}
	}
	if len(days) < GentleSessions {
		return nil
	}
	reason := fmt.Sprintf("%d gentle sessions on different days in two weeks, none leaving your back worse.", len(days))
	may := func(o rules.Offer) bool { ok, _ := rules.May(o, prof); return ok }
	switch {
	case prof.FirstTime && may(LongerHolds):
		return &Step{LongerHolds, "Longer holds",
			"Move on from the first-timer's shorter holds to a full minute on each area?", reason}
	case !lats && may(AddLats):
		return &Step{AddLats, "Add the lats",
			"Add the lats, the broad muscles down your sides, to routines that roll more than one area, like nightly?",
			strings.TrimSuffix(reason, ".") + ", and your lats have not had a turn."}
	case prof.Roller == "soft" && may(FirmerRoller):
		return &Step{FirmerRoller, "A firmer roller",
			"Try a standard roller: firmer than soft foam, with a little give. Say yes once you have one.", reason}
	}
	return nil
}

// AdviseFile is Advise on the history file at path, read one record at a
// time and keeping only the Window's.
func AdviseFile(path string, prof profile.Profile, set streak.Settings, now time.Time) (Advice, error) {
	from := now.Add(-Window)
	var recs []history.Record
	_, err := history.ScanFile(path, now, func(r *history.Record) {
		if !r.Start.Before(from) {
			recs = append(recs, *r)
		}
	})
	if err != nil {
		return Advice{}, err
	}
	return Advise(recs, prof, set, now), nil
}

// Routine is r as the steps prof accepted shape it: with the lats
// accepted, a routine of several areas that lacks them ends with them.
// A routine of one area stays just that area, and a step never adds an
// area the answers leave out (a step taken before the answers changed).
func Routine(r content.Routine, prof profile.Profile) content.Routine {
	if !prof.Lats || len(r.Items) < 2 || slices.ContainsFunc(r.Items, func(it content.Item) bool { return it.Exercise == "lats" }) {
		return r
	}
	if ok, _ := rules.May(AddLats, prof); !ok {
		return r
	}
	r.Items = append(slices.Clip(r.Items), content.Item{Exercise: "lats"})
	return r
}
