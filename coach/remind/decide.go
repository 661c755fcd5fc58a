// Package remind decides whether tonight's reminder to roll is sent, and
// writes and removes the operating system's schedule that asks it: a
// systemd user timer, a LaunchAgent, a Task Scheduler task or a crontab
// line. No process of backroll's stays running between reminders.
package remind

import (
	"fmt"

	"github.com/backroll/backroll/coach/streak"
)

// Why a reminder was or was not sent.
const (
	WhySend     = "send"
	WhyRolled   = "rolled"    // today counts already
	WhyPaused   = "paused"    // backroll pause
	WhyRedFlag  = "red-flag"  // the rest after a sign to stop
	WhyRestDay  = "rest-day"  // skipping today keeps the streak: a rest day of rest_days_per_week
	WhyFirstRun = "first-run" // sent: nothing rolled yet, so no streak to name
)

// Decision is what `backroll remind --now` does.
type Decision struct {
	Send  bool
	Why   string
	Title string // of the notification, when Send
	Body  string
	Said  string // one line for the terminal or a log, sent or not
}

// Decide says whether to send tonight's reminder, given the figures as of
// now (today) and as of the same time tomorrow with nothing rolled in
// between (ifMissed): the streak is what is at stake, so a day it can
// miss, paused or a rest day, stays quiet.
func Decide(today, ifMissed streak.Stats) Decision {
	switch {
	case today.TodayDone:
		return Decision{Why: WhyRolled, Said: "Not sent: today is rolled already."}
	case today.PausedBy == streak.PausedByRedFlag:
		return Decision{Why: WhyRedFlag, Said: "Not sent: your back rests after a red flag until you roll again."}
	case today.PausedBy != "":
		return Decision{Why: WhyPaused, Said: "Not sent: your streak is paused today (backroll pause)."}
	case today.CurrentStreak > 0 && ifMissed.CurrentStreak > 0:
		// Missing today costs nothing: rest_days_per_week covers it.
		return Decision{Why: WhyRestDay, Said: "Not sent: today can be one of your rest days, and your streak keeps."}
	}
	d := Decision{Send: true, Why: WhySend, Title: "backroll"}
	if today.TotalSessions == 0 && today.LongestStreak == 0 {
		d.Why = WhyFirstRun
	}
	switch n := today.CurrentStreak; {
	case today.LongestStreak == 0:
		d.Body = "Five minutes on the roller before bed? Tonight starts your streak."
	case n == 0:
		d.Body = "Five minutes on the roller before bed? Tonight starts a new streak."
	default:
		d.Body = fmt.Sprintf("Five minutes on the roller before bed? Streak: %s.", days(n))
	}
	d.Said = "Sent: " + d.Body
	return d
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
