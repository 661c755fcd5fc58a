//go:build !linux

package screen

func newAlarm() alarm { return newTimerAlarm() }
