package text

import "testing"

func TestInert(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Desk day", "Desk day"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"title\x1b]0;pwned\x07 here", "title here"},
		{"clear\x1b[2J\x1b[H", "clear"},
		{"bell\x07 and back\bspace", "bell and backspace"},
		{"c1\u009b31m csi", "c131m csi"},
		{"two\nlines\tand tab", "two lines and tab"},
		{"rtl \u202eevil\u202c", "rtl evil"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Schultern & Rücken", "Schultern & Rücken"},
		// What a synced history line can carry: OSC 52 (the clipboard),
		// OSC 8 (a link), CSI 2J, and C1 controls.
		{"mid-back · 60 s ✓", "mid-back · 60 s ✓"},
		{"a\x1b]52;c;aGVsbG8=\x07b", "ab"},
		{"a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"c1\u009b2J\u009d52;c;x\u009c", "c12J52;c;x"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
	}
	for _, tt := range tests {
		if got := Inert(tt.in); got != tt.want {
			t.Errorf("Inert(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
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
