package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/plan"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// onboarding asks the first-run questions: which roller, whether this is
// the first time, whether a condition changes how to roll (and where an
// injury is), and a one-time look at the red flags. Every step can be
// skipped, and so can the rest at once; either way it is not asked again.
type onboarding struct {
	step   onboardingStep
	prof   profile.Profile // the answers so far
	cursor int
	rerun  bool // backroll setup: the person asked for it
	noArea bool // enter on the injury's areas with none ticked: said what that means, enter again goes on
	// askZone asks the time zone (onboarding_zone.go); typed is the
	// answer so far, zoneErr why it is not a zone.
	askZone        bool
	typed, zoneErr string
	keyMap         onboardingKeys
	body           page        // the steps that are text to read, not a choice
	class          *class.Seat // asked on a new key's first connection, to a class (class_first.go)
}

type onboardingStep int

const (
	stepRoller onboardingStep = iota
	stepGuide                 // the kinds of roller, for "not sure"
	stepFirstTime
	stepScreening // the conditions that change how to roll
	stepInjury    // where a recent injury is, to leave it out
	stepSafety
	stepZone // over SSH without a TZ: the person's time zone
)

type onboardingKeys struct{ Move, Ends, Tick, Next, Skip, SkipAll, Quit key.Binding }

func newOnboarding(opts Options) *onboarding {
	p := opts.Profile
	o := &onboarding{prof: p, rerun: opts.Setup, askZone: opts.AskZone, typed: p.TimeZone, body: newPage(), keyMap: onboardingKeys{
		Move:    moveKey(),
		Ends:    endsKey(),
		Tick:    key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "tick")),
		Next:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Skip:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		SkipAll: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "skip all")),
		// q leaves as on every other screen, the questions still to ask.
		Quit: key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
	}}
	o.enter(stepRoller)
	return o
}

// firstTimeAnswers are the choices of the first-time question, yes first.
var firstTimeAnswers = []string{"Yes, I am new to it", "No, I have rolled before"}

// enter moves to step s with the cursor on the answer already given.
func (o *onboarding) enter(s onboardingStep) {
	o.step, o.cursor, o.noArea = s, 0, false
	o.body.top()
	switch s {
	case stepRoller:
		for i, r := range content.Rollers {
			if r.ID == o.prof.Roller {
				o.cursor = i
			}
		}
	case stepFirstTime:
		if o.prof.Onboarded && !o.prof.FirstTime {
			o.cursor = 1
		}
	}
}

// choices is how many answers the step offers.
func (o *onboarding) choices() int {
	switch o.step {
	case stepRoller:
		return len(content.Rollers)
	case stepFirstTime:
		return len(firstTimeAnswers)
	case stepScreening:
		return len(content.Conditions)
	case stepInjury:
		return len(injuryAreas())
	}
	return 0
}

// ticks reports whether the step is a list to tick, any number of them.
func (o *onboarding) ticks() bool { return o.step == stepScreening || o.step == stepInjury }

// injuryAreas are the areas a recent injury can leave out: those the
// routines roll.
func injuryAreas() []content.Exercise { return content.Areas() }

// ticked reports whether answer i of a list to tick is ticked.
func (o *onboarding) ticked(i int) bool {
	if o.step == stepScreening {
		return o.prof.Conditions.Has(content.Conditions[i].ID)
	}
	return o.prof.Avoid.Has(injuryAreas()[i].ID)
}

func (o *onboarding) done() intent {
	p := o.prof
	p.Onboarded = true
	return onboarded{p}
}

