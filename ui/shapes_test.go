package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/backroll/backroll/coach"
)

// The cat-cow figure grows with the window like the clock, every pose the
// same size so nothing around it moves, in half blocks only.
func TestCatCowFigureSize(t *testing.T) {
	for scale := 1; scale <= maxScale; scale++ {
		for p := range catCowPoses {
			rows := catCowFigure(float64(p)/(catCowPoses-1), coach.BreathIn, scale, false)
			if len(rows) != catCowRows*scale {
				t.Fatalf("scale %d pose %d: %d rows, want %d", scale, p, len(rows), catCowRows*scale)
			}
			for i, r := range rows {
				if n := utf8.RuneCountInString(r); n != catCowCols*scale {
					t.Fatalf("scale %d pose %d row %d: %d wide, want %d", scale, p, i, n, catCowCols*scale)
				}
				if strings.Trim(r, " █▀▄") != "" {
					t.Fatalf("scale %d pose %d row %d: other characters: %q", scale, p, i, r)
				}
			}
		}
	}
}

// The back moves through every pose as the lungs fill and back as they
// empty, and stays in cow while a breath is held; reduced motion holds the
// end pose of each part of the breath.
func TestCatCowFigureFollowsTheBreath(t *testing.T) {
	for _, br := range []coach.Breath{coach.DefaultBreath, {In: 4 * time.Second, Hold: 7 * time.Second, Out: 8 * time.Second}} {
		seen := map[string]bool{}
		cat := catCowFigure(0, coach.BreathOut, 1, false) // rounded, lungs empty
		cow := catCowFigure(1, coach.BreathIn, 1, false)  // arched, lungs full
		for d := time.Duration(0); d < br.Cycle(); d += 10 * time.Millisecond {
			b := coach.BreathAt(d, br)
			moving := catCowFigure(b.Fill, b.Phase, 1, false)
			seen[strings.Join(moving, "\n")] = true
			still := catCowFigure(b.Fill, b.Phase, 1, true)
			want := cow
			if b.Phase == coach.BreathOut {
				want = cat
			}
			if !slices.Equal(still, want) {
				t.Fatalf("%v at %v (%v) reduced motion shows another pose", br, d, b.Phase)
			}
			if b.Phase == coach.BreathHold && !slices.Equal(moving, cow) {
				t.Fatalf("%v at %v: the held breath leaves cow", br, d)
			}
		}
		if len(seen) != catCowPoses {
			t.Fatalf("%v: a breath shows %d poses, want %d", br, len(seen), catCowPoses)
		}
	}
	if slices.Equal(catCowFigure(0, coach.BreathOut, 1, false), catCowFigure(1, coach.BreathIn, 1, false)) {
		t.Fatal("cat and cow are one drawing")
	}
}

// TestLargeShapes is what a person sees from the floor: the clock at each
// scale, and the cat-cow figure from cat to cow beside its count.
func TestLargeShapes(t *testing.T) {
	var b strings.Builder
	for scale := 1; scale <= 3; scale++ {
		fmt.Fprintf(&b, "clock at scale %d\n%s\n\n", scale, strings.Join(bigDigits("1:05", scale), "\n"))
	}
	for p := range catCowPoses {
		fill := float64(p) / (catCowPoses - 1)
		fmt.Fprintf(&b, "cat-cow at scale 1, lungs %.0f%% full\n", fill*100)
		writeBeside(&b, breathCount(coach.BreathState{Count: 1 + p/2}, 1), catCowFigure(fill, coach.BreathIn, 1, false))
	}
	for scale := 2; scale <= 3; scale++ {
		for _, phase := range []coach.BreathPhase{coach.BreathOut, coach.BreathIn} {
			fmt.Fprintf(&b, "cat-cow at scale %d, still, breathing in %v\n", scale, phase == coach.BreathIn)
			writeBeside(&b, breathCount(coach.BreathState{Count: 3}, scale), catCowFigure(0, phase, scale, true))
		}
	}
	golden.RequireEqual(t, b.String())
}

// writeBeside writes left beside right, level with its middle, the way a
// finisher might lay them out.
func writeBeside(b *strings.Builder, left, right []string) {
	w := utf8.RuneCountInString(left[0])
	top := (len(right) - len(left)) / 2
	for i, r := range right {
		l := strings.Repeat(" ", w)
		if j := i - top; j >= 0 && j < len(left) {
			l = left[j]
		}
		fmt.Fprintf(b, "  %s    %s\n", l, strings.TrimRight(r, " "))
	}
	b.WriteString("\n")
}
