package remind

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/backroll/backroll/coach/text"
)

// Clock is a time of day, to the minute.
type Clock struct{ Hour, Minute int }

func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute) }

// ParseClock reads a time of day as HH:MM on a 24-hour clock: "21:30",
// "9:05".
func ParseClock(s string) (Clock, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hour, err1 := strconv.Atoi(h)
	minute, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || strings.Trim(h+m, "0123456789") != "" || err2 != nil || len(m) != 2 || len(h) > 2 ||
		hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return Clock{}, fmt.Errorf("%q is not a time of day: give it as HH:MM on a 24-hour clock, such as 21:30", text.Inert(s))
	}
	return Clock{hour, minute}, nil
}