func (o *onboarding) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	o.layout(f)
	if o.step == stepZone {
		return nil, o.zoneUpdate(kp)
	}
	n := o.choices()
	k := o.keyMap
	switch {
	case moves(kp, k.Move, &o.cursor, n):
	case key.Matches(kp, k.SkipAll):
		return nil, o.skipAll()
	case key.Matches(kp, k.Quit):
		return nil, quitApp{}
	case key.Matches(kp, k.Tick) && o.ticks():
		if o.step == stepScreening {
			id := content.Conditions[o.cursor].ID
			o.prof.Conditions = o.prof.Conditions.With(id, !o.ticked(o.cursor))
		} else {
			id := injuryAreas()[o.cursor].ID
			o.prof.Avoid = o.prof.Avoid.With(id, !o.ticked(o.cursor))
			o.noArea = false
		}
	case key.Matches(kp, k.Next) && o.step == stepInjury && o.prof.Avoid == "" && !o.noArea:
		// No area ticked: say what that means before going on.
		o.noArea = true
		return nil, nil
	case key.Matches(kp, k.Next):
		switch o.step {
		case stepRoller:
			o.prof.Roller = content.Rollers[o.cursor].ID
			if o.prof.Roller == "not-sure" {
				o.enter(stepGuide)
				return nil, nil
			}
		case stepFirstTime:
			o.prof.FirstTime = o.cursor == 0
		case stepScreening:
			if o.prof.Conditions.Has(content.RecentInjury) {
				o.enter(stepInjury)
				return nil, nil
			}
			o.prof.Avoid = "" // no injury, nothing to leave out for one
		case stepSafety:
			if !o.body.read() {
				// What a person confirms they read is all shown first:
				// enter reads on until the end.
				o.body.down()
				return nil, nil
			}
			o.prof.SafetySeen = true
		}
		return nil, o.next()
	case key.Matches(kp, k.Skip) && o.step != stepGuide && !o.mustRead(): // on the guide, enter moves on
		return nil, o.next()
	case n == 0:
		o.body.update(kp)
	}
	return nil, nil
}

// next moves past this step, ending after the last.
func (o *onboarding) next() intent {
	switch o.step {
	case stepRoller, stepGuide:
		o.enter(stepFirstTime)
	case stepFirstTime:
		o.enter(stepScreening)
	case stepScreening, stepInjury:
		if o.askZone {
			o.enter(stepZone)
			return nil
		}
		fallthrough
	case stepZone:
		if !o.asksSafety() {
			return o.done()
		}
		o.enter(stepSafety)
	default:
		return o.done()
	}
	return nil
}

// asksSafety reports whether the red flags are one of the questions: not
// for someone who has read them already (before a session from the
// command line), unless they asked to go through the questions again.
func (o *onboarding) asksSafety() bool { return o.rerun || !o.prof.SafetySeen }

func (o *onboarding) keys(f frame) help.KeyMap {
	if o.step == stepZone {
		return o.zoneKeys()
	}
	k := o.keyMap
	move, full := k.Move, []key.Binding{k.Move, k.Ends}
	if o.choices() == 0 {
		move, full = o.body.scrollKey(), o.body.fullKeys()
	}
	next := k.Next
	if o.step == stepSafety {
		next.SetHelp("enter", "I have read this")
		if !o.body.read() {
			next.SetHelp("enter", "read on")
		}
	}
	if o.noArea {
		next.SetHelp("enter", "go on without one")
	}
	tick := k.Tick
	tick.SetEnabled(o.ticks())
	skip, skipAll := k.Skip, k.SkipAll
	skip.SetEnabled(o.step != stepGuide && !o.mustRead()) // enter already moves on
	skipAll.SetEnabled(!o.mustRead())
	// q is left to the full help: esc, which skips the rest and is not
	// asked again, is the way on that the short line keeps.
	short := []key.Binding{move, tick, next, skip, skipAll}
	if lineWidth(short) > helpRoom(f) {
		// Too narrow for every key: what enter does (go on, read on, I
		// have read this) and the tick go first, where the line is never
		// cut. A page of the red flags still to read says "next" for
		// "read on", so that ↑/↓ scroll stays on the line beside it.
		if o.step == stepSafety && !o.body.read() {
			next.SetHelp("enter", "next")
		}
		short = []key.Binding{next, tick, move, skip, skipAll}
	}
	return bindings{short: short, full: [][]key.Binding{append(full, tick), {next, skip, skipAll, k.Quit}}}
}

func (o *onboarding) view(f frame) string {
	where := "getting started"
	if o.rerun {
		where = "setup"
	}
	num := fmt.Sprintf("%d of %d", o.number(), o.questions())
	body := o.bodyLines(f)
	if o.choices() == 0 {
		body = o.body.lines()
		if more := o.body.more(f); more != "" {
			num = more + " · " + num
		}
	}
	if _, more := o.tickLines(f); more != "" {
		num = more + " · " + num // the list is longer than the window
	}
	lines := []string{f.header(where, num), ""}
	return strings.Join(append(lines, body...), "\n")
}

