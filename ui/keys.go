package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Key maps: one per screen, declared once, so the help line shows exactly
// the keys that work where the person is.

type menuKeys struct {
	Up, Down, Enter, Back, Quit, Help key.Binding
}

func newMenuKeys() menuKeys {
	return menuKeys{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose")),
		Down:  key.NewBinding(key.WithKeys("down", "j")),
		Enter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Help:  key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
	}
}

func (k menuKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Enter, k.Back, k.Quit, k.Help}
}

func (k menuKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Enter}, {k.Back, k.Quit, k.Help}}
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
	return []key.Binding{k.Up, k.Toggle, k.Longer, k.Enter, k.Back, k.Help}
}

func (k chooseKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Toggle, k.Longer}, {k.Enter, k.Back, k.Quit, k.Help}}
}

type sessionKeys struct {
	Pause, Start, Next, Back, Add, Tender, Help, Quit, Yes, No, Home, Feel, Pain, Stop, Accept key.Binding
}

func newSessionKeys() sessionKeys {
	return sessionKeys{
		Pause:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Start:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start now")),
		Next:   key.NewBinding(key.WithKeys("n", "right", "l"), key.WithHelp("n", "next")),
		Back:   key.NewBinding(key.WithKeys("b", "left", "h"), key.WithHelp("b", "back")),
		Add:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "15 s")),
		Tender: key.NewBinding(key.WithKeys("k"), key.WithHelp("k", "tender spot")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Quit:   key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Yes:    key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "yes, stop")),
		No:     key.NewBinding(key.WithKeys("n", "esc", "q"), key.WithHelp("n", "keep going")),
		Home:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Feel:   key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-10", "how it feels")),
		Pain:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "sharp pain or tingling")),
		Stop:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "sharp pain")),
		Accept: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "take the next step")),
	}
}

// bindings is a help.KeyMap over a fixed list, for screens whose keys change
// with their state.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
}

func (b bindings) ShortHelp() []key.Binding { return b.short }

// FullHelp is the keys in columns; a screen with few keys has them in one.
func (b bindings) FullHelp() [][]key.Binding {
	if b.full == nil {
		return [][]key.Binding{b.short}
	}
	return b.full
}

// moves moves cursor among n rows, wrapping, when kp is one of up and
// down, and reports whether it was: the menus share their ↑/↓.
func moves(kp tea.KeyPressMsg, up, down key.Binding, cursor *int, n int) bool {
	switch {
	case n == 0:
		return false
	case key.Matches(kp, up):
		*cursor = (*cursor + n - 1) % n
	case key.Matches(kp, down):
		*cursor = (*cursor + 1) % n
	default:
		return false
	}
	return true
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
