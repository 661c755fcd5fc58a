package ui

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/backroll/backroll/content"
)

// tips is the tips library: every tip under its category, a search that
// narrows the list as you type, and one tip open to read.
type tips struct {
	list   list.Model
	open   bool // a tip is open
	body   page // the open tip's text
	keyMap tipsKeys
}

// tipsKeys label the help line. The list and the page match keys with
// their own maps, bound in newTips to the same keys.
type tipsKeys struct {
	Up, Pages, Read, Search, Done, Cancel, Clear, Back, Quit, Help key.Binding
	Other, Close, Ends                                             key.Binding
}

func newTipsKeys() tipsKeys {
	return tipsKeys{
		Up:     key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "choose")),
		Pages:  key.NewBinding(key.WithKeys("left", "right", "h", "l", "pgup", "pgdown"), key.WithHelp("←/→", "page")),
		Read:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Search: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Done:   key.NewBinding(key.WithKeys("enter", "up", "down"), key.WithHelp("enter", "done")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Clear:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Quit:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more")),
		Other:  key.NewBinding(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←/→", "other tips")),
		Close:  key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		Ends:   endsKey(), // the list's own GoToStart and GoToEnd
	}
}

// tipItem is a tip in the list. Its filter value is its ID: the search
// matches whole words in every part of the tip, not letters of one string.
type tipItem struct{ content.Tip }

func (t tipItem) FilterValue() string { return t.ID }

func newTips() *tips {
	items := make([]list.Item, len(content.Tips))
	for i, t := range content.Tips {
		items[i] = tipItem{t}
	}
	l := list.New(items, tipDelegate{}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowFilter(false) // drawn by the screen, above its own rule
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)       // the app's help line shows the keys
	l.SetShowPagination(false) // the header says which page
	l.DisableQuitKeybindings()
	l.Filter = matchTips
	// Keys the screen handles, or that would surprise in a list of text.
	l.KeyMap.ShowFullHelp = key.NewBinding()
	l.KeyMap.CloseFullHelp = key.NewBinding()
	l.KeyMap.PrevPage.SetKeys("left", "h", "pgup")
	l.KeyMap.NextPage.SetKeys("right", "l", "pgdown")
	l.KeyMap.AcceptWhileFiltering.SetKeys("enter", "up", "down")
	l.FilterInput.Prompt = ""
	l.FilterInput.Placeholder = "type a word, like breath"
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false // nothing moves on a page of text
	l.FilterInput.SetStyles(st)

	return &tips{list: l, body: newPage(), keyMap: newTipsKeys()}
}

// matchTips is the list's filter: tips holding every word of the search,
// those that hold them in their titles first, then in their categories,
// hints and text.
func matchTips(term string, ids []string) []list.Rank {
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	// The list keeps the order its filter gives: best matches first.
	var ranks []list.Rank
	for _, m := range content.SearchTips(term) {
		if i, ok := at[m.ID]; ok {
			ranks = append(ranks, list.Rank{Index: i})
		}
	}
	return ranks
}

// typing reports whether keys go into the search, where ? is a letter.
func (t *tips) typing() bool { return !t.open && t.list.FilterState() == list.Filtering }

func (t *tips) selected() (content.Tip, bool) {
	it, ok := t.list.SelectedItem().(tipItem)
	return it.Tip, ok
}

// Room around the list: the header's two lines, a blank, the search and a
// blank above; a blank, the selected tip's hint and a blank below.
const tipsAbove, tipsBelow = 5, 3

// tipAbove is the room over an open tip's text: the header, the title
// and a blank.
const tipAbove = headerRows + 2

// layout sizes the list and the open tip for the frame. Update and View
// both call it, so a resize shows at once and key handling uses the size
// on screen.
func (t *tips) layout(f frame) {
	w := textWidth(f)
	// When every tip fits there are no pages, and the list is no taller
	// than the library, so a search never moves the screen.
	h := min(max(f.height-tipsAbove-tipsBelow, 3), len(content.Tips))
	t.list.SetSize(w, h)
	t.list.FilterInput.SetWidth(max(w-10, 1)) // room for the placeholder and the words typed
	if t.open {
		tip, _ := t.selected()
		lines := tipText(f.st, tip, w, t.list.FilterInput.Value())
		t.body.fit(lines, w, f.height-tipAbove)
	}
}

