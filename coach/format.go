package coach

import (
	"fmt"
	"time"
)

// Clock writes time rolled or planned as the app shows it, M:SS to the
// nearest second ("0:27", "4:20"), and H:MM:SS from an hour on, so that a
// total of months stays readable. A countdown rounds up instead, so that
// it shows 0:00 only when time is up.
func Clock(d time.Duration) string {
	secs := int(d.Round(time.Second) / time.Second)
	if secs >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// Short writes a length under a minute in seconds, as the app names a
// hold's or a get-ready's length ("45 s"), and longer ones as Clock does.
func Short(d time.Duration) string {
	if secs := int(d.Round(time.Second) / time.Second); secs < 60 {
		return fmt.Sprintf("%d s", secs)
	}
	return Clock(d)
}
