package ui

import (
	"fmt"
	"strings"
	"time"
)

// font draws the countdown in block characters, five rows tall, so it reads
// from the floor.
var font = map[rune][5]string{
	'0': {"████", "█  █", "█  █", "█  █", "████"},
	'1': {"  █ ", " ██ ", "  █ ", "  █ ", " ███"},
	'2': {"████", "   █", "████", "█   ", "████"},
	'3': {"████", "   █", " ███", "   █", "████"},
	'4': {"█  █", "█  █", "████", "   █", "   █"},
	'5': {"████", "█   ", "████", "   █", "████"},
	'6': {"████", "█   ", "████", "█  █", "████"},
	'7': {"████", "   █", "  █ ", " █  ", " █  "},
	'8': {"████", "█  █", "████", "█  █", "████"},
	'9': {"████", "█  █", "████", "   █", "████"},
	':': {"   ", " ▪ ", "   ", " ▪ ", "   "},
}

// bigDigits renders s (digits and colons) five rows tall, or ten rows at
// scale 2 for a large window seen from across the room.
func bigDigits(s string, scale int) []string {
	rows := digitRows(s)
	if scale < 2 {
		return rows
	}
	out := make([]string, 0, len(rows)*scale)
	for _, r := range rows {
		var b strings.Builder
		for _, c := range r {
			for range scale {
				b.WriteRune(c)
			}
		}
		for range scale {
			out = append(out, b.String())
		}
	}
	return out
}

func digitRows(s string) []string {
	rows := make([]string, 5)
	for i, r := range s {
		g, ok := font[r]
		if !ok {
			continue
		}
		for y := range rows {
			if i > 0 && r != ':' && s[i-1] != ':' {
				rows[y] += " "
			}
			rows[y] += g[y]
		}
	}
	return rows
}

// clock formats a countdown as M:SS, rounding up so that a hold shows 1:00
// when it starts and 0:00 only when it is over.
func clock(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// rolled formats time spent as M:SS, to the nearest second as the history
// stores it; clock rounds up, which suits a countdown but not a total.
func rolled(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}
