package ui

import (
	"fmt"
	"strings"
	"sync"
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

// maxScale is the largest the clock, the breath and the cat-cow figure
// draw: four times the size of an 80x24 window's.
const maxScale = 4

// glyphs is the font at each scale, built once, the first time the clock
// is drawn: it is drawn on every frame. Built at start, it and the
// settings' choices took 0.25 ms of every command (status too, at each
// shell prompt): two thirds of this package's start-up.
// A digit grows by whole cells, each pixel a block of scale by scale, so
// its strokes stay sharp; the colon's dots are drawn square with half
// blocks rather than as a grid of small squares.
var glyphs = sync.OnceValue(func() (out [maxScale]map[rune][]string) {
	for i := range out {
		scale := i + 1
		out[i] = make(map[rune][]string, len(font))
		for r, g := range font {
			if r == ':' && scale > 1 {
				out[i][r] = colon(scale)
				continue
			}
			var rows []string
			for _, row := range g {
				var b strings.Builder
				for _, c := range row {
					b.WriteString(strings.Repeat(string(c), scale))
				}
				for range scale {
					rows = append(rows, b.String())
				}
			}
			out[i][r] = rows
		}
	}
	return out
})

// colon draws the colon at scale: a dot scale cells wide and scale half
// rows tall, as square as a cell allows, in the middle of the font's
// second and fourth rows.
func colon(scale int) []string {
	half := make([]bool, 10*scale) // half rows, top down
	for _, band := range []int{1, 3} {
		from := 2*scale*band + scale/2
		for y := from; y < from+scale; y++ {
			half[y] = true
		}
	}
	pad := strings.Repeat(" ", scale)
	rows := make([]string, 5*scale)
	for y := range rows {
		var c string
		switch top, bottom := half[2*y], half[2*y+1]; {
		case top && bottom:
			c = "█"
		case top:
			c = "▀"
		case bottom:
			c = "▄"
		default:
			c = " "
		}
		rows[y] = pad + strings.Repeat(c, scale) + pad
	}
	return rows
}

// bigDigits renders s (digits and colons) five rows tall at scale 1, and
// scale times that in a larger window, for a clock read from the floor.
func bigDigits(s string, scale int) []string {
	scale = min(max(scale, 1), maxScale)
	g := glyphs()[scale-1]
	gap := strings.Repeat(" ", scale)
	rows := make([]string, 5*scale)
	var b strings.Builder
	for y := range rows {
		b.Reset()
		for i, r := range s {
			rs, ok := g[r]
			if !ok {
				continue
			}
			if i > 0 && r != ':' && s[i-1] != ':' {
				b.WriteString(gap)
			}
			b.WriteString(rs[y])
		}
		rows[y] = b.String()
	}
	return rows
}

// clock formats a countdown as M:SS, rounding up so that a hold shows 1:00
// when it starts and 0:00 only when it is over.
func clock(d time.Duration) string {
	secs := int((d + time.Second - 1) / time.Second)
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}