// layout fits a step that is text to read into the frame, a scroll away
// when it is taller.
func (o *onboarding) layout(f frame) {
	if o.choices() == 0 {
		o.body.fit(o.bodyLines(f), f.width, f.height-headerRows)
	}
}

// bodyLines are the step's lines under the header.
func (o *onboarding) bodyLines(f frame) []string {
	s := f.st
	var lines []string
	w := textWidth(f)
	switch o.step {
	case stepRoller:
		// The question and every answer always show; the words around
		// them only where the window has room.
		lines = append(lines, " "+s.Heading.Render("Which roller do you have?"), "")
		for i, r := range content.Rollers {
			lines = append(lines, o.choice(s, i, fmt.Sprintf("%-25s", r.Name), r.Describe, f.width))
		}
		// Each roller's hint, padded to the longest, so the question does
		// not move as the cursor does.
		room := f.height - headerRows
		hint, rows := []string{}, 0
		for i, r := range content.Rollers {
			t, _ := content.TipByID(r.Tip)
			if r.Tip == "" {
				t.Hint = content.RollerNotSure // no kind of its own: what we assume
			}
			h := wrapEven(s.Text, t.Hint, w, 1, 1)
			if t.Hint == "" {
				h = nil
			}
			rows = max(rows, len(h))
			if i == o.cursor {
				hint = h
			}
		}
		for len(hint) < rows {
			hint = append(hint, "")
		}
		if len(lines)+1+len(hint) <= room {
			lines = append(append(lines, ""), hint...)
		}
		if !o.rerun {
			count := [...]string{3: "Three", 4: "Four", 5: "Five"}[o.questions()] + " quick questions"
			intro := wrap(s.Muted.Render(f.said(o.intro(count, f.now))), w, 1, 1)
			if len(intro)+1+len(lines) <= room {
				lines = append(append(intro, ""), lines...)
			}
		}
	case stepGuide:
		lines = append(lines, " "+s.Heading.Render("The kinds of roller"), "")
		for _, r := range content.Rollers {
			t, ok := content.TipByID(r.Tip)
			if !ok {
				continue
			}
			lines = append(lines, wrap(s.Text.Render(r.Name)+s.Muted.Render(" · "+r.Describe), w, 1, 3)...)
			lines = append(lines, wrap(s.Muted.Render(t.Hint), w, 3, 3)...)
			lines = append(lines, "")
		}
		lines = append(lines, wrap(s.Text.Render(content.RollerGuideEnd), w, 1, 1)...)
	case stepFirstTime:
		var answers []string
		for i, a := range firstTimeAnswers {
			answers = append(answers, o.choice(s, i, a, "", f.width))
		}
		note := "Holds last a minute, with the usual reminders."
		if o.cursor == 0 {
			note = fmt.Sprintf("Holds last %d s instead of a minute, the reminders start gently, "+
				"and the summary tells you what to expect the next day.", int(plan.FirstTimeHold.Seconds()))
		}
		lines = fitSections(f.height-headerRows,
			section{wrap(s.Heading.Render("Is this your first time foam rolling?"), w, 1, 1), 0},
			section{[]string{""}, 2},
			section{answers, 0},
			section{append([]string{""}, wrap(s.Text.Render(note), w, 1, 1)...), 1})
	case stepScreening, stepInjury:
		lines, _ = o.tickLines(f)
	case stepZone:
		lines = o.zoneLines(f)
	case stepSafety:
		lines = append(lines, " "+s.Heading.Render("Before you roll: when to stop"), "")
		lines = append(lines, redFlagLines(s, w)...)
	}
	return lines
}

// choice is one answer of a question, marked when chosen.
func (o *onboarding) choice(s *Styles, i int, label, detail string, width int) string {
	row := "   " + s.Text.Render(label)
	if i == o.cursor {
		row = " " + s.Selected.Render("▸ "+label)
	}
	if detail != "" && 3+len([]rune(label))+1+len([]rune(detail)) < width {
		row += " " + s.Muted.Render(detail)
	}
	return row
}
