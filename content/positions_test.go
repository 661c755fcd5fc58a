package content

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
)

// Every exercise and cat-cow has a picture that fits beside a get-ready
// screen's countdown: 4 to 7 rows, one width, at most 30 columns, plain
// ASCII, standing on a floor, a roller under every exercise.
func TestPictures(t *testing.T) {
	ids := []string{CatCowID}
	for _, e := range Exercises {
		ids = append(ids, e.ID)
	}
	if len(Pictures) != len(ids) {
		t.Errorf("%d pictures for %d positions", len(Pictures), len(ids))
	}
	for _, id := range ids {
		p, ok := PictureFor(id, "")
		if !ok {
			t.Errorf("%s: no picture", id)
			continue
		}
		if n := len(p.Lines); n < 4 || n > 7 {
			t.Errorf("%s: %d rows, want 4-7", id, n)
		}
		w := utf8.RuneCountInString(p.Lines[0])
		if w > 30 {
			t.Errorf("%s: %d columns, over 30", id, w)
		}
		for i, l := range p.Lines {
			if n := utf8.RuneCountInString(l); n != w {
				t.Errorf("%s row %d: %d wide, the first row %d", id, i, n, w)
			}
			for _, r := range l {
				if r < 0x20 || r > unicode.MaxASCII || unicode.IsControl(r) {
					t.Errorf("%s row %d: %q is not plain ASCII", id, i, r)
				}
			}
		}
		if floor := p.Lines[len(p.Lines)-1]; strings.Trim(floor, "=") != "" {
			t.Errorf("%s: the last row is not the floor: %q", id, floor)
		}
		if rolls := strings.Contains(strings.Join(p.Lines, "\n"), "(O)"); rolls != (id != CatCowID) {
			t.Errorf("%s: roller drawn %v", id, rolls)
		}
		if p.Words == "" {
			t.Errorf("%s: no words for the picture", id)
		}
	}
}

// The right side is the left's mirror image, every slant turned round, and
// mirroring twice gives the drawing back.
func TestMirror(t *testing.T) {
	if got, want := Mirror([]string{"(O)/ \\`a'<", "x"}), []string{">`a'/ \\(O)", "         x"}; !slices.Equal(got, want) {
		t.Errorf("Mirror = %q, want %q", got, want)
	}
	for id, p := range Pictures {
		if !slices.Equal(Mirror(Mirror(p.Lines)), p.Lines) {
			t.Errorf("%s: mirrored twice is not the drawing", id)
		}
		right, _ := PictureFor(id, "right")
		if !slices.Equal(right.Lines, Mirror(p.Lines)) {
			t.Errorf("%s: the right side is not the mirror image", id)
		}
	}
}

// TestPicturesGolden is the pictures as the get-ready screen shows them,
// with their words: both sides of a sided exercise, left then right.
func TestPicturesGolden(t *testing.T) {
	var b strings.Builder
	write := func(id string, sided bool) {
		left, _ := PictureFor(id, "left")
		right, _ := PictureFor(id, "right")
		fmt.Fprintf(&b, "%s: %s\n", id, left.Words)
		for i := range left.Lines {
			if sided {
				fmt.Fprintf(&b, "  %s    %s\n", left.Lines[i], right.Lines[i])
			} else {
				fmt.Fprintf(&b, "  %s\n", left.Lines[i])
			}
		}
		b.WriteString("\n")
	}
	for _, e := range Exercises {
		write(e.ID, e.Sided)
	}
	write(CatCowID, false)
	golden.RequireEqual(t, b.String())
}
