package cues

import (
	"strconv"
	"strings"
	"time"

	"github.com/backroll/backroll/coach"
)

// form is how numbers are written: spelled for the voice, which reads
// "60" well but "1:30" or "45s" poorly, in digits for notifications.
type form bool

const (
	digits  form = false
	spelled form = true
)

// say is an event's cue in short, plain words: "Right glute. Sixty
// seconds.", "Switch sides.", "Three.", "Done: four minutes rolled."
func say(ev Event, rolled time.Duration, f form) string {
	switch ev.Kind {
	case HoldStart:
		if ev.Reps > 0 {
			return ev.Title + ". " + sentence(count(ev.Reps, "breath", "breaths", f)) + "."
		}
		return ev.Title + ". " + sentence(duration(ev.Length, f)) + "."
	case Countdown:
		return sentence(number(ev.Count, f)) + "."
	case SwitchSides:
		return "Switch sides: " + ev.Title + "."
	case TenLeft:
		return sentence(number(tenLeft, f)) + " seconds."
	case TenderEnd:
		return "Spot done. Keep rolling."
	case MoveOn:
		return ev.Title + ": " + duration(coach.MaxHold, f) + " done. Move on."
	case Breath:
		switch ev.Phase {
		case coach.BreathIn:
			return "Breathe in."
		case coach.BreathHold:
			return "Hold."
		}
		return "Breathe out."
	case Done:
		if rolled < time.Second {
			return "Done."
		}
		return "Done: " + duration(roundRolled(rolled), f) + " rolled."
	}
	return ""
}

// roundRolled keeps seconds under two minutes and whole minutes beyond:
// "one minute, forty seconds rolled" but "four minutes rolled".
func roundRolled(d time.Duration) time.Duration {
	if d < 2*time.Minute {
		return d.Round(time.Second)
	}
	return d.Round(time.Minute)
}

// duration says a length: "sixty seconds", "one minute, thirty seconds",
// "two minutes". A minute is said as sixty seconds because holds are
// usually set in seconds and that is how the screen counts them.
func duration(d time.Duration, f form) string {
	secs := int(d.Round(time.Second) / time.Second)
	if secs <= 60 {
		return count(secs, "second", "seconds", f)
	}
	m, s := secs/60, secs%60
	if s == 0 {
		return count(m, "minute", "minutes", f)
	}
	return count(m, "minute", "minutes", f) + ", " + count(s, "second", "seconds", f)
}

func count(n int, one, many string, f form) string {
	if n == 1 {
		return number(n, f) + " " + one
	}
	return number(n, f) + " " + many
}

var (
	ones = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens = [...]string{2: "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// number spells 0 to 99 for the voice; larger numbers never come up in a
// cue (holds are at most ten minutes) and stay digits.
func number(n int, f form) string {
	switch {
	case f == digits || n < 0 || n > 99:
		return strconv.Itoa(n)
	case n < 20:
		return ones[n]
	case n%10 == 0:
		return tens[n/10]
	}
	return tens[n/10] + "-" + ones[n%10]
}

// sentence starts s with a capital.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
