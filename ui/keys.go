package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/ui/cues"
)

// Key maps: one per screen, declared once, so the help line shows exactly
// the keys that work where the person is.

type menuKeys struct {
	Move, Ends, Enter, Back, Quit, Help key.Binding
}

// moveKey is every key that moves a menu's cursor (moves): a row with the
// arrows or k and j, to the first or the last with home and end or g and G.
func moveKey() key.Binding {
	return key.NewBinding(key.WithKeys("up", "down", "k", "j", "home", "end", "g", "G"), key.WithHelp("↑/↓", "choose"))
}

// endsKey names the first and last of moveKey's keys in the full help.
func endsKey() key.Binding {
	return key.NewBinding(key.WithKeys("home", "end", "g", "G"), key.WithHelp("home/end", "first, last"))
}

func newMenuKeys() menuKeys {
	return menuKeys{
		Move:  moveKey(),
		Ends:  endsKey(),
		Enter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Help:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
	}
}

func (k menuKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Enter, k.Back, k.Quit, k.Help}
}

func (k menuKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Move, k.Ends, k.Enter}, {k.Back, k.Quit, k.Help}}
}

type chooseKeys struct {
	menuKeys
	Toggle, Longer, Shorter key.Binding
}

func newChooseKeys() chooseKeys {
	k := chooseKeys{
		menuKeys: newMenuKeys(),
		Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "pick")),
		Longer:   key.NewBinding(key.WithKeys("right", "l", "+"), key.WithHelp("←/→", "time")),
		Shorter:  key.NewBinding(key.WithKeys("left", "h", "-")),
	}
	return k
}

func (k chooseKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Toggle, k.Longer, k.Enter, k.Back, k.Help}
}

func (k chooseKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Move, k.Ends, k.Toggle, both(k.Longer, k.Shorter)}, {k.Enter, k.Back, k.Quit, k.Help}}
}

type sessionKeys struct {
	Pause, Start, Next, Back, Add, Tender, Help, Quit, Yes, No, Home, Feel, Pain, Undo, Stop, Accept key.Binding
}

func newSessionKeys() sessionKeys {
	return sessionKeys{
		Pause:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Start:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start now")),
		Next:   key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n", "next")),
		Back:   key.NewBinding(key.WithKeys("b", "left", "h"), key.WithHelp("b", "back")),
		Add:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "15 s")),
		Tender: key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "tender spot")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Quit:   key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Yes:    key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes, stop")),
		No:     key.NewBinding(key.WithKeys("n", "esc", "q"), key.WithHelp("n", "go on")),
		Home:   key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter", "done")),
		Feel:   key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-10", "how it feels")),
		Pain:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "sharp pain or tingling")),
		// Undo is its own key: p pressed twice in pain must not take
		// the report back.
		Undo:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo: no sharp pain")),
		Stop:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "sharp pain")),
		Accept: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "take the next step")),
	}
}

// bindings is a help.KeyMap over a fixed list, for screens whose keys change
// with their state.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
	bells bool // a session's: the full help lists the bell's patterns
}

func (b bindings) ShortHelp() []key.Binding { return b.short }

// FullHelp is the keys in columns; a screen with few keys has them in one.
func (b bindings) FullHelp() [][]key.Binding {
	if b.full == nil {
		return [][]key.Binding{b.short}
	}
	return b.full
}

// moves moves cursor among n rows when kp is one of move's keys, and
// reports whether it did: the menus share their ↑/↓ (wrapping round),
// home and end.
func moves(kp tea.KeyPressMsg, move key.Binding, cursor *int, n int) bool {
	if n == 0 || !key.Matches(kp, move) {
		return false
	}
	switch kp.String() {
	case "up", "k":
		*cursor = (*cursor + n - 1) % n
	case "down", "j":
		*cursor = (*cursor + 1) % n
	case "home", "g":
		*cursor = 0
	case "end", "G":
		*cursor = n - 1
	default:
		return false
	}
	return true
}

// both is a and b as one entry of the full help, with a's words: a pair
// such as ← and →, where only one says what the two do.
func both(a, b key.Binding) key.Binding {
	c := a
	c.SetKeys(slices.Concat(a.Keys(), b.Keys())...)
	return c
}

// leaves is where esc and q go from a menu: home, or out of backroll.
func (k menuKeys) leaves(kp tea.KeyPressMsg) intent {
	switch {
	case key.Matches(kp, k.Back):
		return goTo{homeScreen}
	case key.Matches(kp, k.Quit):
		return quitApp{}
	}
	return nil
}

// bellTable is the bell's patterns (cues.Bells) as the full help of a
// session lists them under its keys: entries packed into lines at most
// width wide, none broken; a pattern in brackets, as its dots would run
// into a separator's.
func bellTable(width int) []string {
	lines := []string{"bells:"}
	for _, b := range cues.Bells {
		entry := "[" + b.Pattern + "] " + b.Short
		last := &lines[len(lines)-1]
		switch {
		case strings.HasSuffix(*last, ":"):
			*last += " " + entry
		case utf8.RuneCountInString(*last+"  "+entry) <= width:
			*last += "  " + entry
		default:
			lines = append(lines, "       "+entry)
		}
	}
	return lines
}
