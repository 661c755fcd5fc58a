package serve

import (
	"testing"

	"charm.land/ssh"
)

// Any window a client names is drawn at a size a screen may be.
func TestFit(t *testing.T) {
	for _, tc := range []struct {
		w, h  int
		wantW int
		wantH int
	}{
		{80, 24, 80, 24}, {0, 0, 0, 0}, {1, 1, 1, 1}, {65535, 65535, maxWidth, maxHeight},
		{1 << 32, 3, maxWidth, 3}, {-5, -1, 0, 0}, {maxWidth + 1, maxHeight, maxWidth, maxHeight},
	} {
		if got := fit(ssh.Window{Width: tc.w, Height: tc.h}); got.Width != tc.wantW || got.Height != tc.wantH {
			t.Errorf("fit(%dx%d) = %dx%d, want %dx%d", tc.w, tc.h, got.Width, got.Height, tc.wantW, tc.wantH)
		}
	}
}
