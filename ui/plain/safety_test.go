package plain

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/rules"
	"github.com/backroll/backroll/content"
)

// Someone never asked the screening question hears it before the first
// area, with what to do if one applies; someone who answered does not.
// In a pipe, which reads no keys, what to do is ctrl+c.
func TestNeverScreenedHearsTheQuestion(t *testing.T) {
	out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), profile.Profile{})
	inOrder(t, out,
		"backroll, glutes routine",
		"Before you roll: does any of these apply to you?",
		"- "+content.Conditions[0].Label,
		"- "+content.Conditions[len(content.Conditions)-1].Label,
		"If one does, stop with ctrl+c and answer with backroll setup", // a pipe: no q
		content.Emergency.Intro,
		"Get ready, area 1 of 2",
	)
	if out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), regular); strings.Contains(out, "does any of these apply") {
		t.Errorf("asked again after answering:\n%s", out)
	}
}

// With keys to read, the question says to press q; in a pipe, which
// reads none, ctrl+c.
func TestNeverScreenedWithKeys(t *testing.T) {
	out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), profile.Profile{}, press{time.Hour, 'x'})
	if !strings.Contains(out, "If one does, press q to stop and answer with backroll setup") {
		t.Errorf("with keys, the question does not say to press q:\n%s", out)
	}
}

// p at the quit question is sharp pain, as everywhere else: the session
// stops there with the advice to stop, and the record has the red flag.
// The question names p too.
func TestSharpPainAtTheQuitQuestion(t *testing.T) {
	out, got, j, _ := run(t, plan(t, "nightly", coach.Options{}), regular,
		press{25 * time.Second, 'q'},
		press{30 * time.Second, 'p'},
	)
	if got != Stopped {
		t.Errorf("outcome %v, want Stopped", got)
	}
	inOrder(t, out,
		"Stop this session? Press y to stop, p for sharp pain or tingling,",
		"Stopped: sharp pain or tingling.",
		"Session stopped.",
		"Rolled 20 seconds: mid-back.",
		"Sharp pain or tingling. "+content.RedFlagAfter,
		content.Disclaimer,
	)
	if strings.Contains(out, "Going on.") || strings.Contains(out, "Tomorrow") {
		t.Errorf("p at the question went on, or cheered:\n%s", out)
	}
	if len(j.ends) != 1 || !j.ends[0].Summary.RedFlag {
		t.Errorf("saved %+v; want the red flag", j.ends)
	}
}

// In the two weeks after a sign to stop, a plain start asks whether a
// physical therapist has seen it and says what to do until one has, in the
// full screen's words, and starts only on y; any other key, or no keys at
// all (a pipe), leaves with nothing started or saved.
func TestStoppedAsks(t *testing.T) {
	for _, tt := range []struct {
		name    string
		presses []press
		starts  bool
	}{
		{"y starts anyway", []press{{time.Second, 'y'}}, true},
		{"another key leaves", []press{{time.Second, 'x'}}, false},
		{"a pipe leaves", nil, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := newFakeClock(t, tt.presses...)
			j := &memJournal{}
			var out bytes.Buffer
			p := plan(t, "mid-back", coach.Options{Hold: coach.MinHold})
			st := rules.Stop{At: c.Now().Add(-3 * 24 * time.Hour)}
			got := Run(context.Background(), Options{Plan: p, Profile: regular, Journal: j, Clock: c, Stop: &st}, c.keyChan(), &out)
			inOrder(t, out.String(), st.Head(c.Now())+". "+content.StoppedAsk, content.StoppedAdvice)
			started := strings.Contains(out.String(), "Get ready")
			if started != tt.starts || (got == Finished) != tt.starts {
				t.Errorf("started %v, outcome %v; want started %v:\n%s", started, got, tt.starts, out.String())
			}
			if !tt.starts && (len(j.holds) > 0 || len(j.ends) > 0) {
				t.Errorf("saved %+v %+v with nothing started", j.holds, j.ends)
			}
		})
	}
}
