package settings

import (
	"fmt"
	"math"
	"time"

	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/coach/tomlfile"
)

// minMinutes checks and stores streak.min_minutes, a TOML number.
func minMinutes(s *streak.Settings, v any) error {
	m, ok := number(v)
	if !ok || m < 0 || math.IsInf(m, 1) {
		return fmt.Errorf("%s is not a number of minutes (0 or more)", tomlfile.Show(v))
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