// tipText is an open tip's body, the words of a search marked, and the
// areas it matters for.
func tipText(s *Styles, tip content.Tip, w int, query string) []string {
	var found []content.Span
	if tm, ok := tip.Match(query); ok && query != "" {
		found = tm.InBody // the words searched for, marked where they are
	}
	lines := wrap(marked(tip.Body, found, s.Text, s.Text.Underline(true)), w, 0, 0)
	var areas []string
	for _, ex := range content.Areas() {
		for _, id := range ex.Tips {
			if id == tip.ID {
				areas = append(areas, strings.ToLower(ex.Name))
			}
		}
	}
	if len(areas) > 0 {
		lines = append(lines, "")
		lines = append(lines, wrap(s.Muted.Render("Matters for: "+strings.Join(areas, ", ")), w, 0, 0)...)
	}
	return lines
}

func (t *tips) update(msg tea.Msg, f frame) (tea.Cmd, intent) {
	t.layout(f)
	kp, isKey := msg.(tea.KeyPressMsg)
	k := t.keyMap
	switch {
	case t.open && isKey:
		return nil, t.updateOpen(kp, f)
	case t.open:
		return nil, nil
	case isKey && t.typing() && key.Matches(kp, k.Done) && len(t.list.VisibleItems()) == 0:
		return nil, nil // a search that finds nothing stays open to be changed
	case isKey && !t.typing():
		switch {
		case key.Matches(kp, k.Read):
			if _, ok := t.selected(); ok {
				t.open = true
				t.body.top()
				t.layout(f)
			}
			return nil, nil
		case key.Matches(kp, k.Back) && t.list.FilterState() == list.Unfiltered:
			return nil, goTo{homeScreen}
		case key.Matches(kp, k.Quit):
			return nil, quitApp{}
		}
	}
	was, _ := t.selected()
	state := t.list.FilterState()
	var cmd tea.Cmd
	t.list, cmd = t.list.Update(msg)
	if state == list.FilterApplied && t.list.FilterState() == list.Unfiltered {
		t.list.Select(slices.Index(content.Tips, was)) // the tip chosen stays chosen
	}
	t.layout(f)
	return cmd, nil
}

func (t *tips) updateOpen(kp tea.KeyPressMsg, f frame) intent {
	switch {
	case key.Matches(kp, t.keyMap.Close):
		t.open = false
	case key.Matches(kp, t.keyMap.Quit):
		return quitApp{}
	case key.Matches(kp, t.keyMap.Other):
		i, n := t.list.Index(), len(t.list.VisibleItems())
		if kp.String() == "left" || kp.String() == "h" {
			i = (i + n - 1) % n
		} else {
			i = (i + 1) % n
		}
		t.list.Select(i)
		t.body.top()
		t.layout(f)
	default:
		t.body.update(kp)
	}
	return nil
}

// keys lists the keys that work now.
func (t *tips) keys(frame) help.KeyMap {
	k := t.keyMap
	if t.open {
		scroll := t.body.scrollKey()
		other := k.Other
		other.SetEnabled(len(t.list.VisibleItems()) > 1)
		short := []key.Binding{scroll, other, k.Close, k.Quit, k.Help}
		return bindings{short: short, full: [][]key.Binding{append(t.body.fullKeys(), other), {k.Close, k.Quit, k.Help}}}
	}
	if t.typing() {
		done := k.Done
		done.SetEnabled(t.list.FilterInput.Value() != "" && len(t.list.VisibleItems()) > 0)
		return bindings{short: []key.Binding{done, k.Cancel}}
	}
	pages := k.Pages
	pages.SetEnabled(t.list.Paginator.TotalPages > 1)
	back := k.Back
	if t.list.FilterState() == list.FilterApplied {
		back = k.Clear
	}
	short := []key.Binding{k.Up, k.Read, k.Search, pages, back, k.Quit, k.Help}
	return bindings{short: short, full: [][]key.Binding{{k.Up, k.Ends, pages, k.Read}, {k.Search, back}, {k.Quit, k.Help}}}
}

