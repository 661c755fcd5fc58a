package coach

import (
	"testing"
	"time"
)

// typed writes a duration as it would be typed in --hold.
func TestTyped(t *testing.T) {
	for d, want := range map[time.Duration]string{
		11 * time.Minute:                "11m",
		0:                               "0s",
		time.Hour:                       "1h",
		500 * time.Millisecond:          "500ms",
		10*time.Minute + 30*time.Second: "10m30s",
		2*time.Hour + 30*time.Minute:    "2h30m",
		2*time.Hour + 30*time.Second:    "2h0m30s",
	} {
		if got := Typed(d); got != want {
			t.Errorf("Typed(%v) = %q; want %q", d, got, want)
		}
	}
}
