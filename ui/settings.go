package ui

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/coach/text"
)

// settingsPage changes what config.toml keeps, one setting a row: ↑/↓
// choose, ←/→ change, enter saves (the file keeps its comments and every
// other line; coach/settings writes it), esc leaves without saving.
type settingsPage struct {
	now    saved.Settings // as changed on the screen
	was    saved.Settings // as saved last
	cursor int
	keyMap settingsKeys
	note   string // how the last save went
}

type settingsKeys struct {
	menuKeys
	Change key.Binding
	Left   key.Binding
}

// choice is one value a setting can take: what the screen shows, and how
// it sets it.
type choice struct {
	show string
	set  func(*saved.Settings)
}

// settingChoices are the values ←/→ go through for each setting, by key,
// in order: the common ones, within the limits coach/settings checks. The
// file can say others; a value that is none of these shows as it is and
// the next press moves to the nearest choice. Made the first time the
// settings screen asks: made at start, they and the clock's font took
// 0.25 ms of every command (status too, at each shell prompt).
var settingChoices = sync.OnceValue(func() map[string][]choice {
	return map[string][]choice{
		"session.hold": append([]choice{{"each area's own", func(s *saved.Settings) { s.Hold = 0 }}}, durations(func(s *saved.Settings, d time.Duration) { s.Hold = d }, 30, 45, 60, 75, 90, 120)...),
		"session.ready": append([]choice{{"the usual: 5 s, 10 s while new", func(s *saved.Settings) { s.Ready = 0 }}},
			durations(func(s *saved.Settings, d time.Duration) { s.Ready = d }, 5, 10, 15, 20)...),
		"session.breath":         breaths("4-6", "5-5", "4-7-8", "3-5", "4-8"),
		"session.reduced_motion": {{"off", func(s *saved.Settings) { s.ReducedMotion = false }}, {"on", func(s *saved.Settings) { s.ReducedMotion = true }}},
		"session.cues": append([]choice{{"the usual: bell, progress", func(s *saved.Settings) { s.Cues = nil }}},
			// notify-always is notify for tmux with focus-events off, which
			// never says the window is out of sight.
			cueLists([]string{"bell", "progress", "voice"}, []string{"bell", "progress", "notify"}, []string{"bell", "progress", "notify-always"},
				[]string{"bell", "progress", "voice", "breath", "countdown"}, []string{"bell"}, []string{"voice"}, []string{"none"})...),
		"session.theme":             themes(),
		"streak.min_minutes":        minuteChoices(0, 1, 2, 3, 5, 10),
		"streak.day_starts":         dayStarts(0, 2, 3, 4, 5, 6),
		"streak.rest_days_per_week": restDays(),
	}
})

func durations(set func(*saved.Settings, time.Duration), secs ...int) []choice {
	var out []choice
	for _, n := range secs {
		d := time.Duration(n) * time.Second
		out = append(out, choice{unitsOf(d), func(s *saved.Settings) { set(s, d) }})
	}
	return out
}

// unitsOf writes a setting's time in units, as the rest of the screen
// does ("5 s", "1 min"): "45 s", "1 min 15 s", "2 min", not a clock.
func unitsOf(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	switch m, s := secs/60, secs%60; {
	case m == 0:
		return fmt.Sprintf("%d s", s)
	case s == 0:
		return fmt.Sprintf("%d min", m)
	default:
		return fmt.Sprintf("%d min %d s", m, s)
	}
}

// breaths are the choices of breath, written as the file writes them.
func breaths(patterns ...string) []choice {
	var out []choice
	for _, p := range patterns {
		b, err := saved.ParseBreath(p)
		if err != nil {
			panic(err) // a mistake in the list above
		}
		out = append(out, choice{breathWords(b), func(s *saved.Settings) { s.Breath = b }})
	}
	return out
}

// breathWords says a breath as the settings screen shows it: "in 4 s, out
// 6 s", or "in 4 s, hold 7 s, out 8 s".
func breathWords(b coach.Breath) string {
	if b.Hold == 0 {
		return fmt.Sprintf("in %s, out %s", unitsOf(b.In), unitsOf(b.Out))
	}
	return fmt.Sprintf("in %s, hold %s, out %s", unitsOf(b.In), unitsOf(b.Hold), unitsOf(b.Out))
}

func cueLists(lists ...[]string) []choice {
	var out []choice
	for _, l := range lists {
		out = append(out, choice{strings.Join(l, ", "), func(s *saved.Settings) { s.Cues = slices.Clone(l) }})
	}
	return out
}

func themes() []choice {
	var out []choice
	for _, t := range saved.Themes {
		show := t
		if t == "none" {
			show = "no colour"
		}
		out = append(out, choice{show, func(s *saved.Settings) { s.Theme = t }})
	}
	return out
}

func minuteChoices(ns ...float64) []choice {
	var out []choice
	for _, n := range ns {
		out = append(out, choice{fmt.Sprintf("%g min", n), func(s *saved.Settings) { s.Streak.MinMinutes = n }})
	}
	return out
}

func dayStarts(hours ...int) []choice {
	var out []choice
	for _, h := range hours {
		d := time.Duration(h) * time.Hour
		out = append(out, choice{fmt.Sprintf("%02d:00", h), func(s *saved.Settings) { s.Streak.DayStarts = d }})
	}
	return out
}

