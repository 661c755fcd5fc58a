package serve

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// guarded is what inputGuard lets through of in, read in pieces as large as
// the reader gives, and one byte at a time: both the same.
func guarded(t *testing.T, in string) string {
	t.Helper()
	all, err := io.ReadAll(newInputGuard(strings.NewReader(in)))
	if err != nil {
		t.Fatal(err)
	}
	var one bytes.Buffer
	g, buf := newInputGuard(iotest.OneByteReader(strings.NewReader(in))), make([]byte, 1)
	for {
		n, err := g.Read(buf)
		one.Write(buf[:n])
		if err != nil {
			break
		}
	}
	if one.String() != string(all) {
		t.Errorf("read a byte at a time, %q gives %q; read whole, %q", short(in), short(one.String()), short(string(all)))
	}
	return string(all)
}

func short(s string) string {
	if len(s) > 80 {
		return s[:40] + "..." + s[len(s)-40:]
	}
	return s
}

// What a person types and their terminal answers passes as it is.
func TestInputGuardPassesKeys(t *testing.T) {
	for _, in := range []string{
		"q", "hello\r", "\x1b", "\x1b\x1b[A", "\x1b[A\x1b[1;5C\x1bOP", "\x1b]11;rgb:1c1c/1c1c/1c1c\x1b\\\x1b[?2026;2$y",
		"\x1b]11;rgb:ffff/ffff/ffff\x07x", "\x1b[200~Europe/Paris\x1b[201~\r", "\x1b[200~a\x1b[201\x1b[201~b",
		"\x1b[200~" + strings.Repeat("z", maxPaste) + "\x1b[201~q", "\x1b[I\x1b[O", "é→☃",
	} {
		if got := guarded(t, in); got != in {
			t.Errorf("%q became %q", short(in), short(got))
		}
	}
}

// A paste or a string sequence past its bound is cut there, its end and
// what follows kept: an endless one costs no more than its bound.
func TestInputGuardCutsLongPieces(t *testing.T) {
	long := strings.Repeat("x\x1b[201", 1<<17)
	for _, tc := range []struct{ in, want string }{
		{"\x1b[200~" + long + "\x1b[201~q", "\x1b[200~" + long[:maxPaste] + "\x1b[201~q"},
		{"\x1b[200~" + strings.Repeat("y", 1<<20) + "\x1b[20\x1b[201~q", "\x1b[200~" + strings.Repeat("y", maxPaste) + "\x1b[201~q"},
		{"\x1b]" + strings.Repeat("0", 1<<20) + "\x07q", "\x1b]" + strings.Repeat("0", maxString) + "\x07q"},
		{"\x1bP" + strings.Repeat("1", 1<<20) + "\x1b\\q", "\x1bP" + strings.Repeat("1", maxString) + "\x1b\\q"},
		{"\x1b_" + strings.Repeat("2", 1<<20), "\x1b_" + strings.Repeat("2", maxString)},
	} {
		if got := guarded(t, tc.in); got != tc.want {
			t.Errorf("%q became %q (%d bytes), want %q (%d)", short(tc.in), short(got), len(got), short(tc.want), len(tc.want))
		}
	}
}
