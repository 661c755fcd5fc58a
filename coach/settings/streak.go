package settings

import (
	"fmt"
	"math"
	"time"

	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/tomlfile"
)

// MaxMinMinutes is the most rolling a day may be asked for before it
// counts: an hour is far more than any routine (2:00 an area), and a
// larger figure, such as 1e308, would let no day ever count.
const MaxMinMinutes = 60

// minMinutes checks and stores streak.min_minutes, a TOML number.
func minMinutes(s *streak.Settings, v any) error {
	m, ok := number(v)
	if !ok || m < 0 || m > MaxMinMinutes {
		return fmt.Errorf("%s is not a number of minutes from 0 to %d", tomlfile.Show(v), MaxMinMinutes)
	}
	s.MinMinutes = m
	return nil
}

// dayStarts checks and stores streak.day_starts, "HH:MM".
func dayStarts(s *streak.Settings, v any) error {
	text, _ := v.(string)
	t, err := time.Parse("15:04", text)
	if err != nil {
		return fmt.Errorf("%s is not a time of day (HH:MM)", tomlfile.Show(v))
	}
	s.DayStarts = time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute
	return nil
}

// restDays checks and stores streak.rest_days_per_week.
func restDays(s *streak.Settings, v any) error {
	n, ok := v.(int64)
	if !ok || n < 0 || n > 6 {
		return fmt.Errorf("%s is not a number of days from 0 to 6", tomlfile.Show(v))
	}
	s.RestDaysPerWeek = int(n)
	return nil
}

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, !math.IsNaN(n)
	}
	return 0, false
}
