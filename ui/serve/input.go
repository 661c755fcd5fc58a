package serve

import "io"

// What a client may send in one piece: the terminal reader keeps a paste, or
// a string sequence (OSC, DCS, APC, PM, SOS), whole until its end, so an
// endless one would be kept without end. Past these, the rest of it is
// dropped, and its end passed on.
const (
	maxPaste  = 16 << 10 // more than any field of the app takes
	maxString = 1 << 10  // a terminal's answers (its colours) are short
)

const pasteEnd = "\x1b[201~"

// Where inputGuard is in the client's bytes.
const (
	inText   = iota
	inEsc    // after ESC
	inCSI    // after ESC [
	inString // in a string sequence
	inPaste  // between ESC [ 200 ~ and ESC [ 201 ~
)

// inputGuard is a session's input with each paste and string sequence cut
// to its bound.
type inputGuard struct {
	r     io.Reader
	seen  *activity // told of every byte read; nil tells no one
	buf   []byte    // what was read
	next  []byte    // what of it passed; out is the part not yet given
	out   []byte
	state int
	n     int    // bytes of the current string or paste
	csi   []byte // the current CSI's bytes, the first few
	end   int    // bytes of pasteEnd matched
	held  int    // of those, held back: the paste is past its bound
}

func newInputGuard(r io.Reader) *inputGuard { return &inputGuard{r: r, csi: make([]byte, 0, 8)} }

func (g *inputGuard) Read(p []byte) (int, error) {
	for len(g.out) == 0 {
		if cap(g.buf) < len(p) {
			g.buf, g.next = make([]byte, len(p)), make([]byte, len(p)+len(pasteEnd))
		}
		n, err := g.r.Read(g.buf[:len(p)])
		if n > 0 {
			g.seen.touch()
		}
		w := 0
		for _, b := range g.buf[:n] {
			w += g.take(b, g.next[w:])
		}
		g.out = g.next[:w]
		if err != nil && w == 0 {
			return 0, err
		}
	}
	n := copy(p, g.out)
	g.out = g.out[n:]
	return n, nil
}

// take moves past b, writes what passes to out, and says how much that was.
func (g *inputGuard) take(b byte, out []byte) int {
	switch g.state {
	case inPaste:
		return g.pasted(b, out)
	case inString:
		switch {
		case b == 0x07 || b == 0x1b: // BEL ends it, as ESC (of ESC \) does
			g.state = inText
			if b == 0x1b {
				g.state = inEsc
			}
		case g.n >= maxString:
			return 0
		default:
			g.n++
		}
	case inEsc:
		g.state, g.n = inText, 0
		switch b {
		case '[':
			g.state, g.csi = inCSI, g.csi[:0]
		case ']', 'P', '_', '^', 'X':
			g.state = inString
		case 0x1b:
			g.state = inEsc
		}
	case inCSI:
		if len(g.csi) < cap(g.csi) {
			g.csi = append(g.csi, b)
		}
		if b >= 0x40 && b <= 0x7e {
			g.state = inText
			if string(g.csi) == "200~" {
				g.state, g.n, g.end, g.held = inPaste, 0, 0, 0
			}
		}
	default:
		if b == 0x1b {
			g.state = inEsc
		}
	}
	out[0] = b
	return 1
}

// pasted takes b of a paste: passed while the paste is within its bound,
// then dropped, but for its end.
func (g *inputGuard) pasted(b byte, out []byte) int {
	if b != pasteEnd[g.end] {
		if g.end > 0 {
			// What looked like the end was pasted text: what was held of
			// it is past the bound, and dropped.
			g.end, g.held = 0, 0
			return g.pasted(b, out)
		}
		if g.n >= maxPaste {
			return 0
		}
		g.n++
		out[0] = b
		return 1
	}
	g.end++
	if g.n >= maxPaste {
		g.held++
	} else {
		g.n++
		out[0] = b
		if g.end == len(pasteEnd) {
			g.state = inText
		}
		return 1
	}
	if g.end < len(pasteEnd) {
		return 0
	}
	g.state = inText
	return copy(out, pasteEnd[len(pasteEnd)-g.held:])
}
