package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// stopped stands in front of every session in the two weeks after a sign
// to stop was reported (p, rules.LastStop): it asks whether a physical
// therapist has seen it, and until one has, rolling again is not the way,
// so not rolling is the answer under the cursor. Starting is the person's
// call, one key away.
type stopped struct {
	routine    content.Routine
	stop       rules.Stop
	standalone bool // started from the command line: going back closes backroll
	cursor     int  // 0 don't roll, 1 start
	keyMap     menuKeys
}

func newStopped(r content.Routine, st rules.Stop, standalone bool) *stopped {
	return &stopped{routine: r, stop: st, standalone: standalone, keyMap: newMenuKeys()}
}

// answers are the two choices, not rolling first.
func (s *stopped) answers() [2]string {
	back := content.StoppedNo + ", go back home"
	if s.standalone {
		back = content.StoppedNo + ", close backroll"
	}
	return [2]string{back, content.StoppedYes + " " + s.routine.Name}
}

// back is where going back leads.
func (s *stopped) back() intent {
	if s.standalone {
		return endSession{quit: true} // no session ran: the exit status says so
	}
	return goTo{homeScreen}
}

func (s *stopped) update(msg tea.Msg, _ frame) (tea.Cmd, intent) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	k := s.keyMap
	switch {
	case moves(kp, k.Move, &s.cursor, 2):
	case key.Matches(kp, k.Enter) && s.cursor == 1:
		return nil, startAnyway{s.routine}
	case key.Matches(kp, k.Enter), key.Matches(kp, k.Back):
		return nil, s.back()
	case key.Matches(kp, k.Quit):
		if s.standalone {
			return nil, s.back()
		}
		return nil, quitApp{}
	}
	return nil, nil
}

func (s *stopped) keys(frame) help.KeyMap {
	k := s.keyMap
	k.Enter.SetHelp("enter", "don't roll")
	if s.standalone {
		k.Back.SetHelp("esc", "close")
	}
	if s.cursor == 1 {
		k.Enter.SetHelp("enter", "start")
	}
	short := []key.Binding{k.Move, k.Enter, k.Back, k.Quit}
	return bindings{short: short, full: [][]key.Binding{{k.Move, k.Ends, k.Enter}, {k.Back, k.Quit}}}
}

func (s *stopped) view(f frame) string {
	st, w := f.st, textWidth(f)
	head := wrap(st.Heading.Render(s.stop.Head(f.now)+". "+content.StoppedAsk), w, 1, 1)
	var choices []string
	for i, a := range s.answers() {
		row := "   " + st.Text.Render(a)
		if i == s.cursor {
			row = " " + st.Selected.Render("▸ "+a)
		}
		choices = append(choices, row)
	}
	advice := wrap(st.Text.Render(content.StoppedAdvice), w, 1, 1)
	room := f.height - headerRows
	if len(head)+1+len(advice)+1+len(choices) > room {
		advice = wrap(st.Text.Render(content.StoppedShort), w, 1, 1)
	}
	lines := fitSections(room,
		section{head, 0},
		section{[]string{""}, 3},
		section{advice, 0},
		section{[]string{""}, 3},
		section{choices, 0},
		section{append([]string{""}, wrap(st.Muted.Render(content.Disclaimer), w, 1, 1)...), 2})
	return strings.Join(append([]string{f.header("before you roll", ""), ""}, lines...), "\n")
}
