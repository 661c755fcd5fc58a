package screen

import (
	"testing"
	"time"
)

// An alarm rings once, at the time it was last set for and not before;
// one set off or not at all rings never, and close ends a wait.
func TestAlarm(t *testing.T) {
	for name, a := range map[string]alarm{"this system's": newAlarm(), "Go timer": newTimerAlarm()} {
		t.Run(name, func(t *testing.T) {
			rang := make(chan time.Time, 4)
			waited := make(chan struct{})
			go func() {
				defer close(waited)
				for a.wait() {
					rang <- time.Now()
				}
			}()
			at := time.Now().Add(40 * time.Millisecond)
			a.set(time.Now().Add(time.Hour), true)
			a.set(at, true) // the later setting wins
			select {
			case got := <-rang:
				if got.Before(at) {
					t.Fatalf("rang %v early", at.Sub(got))
				}
			case <-time.After(5 * time.Second):
				t.Fatal("never rang")
			}
			a.set(time.Now().Add(20*time.Millisecond), true)
			a.set(time.Time{}, false) // off again
			select {
			case <-rang:
				t.Fatal("rang after it was set off")
			case <-time.After(100 * time.Millisecond):
			}
			a.close()
			select {
			case <-waited:
			case <-time.After(5 * time.Second):
				t.Fatal("close did not end the wait")
			}
		})
	}
}