func (t *tips) view(f frame) string {
	if t.open {
		return t.viewOpen(f)
	}
	s := f.st
	n := len(t.list.VisibleItems())
	right := fmt.Sprintf("%d tips", len(content.Tips))
	if t.list.FilterState() != list.Unfiltered && t.list.FilterInput.Value() != "" {
		right = fmt.Sprintf("%d of %d tips", n, len(content.Tips))
	}
	if p := t.list.Paginator; p.TotalPages > 1 {
		right += fmt.Sprintf(" · page %d of %d", p.Page+1, p.TotalPages)
	}
	lines := []string{f.header("tips", right), ""}
	switch t.list.FilterState() {
	case list.Filtering:
		lines = append(lines, " "+s.Accent.Render("Search: ")+t.list.FilterInput.View())
	case list.FilterApplied:
		lines = append(lines, " "+s.Accent.Render("Search: ")+s.Text.Render(t.list.FilterInput.Value()))
	default:
		lines = append(lines, " "+s.Muted.Render("Press / to search, enter to read."))
	}
	lines = append(lines, "")
	if n == 0 && t.list.FilterInput.Value() != "" {
		lines = append(lines, wrap(s.Text.Render("No tip has every one of those words. Try one word, like breath or glutes."), textWidth(f), 1, 1)...)
	}
	l := t.list
	l.SetDelegate(tipDelegate{s}) // styles follow the terminal's background
	lines = append(lines, trimRight(l.View())...)
	if tip, ok := t.selected(); ok {
		lines = append(lines, "", " "+s.Muted.Render(ansi.Truncate(tip.Hint, f.width-2, "…")))
	}
	return strings.Join(lines, "\n")
}

func (t *tips) viewOpen(f frame) string {
	s := f.st
	tip, _ := t.selected()
	where := fmt.Sprintf("%d of %d", t.list.Index()+1, len(t.list.VisibleItems()))
	if more := t.body.more(f); more != "" {
		where = more + " · " + where
	}
	lines := []string{f.header("tips · "+tip.Category, where), ""}
	title := s.Heading
	if tip.Category == "red flags" {
		title = title.Foreground(s.Warning.GetForeground())
	}
	lines = append(lines, " "+title.Render(tip.Title), "")
	lines = append(lines, indent(t.body.lines(), 1)...)
	return strings.Join(lines, "\n")
}

// tipDelegate draws a tip as one line, its category beside the first tip
// of each group (and of each page).
type tipDelegate struct{ st *Styles }

const categoryWidth = 19

func (d tipDelegate) Height() int                         { return 1 }
func (d tipDelegate) Spacing() int                        { return 0 }
func (d tipDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d tipDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	tip := item.(tipItem).Tip
	s := d.st
	query := m.FilterInput.Value()
	cat := ""
	// In a search the tips come best first, their categories mixed: each
	// row names its own.
	if query != "" || index%m.Paginator.PerPage == 0 || m.VisibleItems()[index-1].(tipItem).Category != tip.Category {
		cat = tip.Category
	}
	catStyle := s.Muted
	if tip.Category == "red flags" {
		catStyle = s.Warning
	}
	row := " "
	if m.Width() >= 60 { // a narrow window keeps the titles whole
		row += catStyle.Render(fmt.Sprintf("%-*s", categoryWidth, cat))
	}
	base, mark := "  ", s.Text
	if index == m.Index() {
		base, mark = s.Selected.Render("▸ "), s.Selected
	}
	var found []content.Span
	if tm, ok := tip.Match(query); ok && query != "" {
		found = tm.InTitle
	}
	row += base + marked(tip.Title, found, mark, mark.Underline(true))
	io.WriteString(w, ansi.Truncate(row, m.Width(), "…"))
}

// marked is text in style base with the spans found in style found, each
// piece styled on its own: a style nested in another's would end the outer
// one's colour at its reset.
func marked(text string, spans []content.Span, base, found lipgloss.Style) string {
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp.Start > at {
			b.WriteString(base.Render(text[at:sp.Start]))
		}
		b.WriteString(found.Render(text[sp.Start:sp.End]))
		at = sp.End
	}
	if at < len(text) {
		b.WriteString(base.Render(text[at:]))
	}
	return b.String()
}
