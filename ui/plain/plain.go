// Package plain coaches a session in lines of text, one for each change,
// with no cursor movement and no colour: for screen readers, logs, pipes
// and screens too small for the full-screen coach. It runs the same
// coach.Session as the full-screen app, on an injected clock, and saves to
// the same journal.
package plain

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/coach/store"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// Journal keeps what was rolled; ui/cli's history journal is one.
type Journal interface {
	Start(routine string, at time.Time) (session string)
	Hold(session string, e coach.HoldEvent) error
	End(session string, end store.SessionEnd) error
}

// Clock tells the time and wakes the coach. Tests pass one that jumps to
// the wake-up at once.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

// RealClock is the clock of the wall and the process's time zone.
var RealClock Clock = realClock{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Options shape a plain session.
type Options struct {
	Plan    coach.Plan
	Profile profile.Profile // a first-timer's notes, the roller's, whether the red flags were seen
	Journal Journal         // nil keeps nothing
	Clock   Clock           // nil is the real clock
	// Stop is a sign to stop whose rest lasts (rules.LastStop), if there is
	// one: the session asks before it starts, as the full-screen one does.
	Stop *rules.Stop
	// Advice is what the history suggests, said where the full screen
	// shows it: a word to go lighter (after a sign to stop, or ratings
	// that trend worse) at the start and in the summary, and a spot
	// tender session after session as its hold starts.
	Advice advice.Advice
	// Remote is a session over SSH (backroll serve): the setup it names
	// is typed through ssh.
	Remote bool
}

// Outcome is how a session ended, for the exit status.
type Outcome int

const (
	Finished Outcome = iota // reached the summary
	Stopped                 // stopped early: q, p or a signal
)

// idle is how long the loop waits when nothing is due.
const idle = time.Hour

// Keys are the bytes a terminal in raw mode sends.
const (
	keyCtrlC = 3
	keyEsc   = 0x1b
)

// runner is one plain session: the coach, what was said, and the journal.
type runner struct {
	o       Options
	s       *coach.Session
	say     *narrator
	id      string
	saveErr error
	asking  bool // "Stop this session?" is waiting for y
	held    bool // the clock was paused for the question
	// How the back feels, 0 fine to 10 very sore, when typed: before, on
	// the first get-ready; after, once the summary is said.
	feelBefore, feelAfter *int
}

// noted says a rating as it stands: a 1 says how to make it 10.
func noted(v int) string {
	if coach.TenPending(&v) {
		return "Noted: 1 of 10; type 0 next to make it 10."
	}
	return fmt.Sprintf("Noted: your back feels %d of 10.", v)
}

// Run coaches o.Plan to its end, writing to w. keys are the bytes typed at
// a terminal; a nil channel reads none, and the session runs through.
// Cancelling ctx (a signal) stops the session early; what was rolled is
// saved either way.
func Run(ctx context.Context, o Options, keys <-chan byte, w io.Writer) Outcome {
	if o.Clock == nil {
		o.Clock = realClock{}
	}
	if o.Stop != nil && !startAnyway(ctx, *o.Stop, o.Clock, keys, w) {
		return Stopped
	}
	now := o.Clock.Now()
	r := &runner{o: o, s: coach.New(o.Plan, now), say: newNarrator(o.Plan, o.Profile, keys != nil, w)}
	r.say.advice, r.say.remote = o.Advice, o.Remote
	// On a day a sign to stop was reported, the question before the
	// session said what to do; a word to go lighter beside it would say
	// it twice, and differently. Home leaves it out the same way.
	r.say.lighterAtStart = o.Stop == nil
	if o.Journal != nil {
		r.id = o.Journal.Start(o.Plan.Routine, now)
	}
	r.say.intro()
	if keys != nil {
		r.say.line("Before the first area, you may type 0 (fine) to 10 (very sore) for how your back feels.")
	}
	for {
		now = o.Clock.Now()
		r.s.Advance(now)
		st := r.s.State(now)
		r.record()
		if !r.asking {
			r.say.update(st)
		}
		if st.Phase == coach.PhaseDone {
			break
		}
		// Paused, or asking, nothing is due: the loop looks again in an
		// hour, which costs nothing and keeps one way of waiting.
		d, ok := r.say.wake(r.s, st, now)
		if !ok || r.asking {
			d = idle
		}
		select {
		case <-o.Clock.After(d):
		case k := <-keys:
			r.key(k, o.Clock.Now())
		case <-ctx.Done():
			r.say.line("Stopped.")
			r.s.Quit(o.Clock.Now())
		}
	}
	return r.finish(ctx, keys)
}

// startAnyway asks whether a physical therapist has seen the sign to stop
// reported at st, says what to do until one has, and reports whether the
// person starts: y does, any other key leaves without rolling. Without keys
// there is no one to answer, and nothing starts.
func startAnyway(ctx context.Context, st rules.Stop, c Clock, keys <-chan byte, w io.Writer) bool {
	fmt.Fprintln(w, st.Head(c.Now())+". "+content.StoppedAsk)
	fmt.Fprintln(w, content.StoppedAdvice)
	fmt.Fprintln(w, content.Disclaimer)
	if keys == nil {
		fmt.Fprintln(w, "Not started. From a terminal, y starts it once a physical therapist has seen it.")
		return false
	}
	fmt.Fprintln(w, "Press y if one has, to start; any other key leaves without rolling.")
	for {
		select {
		case <-c.After(idle):
			// No answer within the hour: wait again. Waiting on the
			// clock as the session loop does keeps one way of waiting,
			// the one a test's fake clock drives.
		case k := <-keys:
			if k == 'y' || k == 'Y' {
				return true
			}
			fmt.Fprintln(w, "Not started.")
			return false
		case <-ctx.Done():
			fmt.Fprintln(w, "Not started.")
			return false
		}
	}
}

// key applies one typed key. Keys follow the full-screen session's.
func (r *runner) key(k byte, now time.Time) {
	r.s.Advance(now)
	st := r.s.State(now)
	if r.asking {
		r.asking = false
		switch k {
		case 'y', 'Y', keyCtrlC:
			r.say.line("Stopped.")
			r.s.Quit(now)
			return
		case 'p':
			// Pain is never a question, not even this one: as on the
			// full screen's, p stops with the advice to stop.
			r.sharpPain(now)
			return
		}
		if r.held {
			r.held = false
			r.s.TogglePause(now)
			r.say.paused = false
		}
		r.say.line("Going on.")
		return
	}
	switch {
	case k >= '0' && k <= '9' && st.Index == 0 && st.Phase == coach.PhaseReady:
		r.feelBefore = coach.Rate(r.feelBefore, int(k-'0'))
		r.say.line(noted(*r.feelBefore))
		return
	}
	switch k {
	case ' ':
		if readyPhase(st.Phase) && !st.Paused {
			r.s.StartNow(now)
		} else {
			r.s.TogglePause(now)
		}
	case 'n', 'l': // l and h as on the full screen, for vim's hands
		r.s.Next(now)
		r.say.again()
	case 'b', 'h':
		r.s.Back(now)
		r.say.again()
	case '+':
		before := st.Left
		added := r.s.AddTime(now)
		after := r.s.State(now)
		if after.Why != "" {
			// Less than asked: the area's two minutes have no more room,
			// or a tender spot takes light pressure only.
			r.say.line(after.Why)
		}
		if !added {
			if after.Why == "" {
				r.say.line("No time to add here.")
			}
			break
		}
		// Said, as the screen shows it: the time added and what is left.
		r.say.line(fmt.Sprintf("%s more: %s left.", spoken(after.Left-before), spoken(after.Left)))
	case 'k':
		switch {
		case st.Tender:
			r.s.LeaveTender(now)
		case r.s.Tender(now):
			if why := r.s.State(now).Why; why != "" {
				r.say.line(why) // the spot cut to the area's time left
			}
		case r.o.Plan.NoTender:
			r.say.line(coach.WhyNoTenderHere)
		}
	case 'p':
		// Pain is a reason to stop now, not a question.
		r.sharpPain(now)
	case keyCtrlC:
		r.say.line("Stopped.")
		r.s.Quit(now)
	case 'q':
		// A stray key is easy to hit from the floor, and losing a session
		// to it is worse than one more key: ask, on one line a screen
		// reader reads at once, with the clock stopped meanwhile.
		r.asking = true
		r.held = !st.Paused
		if r.held {
			r.s.TogglePause(now)
			r.say.paused = true
		}
		r.say.line("Stop this session? Press y to stop, p for sharp pain or tingling, any other key to go on. What you rolled is kept.")
	case '?':
		r.say.keys(&st)
	}
}

// sharpPain stops the session at once on sharp pain or tingling, with the
// red flag in its record; the summary says what to do.
func (r *runner) sharpPain(now time.Time) {
	r.say.line("Stopped: sharp pain or tingling.")
	r.s.SetRedFlag(true)
	r.s.Quit(now)
}

func readyPhase(ph coach.Phase) bool {
	return ph == coach.PhaseReady || ph == coach.PhaseSwitch || ph == coach.PhaseFinisherReady
}

// record hands the holds that ended to the journal. A failed write is said
// once; the session runs on all the same.
func (r *runner) record() {
	for _, e := range r.s.TakeEvents() {
		if r.o.Journal == nil {
			continue
		}
		r.saved(r.o.Journal.Hold(r.id, e))
	}
}

func (r *runner) saved(err error) {
	if err != nil && r.saveErr == nil {
		r.saveErr = err
		r.say.line("This session is not being saved; it runs all the same.")
	}
}

// finish says the summary, asks how the back feels now when someone can
// answer (after a session stopped early too, if it rolled), and saves the session's own record. A session with nothing
// rolled or flagged is not recorded, as in the full-screen app.
func (r *runner) finish(ctx context.Context, keys <-chan byte) Outcome {
	r.record()
	sum := r.s.Summary()
	r.say.summary(sum)
	// Stopped early with q, a session that rolled is asked too; one
	// stopped by a signal is not: no one waits for an answer.
	rolled := sum.Finished || (sum.Rolled.Round(time.Second) != 0 && ctx.Err() == nil)
	if keys != nil && rolled && !sum.RedFlag {
		r.askAfter(ctx, keys)
	}
	if r.o.Journal != nil && (sum.Rolled.Round(time.Second) != 0 || sum.RedFlag) {
		r.saved(r.o.Journal.End(r.id, store.SessionEnd{Summary: sum, FeelBefore: r.feelBefore, FeelAfter: r.feelAfter}))
	}
	if r.saveErr != nil {
		r.say.line("This session could not be saved: " + text.Inert(r.saveErr.Error()))
	}
	if sum.Finished {
		return Finished
	}
	return Stopped
}

// afterWait is how long the question after a session waits for an answer
// before the program ends without one.
const afterWait = 30 * time.Second

// askAfter asks how the back feels now and takes a digit, or 1 then 0
// for 10; any other key, or no answer in afterWait, goes without. A 1
// waits afterWait again for the 0.
func (r *runner) askAfter(ctx context.Context, keys <-chan byte) {
	r.say.line(fmt.Sprintf("How does your back feel now? Type 0 (fine) to 10 (very sore), or wait %s to finish without.", spoken(afterWait)))
	for {
		select {
		case <-r.o.Clock.After(afterWait):
		case k := <-keys:
			if k >= '0' && k <= '9' {
				r.feelAfter = coach.Rate(r.feelAfter, int(k-'0'))
				if coach.TenPending(r.feelAfter) {
					// A 0 may follow to make 10, as slowly as it comes
					// from the floor: the wait starts again.
					r.say.line(noted(1))
					continue
				}
			}
		case <-ctx.Done():
		}
		break
	}
	if r.feelAfter != nil {
		r.say.line(fmt.Sprintf("Noted: your back feels %d of 10.", *r.feelAfter))
	}
}