func restDays() []choice {
	var out []choice
	for n := range 7 {
		out = append(out, choice{fmt.Sprint(n), func(s *saved.Settings) { s.Streak.RestDaysPerWeek = n }})
	}
	return out
}

func newSettingsScreen(s saved.Settings) *settingsPage {
	k := settingsKeys{
		menuKeys: newMenuKeys(),
		Change:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("←/→", "change")),
		Left:     key.NewBinding(key.WithKeys("left", "h")),
	}
	k.Enter.SetHelp("enter", "save")
	return &settingsPage{now: s, was: s, keyMap: k}
}

// settingShown is the value of field f in s as the screen says it: its choice's
// words, or the file's own value when it is none of the choices.
func settingShown(f saved.Field, s saved.Settings) string {
	if i := chosen(f, s); i >= 0 {
		return settingChoices()[f.Key][i].show
	}
	return f.Value(s)
}

// chosen is the index of f's choice that s holds, or -1.
func chosen(f saved.Field, s saved.Settings) int {
	for i, c := range settingChoices()[f.Key] {
		t := s
		c.set(&t)
		if f.Value(t) == f.Value(s) {
			return i
		}
	}
	return -1
}

func (m *settingsPage) keys(f frame) help.KeyMap {
	k := m.keyMap
	short := []key.Binding{k.Move, k.Change, k.Enter, k.Back, k.Quit, k.Help}
	if lineWidth(short) > helpRoom(f) {
		// Too narrow for every key: enter save goes first, where the line
		// is never cut, for nothing else says how to keep a change; the
		// ‹ › around the value hint at ←/→.
		short = []key.Binding{k.Enter, k.Change, k.Move, k.Back, k.Quit, k.Help}
	}
	return bindings{short: short,
		full: [][]key.Binding{{k.Move, k.Ends, both(k.Change, k.Left)}, {k.Enter, k.Back}, {k.Quit, k.Help}}}
}

// settingsSaved is the intent to keep the settings: the root writes them
// and puts what it can into effect at once.
type settingsSaved struct{ settings saved.Settings }

func (m *settingsPage) update(msg tea.Msg, _ frame) (tea.Cmd, intent) {
	if msg, ok := msg.(settingsSavedMsg); ok {
		m.note = "Saved to config.toml."
		if msg.err != nil {
			m.note = "Not saved: " + text.Inert(msg.err.Error())
		}
		return nil, nil
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	m.note = ""
	n := len(saved.Fields)
	k := m.keyMap
	switch {
	case moves(kp, k.Move, &m.cursor, n):
	case key.Matches(kp, k.Change), key.Matches(kp, k.Left):
		f := saved.Fields[m.cursor]
		choices := settingChoices()[f.Key]
		step := 1
		if key.Matches(kp, k.Left) {
			step = -1
		}
		i := chosen(f, m.now)
		if i < 0 && step < 0 {
			i = 0 // a value of the file's own: the first choice comes next
		}
		choices[((i+step)%len(choices)+len(choices))%len(choices)].set(&m.now)
	case key.Matches(kp, k.Enter):
		m.was = m.now
		return nil, settingsSaved{m.now}
	case key.Matches(kp, k.Back):
		m.now = m.was // unsaved changes are let go
		return nil, goTo{homeScreen}
	case key.Matches(kp, k.Quit):
		return nil, quitApp{}
	}
	return nil, nil
}

func (m *settingsPage) view(f frame) string {
	s := f.st
	var right []string
	rows, more := m.rows(f)
	if more != "" {
		right = append(right, more) // the list is longer than the window
	}
	if changed(m.now, m.was) {
		right = append(right, "not saved")
	}
	// What config.toml allows, padded to the longest field's, so that the
	// list, centred above it, stays put as the cursor moves.
	var allowed []string
	tallest := 0
	for i, field := range saved.Fields {
		a := append([]string{""}, wrap(s.Muted.Render("In config.toml: "+field.Allowed+"."), textWidth(f), 1, 1)...)
		tallest = max(tallest, len(a))
		if i == m.cursor {
			allowed = a
		}
	}
	for len(allowed) < tallest {
		allowed = append(allowed, "")
	}
	var note []string
	if m.note != "" {
		st := s.Good
		if strings.HasPrefix(m.note, "Not saved") {
			st = s.Warning
		}
		note = append([]string{""}, wrap(st.Render(m.note), textWidth(f), 1, 1)...)
	}
	about := append([]string{""}, wrap(s.Muted.Render("enter saves to config.toml, keeping your own lines and comments; esc leaves without saving. Flags given at the command line still win for that run."), textWidth(f), 1, 1)...)
	lines := fitSections(f.height-headerRows,
		section{rows, 0},
		section{allowed, 2},
		section{note, 0}, // how a save went is never left out
		section{about, 3})
	return strings.Join(append([]string{f.header("settings", strings.Join(right, " · ")), ""}, lines...), "\n")
}

// changed reports whether a and b differ in any setting.
func changed(a, b saved.Settings) bool {
	for _, f := range saved.Fields {
		if f.Value(a) != f.Value(b) {
			return true
		}
	}
	return false
}
