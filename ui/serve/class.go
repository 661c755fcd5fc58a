package serve

import (
	"context"
	"fmt"
	"regexp"
	"sync"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/plan"
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
var classUsage = "join a class with: " + content.Typed("class NAME [ROUTINE]", true) + " (NAME: up to 32 of a-z, 0-9 and -)"

// class runs one member's connection to a roll-along class: `class NAME
// [ROUTINE]`, the full-screen app on the class's clock (Options.Run with
// Session.Class). The first to join leads: they pick the routine (their
// ROUTINE, else nightly), start it with enter, and move the class with
// space, n, b and +. Everyone's k and p are their own.
func (h *handler) class(ctx context.Context, s Session, fp string) int {
	if len(s.Args) < 2 || len(s.Args) > 3 {
		fmt.Fprintln(s.Err, "backroll: "+classUsage)
		return 2
	}
	if !className().MatchString(s.Args[1]) {
		// Say which word is wrong: "Evening" looks right to its typist.
		fmt.Fprintf(s.Err, "backroll: %q is not a class name; %s\n", text.Inert(s.Args[1]), classUsage)
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
		fmt.Fprintf(s.Err, "backroll: no routine %q; `%s` lists them\n", text.Inert(routine), content.Typed("routines", true))
		return 2
	}
	prof, err := h.o.Profile(s.Home)
	if err != nil {
		fmt.Fprintln(s.Err, "backroll: your answers cannot be read: "+text.Inert(err.Error()))
		return 1
	}
	// The class rolls the routine as written; each member's answers
	// decide what they sit out and whether k is theirs to press.
	p, err := coach.NewPlan(r, coach.Options{})
	if err != nil {
		fmt.Fprintln(s.Err, "backroll: "+text.Inert(err.Error()))
		return 1
	}
	you := plan.ClassMember(r, prof)
	room, leave := h.o.Classes.JoinAs(s.Args[1], id, s.Leads)
	defer leave()
	s.Class = room.Seat(id, you, p, time.Now())
	return h.o.Run(ctx, s)
}
