package coach

import (
	"testing"
	"time"
)

func TestClockAndShort(t *testing.T) {
	for _, tc := range []struct {
		d            time.Duration
		clock, short string
	}{
		{0, "0:00", "0 s"},
		{27*time.Second + 400*time.Millisecond, "0:27", "27 s"},
		{59*time.Second + 600*time.Millisecond, "1:00", "1:00"},
		{4*time.Minute + 20*time.Second, "4:20", "4:20"},
		{59*time.Minute + 59*time.Second, "59:59", "59:59"},
		{time.Hour, "1:00:00", "1:00:00"},
		{26*time.Hour + 3*time.Minute + 4*time.Second, "26:03:04", "26:03:04"},
	} {
		if got := Clock(tc.d); got != tc.clock {
			t.Errorf("Clock(%v) = %q, want %q", tc.d, got, tc.clock)
		}
		if got := Short(tc.d); got != tc.short {
			t.Errorf("Short(%v) = %q, want %q", tc.d, got, tc.short)
		}
	}
}
