package coach

import (
	"testing"
)

// Digits typed one after another, slowly or not, make the rating: 1 then
// 0 is 10, a 0 after that corrects it to 0, any other digit replaces it.
func TestRate(t *testing.T) {
	for _, tc := range []struct {
		typed string
		want  int
	}{
		{"0", 0}, {"7", 7}, {"1", 1}, {"10", 10}, {"100", 0}, {"1010", 10},
		{"71", 1}, {"710", 10}, {"35", 5}, {"01", 1}, {"00", 0}, {"109", 9},
	} {
		var v *int
		for _, c := range tc.typed {
			v = Rate(v, int(c-'0'))
		}
		if *v != tc.want {
			t.Errorf("typed %s: rating %d, want %d", tc.typed, *v, tc.want)
		}
		if pending := TenPending(v); pending != (tc.want == 1) {
			t.Errorf("typed %s: ten pending %v", tc.typed, pending)
		}
	}
	if TenPending(nil) {
		t.Error("no rating yet has a ten pending")
	}
}
