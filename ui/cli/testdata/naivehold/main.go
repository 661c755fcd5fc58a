// naivehold is the reference the hold's cost is judged against
// (BenchmarkHoldCost): a breathing countdown written the plain Bubble Tea v2
// way, 10 frames a second, the whole screen laid out and rendered on each.
// It is ../shared/tools/naive-hold (wall-clock mode) in one file, built
// inside this module so that the benchmark needs nothing from outside it.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

type tickMsg time.Time

type model struct {
	w, h      int
	start     time.Time
	deadline  time.Time
	remaining time.Duration
	frame     time.Duration
}

var (
	titleStyle  = lipgloss.NewStyle().Bold(true)
	digitStyle  = lipgloss.NewStyle().Foreground(lipgloss.Color("214")).Bold(true)
	circleStyle = lipgloss.NewStyle().Foreground(lipgloss.Color("45"))
	barStyle    = lipgloss.NewStyle().Foreground(lipgloss.Color("45"))
	dimStyle    = lipgloss.NewStyle().Foreground(lipgloss.Color("245"))
)

func (m model) tick() tea.Cmd {
	return tea.Tick(m.frame, func(t time.Time) tea.Msg { return tickMsg(t) })
}

func (m model) Init() tea.Cmd { return m.tick() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "esc", "ctrl+c":
			return m, tea.Quit
		}
	case tickMsg:
		m.remaining = time.Until(m.deadline)
		if m.remaining <= 0 {
			return m, tea.Quit
		}
		return m, m.tick()
	}
	return m, nil
}

func (m model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	return v
}

func (m model) content() string {
	if m.w == 0 {
		return ""
	}
	b, in := breath(time.Since(m.start))
	label := "breathe out"
	if in {
		label = "breathe in "
	}
	body := lipgloss.JoinVertical(lipgloss.Center,
		titleStyle.Render("HOLD"), "", digitStyle.Render(bigText(mmss(m.remaining))), "",
		circleStyle.Render(circle(rMin+(rMax-rMin)*b)), barStyle.Render(bar(b)), dimStyle.Render(label))
	return lipgloss.Place(m.w, m.h-1, lipgloss.Center, lipgloss.Center, body) + "\n" + dimStyle.Render("press q to quit")
}

var font = map[rune][5]string{
	'0': {"█████", "█   █", "█   █", "█   █", "█████"},
	'1': {"  █  ", " ██  ", "  █  ", "  █  ", " ███ "},
	'2': {"█████", "    █", "█████", "█    ", "█████"},
	'3': {"█████", "    █", " ████", "    █", "█████"},
	'4': {"█   █", "█   █", "█████", "    █", "    █"},
	'5': {"█████", "█    ", "█████", "    █", "█████"},
	'6': {"█████", "█    ", "█████", "█   █", "█████"},
	'7': {"█████", "    █", "   █ ", "  █  ", "  █  "},
	'8': {"█████", "█   █", "█████", "█   █", "█████"},
	'9': {"█████", "█   █", "█████", "    █", "█████"},
	':': {" ", "█", " ", "█", " "},
}

// bigText renders s with the 5-row block font, one space between glyphs.
func bigText(s string) string {
	var rows [5]strings.Builder
	for i, r := range s {
		g := font[r]
		for y := range 5 {
			if i > 0 {
				rows[y].WriteByte(' ')
			}
			rows[y].WriteString(g[y])
		}
	}
	out := make([]string, 5)
	for y := range rows {
		out[y] = rows[y].String()
	}
	return strings.Join(out, "\n")
}

const (
	circW = 31 // columns
	circH = 15 // rows
	rMin  = 1.5
	rMax  = 7.0
	barW  = 40
	cycle = 10 * time.Second
)

// breath is 0..1 (smooth in and out) at elapsed, and whether it is the in-breath.
func breath(elapsed time.Duration) (float64, bool) {
	p := float64(elapsed%cycle) / float64(cycle)
	return (1 - math.Cos(2*math.Pi*p)) / 2, p < 0.5
}

// circle is a filled circle (two columns a row) of radius r rows.
func circle(r float64) string {
	var b strings.Builder
	cx, cy := float64(circW-1)/2, float64(circH-1)/2
	for y := range circH {
		if y > 0 {
			b.WriteByte('\n')
		}
		for x := range circW {
			dx, dy := (float64(x)-cx)/2, float64(y)-cy
			if dx*dx+dy*dy <= r*r {
				b.WriteString("█")
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

var partial = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// bar is a progress bar in eighths of a cell.
func bar(frac float64) string {
	eighths := int(frac * barW * 8)
	full, rem := eighths/8, eighths%8
	n := full
	if rem > 0 {
		n++
	}
	return strings.Repeat("█", full) + partial[rem] + strings.Repeat(" ", barW-n)
}

func mmss(rem time.Duration) string {
	s := max(int(math.Ceil(rem.Seconds())), 0)
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}

func main() {
	fps := flag.Int("fps", 10, "frames a second")
	hold := flag.Duration("hold", time.Minute, "how long the countdown runs")
	flag.Parse()
	start := time.Now()
	m := model{start: start, deadline: start.Add(*hold), remaining: *hold, frame: time.Second / time.Duration(*fps)}
	if _, err := tea.NewProgram(m).Run(); err != nil {
		os.Exit(1)
	}
}
