package text

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestInert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Desk day", "Desk day"},
		{"Schultern & Rücken", "Schultern & Rücken"},
		{"mid-back · 60 s ✓", "mid-back · 60 s ✓"},
		{`C:\Users\me`, `C:\Users\me`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		// OSC 0 (the title), OSC 52 (the clipboard), OSC 8 (a link), CSI 2J.
		{"title\x1b]0;pwned\x07 here", `title\x1b]0;pwned\x07 here`},
		{"a\x1b]52;c;aGVsbG8=\x07b", `a\x1b]52;c;aGVsbG8=\x07b`},
		{"a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b", `a\x1b]8;;https://evil.example\x1b\link\x1b]8;;\x1b\b`},
		{"clear\x1b[2J\x1b[H", `clear\x1b[2J\x1b[H`},
		{"bell\x07 and back\bspace", `bell\x07 and back\x08space`},
		{"ok\rFAKE", `ok\rFAKE`},
		{"bell\x07 nul\x00 del\x7f", `bell\x07 nul\x00 del\x7f`},
		// C1: U+009B is a CSI of its own, U+009D an OSC, U+009C ends it.
		{"c1\u009b31m csi", `c1\u009b31m csi`},
		{"c1\u009b2J\u009d52;c;x\u009c", `c1\u009b2J\u009d52;c;x\u009c`},
		{"rtl \u202eevil\u202c", `rtl \u202eevil\u202c`},
		{"iso \u2066x\u2069 \u200f", `iso \u2066x\u2069 \u200f`},
		{"bad \xff byte", `bad \xff byte`},
		{"a real \uFFFD", "a real \uFFFD"},
		{"two\nlines\tand tab", `two\nlines\tand tab`},
	}
	for _, tt := range tests {
		if got := Inert(tt.in); got != tt.want {
			t.Errorf("Inert(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Inert(tt.want); got != tt.want {
			t.Errorf("Inert is not the same twice: Inert(%q) = %q", tt.want, got)
		}
	}
}

func TestInertLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"two\nlines\tand tab", "two\nlines\tand tab"},
		{"line\r\nnext", `line\r` + "\nnext"},
		{"a\x1b[2J\nb\u0085", `a\x1b[2J` + "\n" + `b\u0085`},
	}
	for _, tt := range tests {
		if got := InertLines(tt.in); got != tt.want {
			t.Errorf("InertLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if IsInert(tt.in) != (tt.in == tt.want) || !IsInert(tt.want) {
			t.Errorf("IsInert(%q) = %v, IsInert(%q) = %v", tt.in, IsInert(tt.in), tt.want, IsInert(tt.want))
		}
	}
}

func TestInertJSON(t *testing.T) {
	in := map[string]string{"a\u009b2J": "\u202eevil\x7f", "plain": "ok"}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out := InertJSON(b)
	if !IsInert(string(out)) || strings.ContainsRune(string(out), 0x7f) {
		t.Errorf("not inert: %q", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || !reflect.DeepEqual(back, in) {
		t.Errorf("%s reads back as %q, %v; want %q", out, back, err, in)
	}
	if plain := []byte(`{"a": 1}`); &InertJSON(plain)[0] != &plain[0] {
		t.Error("plain JSON was copied")
	}
}

// FuzzInert checks what every caller counts on: nothing a terminal acts on
// is left, and text without such things is unchanged.
func FuzzInert(f *testing.F) {
	for _, s := range []string{"plain", "\x1b]52;c;x\x07", "\u009b2J", "\u202e", "\xff\xfe", "a\nb\tc\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Inert(s), InertLines(s)} {
			if !utf8.ValidString(out) {
				t.Fatalf("%q: not UTF-8: %q", s, out)
			}
			for _, r := range out {
				if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || isUnsafe(r) {
					t.Fatalf("%q: %U left in %q", s, r, out)
				}
			}
		}
		if strings.ContainsAny(Inert(s), "\n\t") {
			t.Fatalf("%q: Inert left a line break or tab", s)
		}
		if IsInert(s) != (InertLines(s) == s) {
			t.Fatalf("%q: IsInert disagrees", s)
		}
	})
}

func TestClosest(t *testing.T) {
	opts := []string{"mid-back", "lats", "glutes", "hip-flexors"}
	tests := []struct{ in, want string }{
		{"midback", "mid-back"},
		{"glute", "glutes"},
		{"Hip-Flexor", "hip-flexors"},
		{"lat", "lats"},
		{"galtues", "glutes"},
		{"banana", ""},
		{"calves", ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.in, opts); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
