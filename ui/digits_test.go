package ui

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The clock and the breath grow with the window, twice the 80x24 size at
// 120x40 and three times at 200x60, and shrink back when it does. Sizes
// are of the screen: the frame leaves a row for the help line.
func TestClockGrowsWithTheWindow(t *testing.T) {
	base := len(bigDigits("1:00", 1))
	for _, tc := range []struct {
		w, h, scale int
	}{
		{40, 12, 1}, {80, 24, 1}, {110, 40, 2}, {120, 40, 2}, {200, 40, 2},
		{120, 60, 2}, {160, 60, 3}, {200, 60, 3}, {250, 80, 4}, {400, 200, 4},
		{120, 40, 2}, {80, 24, 1}, // and back again
	} {
		f := frame{width: tc.w, height: tc.h - 1}
		scale := scaleFor(f)
		if scale != tc.scale {
			t.Errorf("%dx%d: scale %d, want %d", tc.w, tc.h, scale, tc.scale)
		}
		digits := bigDigits("1:00", scale)
		if got := len(digits); got != tc.scale*base {
			t.Errorf("%dx%d: the digits are %d rows tall, want %d", tc.w, tc.h, got, tc.scale*base)
		}
		st := newStyles(true, false)
		if got := len(breathShape(&st, 0.5, scale)) - 2; got != tc.scale*breathH {
			t.Errorf("%dx%d: the breath is %d rows tall inside, want %d", tc.w, tc.h, got, tc.scale*breathH)
		}
		// From 80 columns the digits and the breath fit side by side,
		// with the margins countdown keeps.
		if need := utf8.RuneCountInString(digits[0]) + breathW*scale + 2 + 4 + 8; tc.w >= 80 && need > tc.w {
			t.Errorf("%dx%d: the clock needs %d columns", tc.w, tc.h, need)
		}
	}
}

// Every row of a scaled clock is as wide as the others, so columns line up
// beside it, and made only of blocks and spaces.
func TestScaledDigitsAreSolid(t *testing.T) {
	for scale := 1; scale <= maxScale; scale++ {
		rows := bigDigits("0123456789:", scale)
		w := utf8.RuneCountInString(rows[0])
		for i, r := range rows {
			if utf8.RuneCountInString(r) != w {
				t.Fatalf("scale %d: row %d is %d wide, row 0 %d", scale, i, utf8.RuneCountInString(r), w)
			}
			if strings.Trim(r, " █▀▄▪") != "" {
				t.Fatalf("scale %d: row %d has other characters: %q", scale, i, r)
			}
		}
	}
}

// The width countdown lays out by is the width of the digits it draws, for
// every time on a clock and every scale.
func TestBigDigitsWidth(t *testing.T) {
	for scale := 1; scale <= maxScale; scale++ {
		for secs := 0; secs <= 20*60; secs++ {
			s := clock(time.Duration(secs) * time.Second)
			if got, want := bigDigitsWidth(s, scale), utf8.RuneCountInString(bigDigits(s, scale)[0]); got != want {
				t.Fatalf("bigDigitsWidth(%q, %d) = %d; the digits are %d wide", s, scale, got, want)
			}
		}
	}
}
