package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/profile"
)

// The time zone question is asked over SSH (backroll serve) when the
// person's ssh sent no TZ: the server's clock may be hours from theirs,
// and their days would be counted on it. Locally the machine's zone is
// theirs, and it is never asked.

// maxZoneName is the longest name the answer takes: the longest in the
// zone database is 30 characters.
const maxZoneName = 40

// zoneRune reports whether r can be part of a zone's name; nothing else
// is taken, so what is typed is shown as it is.
func zoneRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_+-/", r)
}

// zoneUpdate takes a key on the time zone question: letters of a name,
// backspace, enter to check it (with nothing typed, the server's zone is
// kept), esc to skip the rest.
func (o *onboarding) zoneUpdate(kp tea.KeyPressMsg) intent {
	switch {
	case key.Matches(kp, o.keyMap.SkipAll):
		return o.skipAll()
	case kp.String() == "enter":
		if o.typed == "" {
			o.prof.TimeZone = ""
			return o.next()
		}
		if _, err := profile.Zone(o.typed); err != nil {
			o.zoneErr = err.Error()
			return nil
		}
		o.prof.TimeZone = o.typed
		return o.next()
	case kp.String() == "backspace":
		if o.typed != "" {
			o.typed = o.typed[:len(o.typed)-1]
		}
	case kp.Text != "" && len(o.typed)+len(kp.Text) <= maxZoneName && !strings.ContainsFunc(kp.Text, func(r rune) bool { return !zoneRune(r) }):
		o.typed += kp.Text
	case kp.Text == "":
		o.body.update(kp) // ↑/↓ scroll the words a short window cuts
		return nil
	default:
		return nil
	}
	o.zoneErr = ""
	return nil
}

// zoneKeys are the keys of the time zone question.
func (o *onboarding) zoneKeys() help.KeyMap {
	next := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next"))
	if o.typed == "" {
		next.SetHelp("enter", "keep the server's")
	}
	// ↑/↓ shows only where a short window cuts the words (page.scrollKey).
	short := []key.Binding{next, o.keyMap.SkipAll, o.body.scrollKey()}
	return bindings{short: short, full: [][]key.Binding{short}}
}

// zoneLines are the time zone question's lines under the header.
func (o *onboarding) zoneLines(f frame) []string {
	s, w := f.st, textWidth(f)
	// The answer comes first, under the question: a short window cuts
	// the words below it, never what is typed.
	lines := []string{" " + s.Heading.Render("Which time zone are you in?"), "", " " + s.Selected.Render("▸ "+o.typed+"_")}
	if o.zoneErr != "" {
		lines = append(lines, wrap(s.Warning.Render(o.typed+" is "+o.zoneErr), w, 1, 1)...)
	}
	lines = append(lines, "")
	return append(lines, wrap(s.Text.Render("Your ssh did not say, and the server's clock says "+
		f.now.Format("15:04 (MST)")+". Type your zone, such as Europe/Paris or America/New_York, "+
		"so that your days are counted on your clock; enter with nothing typed keeps the server's."), w, 1, 1)...)
}

// questions is how many questions are asked: the roller, the first time
// and the screening always, then the time zone and the red flags when asked.
func (o *onboarding) questions() int {
	n := 3
	if o.askZone {
		n++
	}
	if o.asksSafety() {
		n++
	}
	return n
}

// number is the step's question's number.
func (o *onboarding) number() int {
	switch o.step {
	case stepRoller, stepGuide:
		return 1
	case stepFirstTime:
		return 2
	case stepScreening, stepInjury:
		return 3
	}
	if o.step == stepZone || !o.askZone {
		return 4
	}
	return 5
}
