package serve

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

// className is what a class may be called: it is shown on every member's
// screen, so nothing that could draw. Compiled when first asked: at
// start, its 32 repeats took every command (status at each prompt)
// 0.1 to 0.2 ms, nearly all of this package's start-up
// (GODEBUG=inittrace=1).
var className = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`) })

// classRoutine is what a class rolls when its leader names no routine.
const classRoutine = "nightly"

// classUsage says how to join a class.
const classUsage = "join a class with: ssh -t -p PORT HOST class NAME [ROUTINE] (NAME: up to 32 of a-z, 0-9 and -)"

// class runs one member's connection to a roll-along class: `class NAME
// [ROUTINE]`. The first to join leads: they pick the routine (their
// ROUTINE, else nightly), start it with enter, and move the class with
// space, n, b and +. Everyone's p stops only them.
func (h *handler) class(ctx context.Context, s Session, fp string) int {
	if len(s.Args) < 2 || len(s.Args) > 3 || !className().MatchString(s.Args[1]) {
		fmt.Fprintln(s.Err, "backroll: "+classUsage)
		return 2
	}
	if s.Terminal == nil {
		fmt.Fprintln(s.Err, "backroll: a class needs a terminal to draw on; "+classUsage)
		return 2
	}
	id := fmt.Sprintf("%s/%d", fp, h.classSeq.Add(1))
	routine := classRoutine
	if len(s.Args) == 3 {
		routine = s.Args[2]
	}
	r, ok := content.RoutineByID(routine)
	if !ok {
		fmt.Fprintf(s.Err, "backroll: no routine %q; `ssh -p PORT HOST routines` lists them\n", routine)
		return 2
	}
	prof, err := h.o.Profile(s.Home)
	if err != nil {
		fmt.Fprintln(s.Err, "backroll: your answers cannot be read: "+text.Inert(err.Error()))
		return 1
	}
	room, leave := h.o.Classes.Join(s.Args[1], id)
	defer leave()
	m := &member{name: s.Args[1], routine: r, conds: prof.Conditions.List(), avoid: prof.Avoid.List(),
		record: record{joined: time.Now()}}
	defer h.record(s, m)
	keys, done := make(chan byte, 16), make(chan struct{})
	defer close(done)
	go typed(s.In, keys, done)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	shown := ""
	for {
		now := time.Now()
		v := room.View(id, now)
		m.follow(room.Holds(), v)
		if scr := m.screen(v); scr != shown {
			shown = scr
			// Home, clear, and lines each ended as a terminal in raw mode needs.
			if _, err := io.WriteString(s.Out, "\x1b[H\x1b[2J"+strings.ReplaceAll(scr, "\n", "\r\n")); err != nil {
				return 1
			}
		}
		changed := room.Changed()
		select {
		case <-ctx.Done():
			return 0
		case <-h.stopping:
			return 0
		case <-changed:
		case <-tick.C:
		case k, ok := <-keys:
			if !ok || k == 'q' || k == 3 {
				_, _ = io.WriteString(s.Out, "\x1b[H\x1b[2J")
				return 0
			}
			m.press(room, id, k, time.Now())
		}
	}
}

// member is one person's view of a class.
type member struct {
	name         string
	routine      content.Routine // what a leader starts
	conds, avoid []string        // their screening answers
	record
}

// press does what k does for this member: a leader's keys move the class,
// a follower's do nothing; p stops only this member.
func (m *member) press(room *class.Room, id string, k byte, now time.Time) {
	switch k {
	case 'p':
		room.Stop(id)
	case '\r', '\n':
		if p, err := coach.NewPlan(m.routine, coach.Options{}); err == nil {
			_ = room.Start(id, p, now) // a follower's enter, or a second, does nothing
		}
	case ' ', 'n', 'b', '+':
		_ = room.Move(id, rune(k), now) // refused for a follower: their help says so
	}
}

// screen is the member's whole screen for v.
func (m *member) screen(v class.View) string {
	var b strings.Builder
	who := "you follow the leader"
	if v.Leader {
		who = "you lead"
	}
	fmt.Fprintf(&b, "Class %s · %s · %d here", m.name, who, v.Members)
	if v.Leader && v.Stopped > 0 {
		fmt.Fprintf(&b, " · %d stopped", v.Stopped)
	}
	b.WriteString("\n\n")
	switch {
	case v.Me:
		b.WriteString(stoppedAdvice())
		b.WriteString("\nThe class goes on without you. q leaves.\n")
		return b.String()
	case !v.Started && v.Leader:
		fmt.Fprintf(&b, "%s is ready. Press enter to start the class when everyone is here.\n", m.routine.Name)
	case !v.Started:
		b.WriteString("Waiting for the leader to start.\n")
	default:
		m.running(&b, v.State, v.Routine)
	}
	b.WriteString("\n")
	if v.Leader {
		b.WriteString("enter start · space pause · n next · b back · + 15 s · p stop (a sign) · q leave\n")
	} else {
		b.WriteString("p stop (a sign) · q leave · space, n, b and + are the leader's\n")
	}
	return b.String()
}

// running writes the class's session as this member rolls it.
func (m *member) running(b *strings.Builder, st coach.State, routine string) {
	if st.Phase == coach.PhaseDone {
		b.WriteString("The class is done. Well done. q leaves.\n")
		return
	}
	fmt.Fprintf(b, "%s · step %d of %d\n", routine, min(st.Index+1, st.Steps), st.Steps)
	title := st.Step.Title()
	if st.Phase == coach.PhaseFinisher || st.Phase == coach.PhaseFinisherReady {
		title = "Cat-cow"
	}
	what := map[coach.Phase]string{coach.PhaseReady: "get ready", coach.PhaseSwitch: "switch sides",
		coach.PhaseHold: "hold", coach.PhaseFinisherReady: "get ready", coach.PhaseFinisher: "breathe"}[st.Phase]
	if sc := coach.Screen(st.Step.Exercise, m.conds, m.avoid); st.Step.Exercise.ID != "" && sc.LeftOut {
		fmt.Fprintf(b, "%s: sit this one out (%s left). %s\n", title, coach.Clock(st.Left), sc.Why)
	} else {
		fmt.Fprintf(b, "%s: %s, %s left\n", title, what, coach.Clock(st.Left))
	}
	if st.Paused {
		b.WriteString("Paused by the leader.\n")
	}
	fmt.Fprintf(b, "%s left in the class\n", coach.Clock(st.SessionLeft))
}

// stoppedAdvice is the red-flag advice, in our words from content.
func stoppedAdvice() string {
	var b strings.Builder
	b.WriteString("You stopped. Rest now, and roll again only when it feels right.\n")
	for _, t := range []content.RedFlagTier{content.Emergency, content.SameDay, content.SeePT} {
		b.WriteString("\n" + t.Intro + " " + strings.Join(t.Signs, "; ") + ".\n")
	}
	return b.String()
}

// typed sends each byte typed to keys until done, and closes keys when
// input ends.
func typed(in io.Reader, keys chan<- byte, done <-chan struct{}) {
	defer close(keys)
	buf := make([]byte, 64)
	for {
		n, err := in.Read(buf)
		for _, c := range buf[:n] {
			select {
			case keys <- c:
			case <-done:
				return
			}
		}
		if err != nil {
			return
		}
	}
}
