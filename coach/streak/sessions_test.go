package streak

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// A session is every session id with a hold or a session record: one
// killed mid-run (holds, no record of its own) counts, one stopped before
// any hold (its record alone) counts, and one whose records are summed in
// two goes, across saved sums, counts once.
func TestSessionsCountOnce(t *testing.T) {
	start := time.Date(2026, 11, 24, 21, 0, 0, 0, time.UTC)
	rec := func(id, session, kind string) history.Record {
		r := history.Record{V: 1, ID: id, Session: session, Kind: kind, Start: start}
		if kind == history.KindHold {
			r.Exercise, r.PlannedS, r.RolledS = "glutes", 60, 60
		}
		return r
	}
	first := []history.Record{
		rec("a", "killed", history.KindHold), rec("b", "killed", history.KindHold),
		rec("c", "no-hold", history.KindSession),
		rec("d", "split", history.KindHold),
		{V: 1, ID: "p", Kind: history.KindPause, Start: start, End: start}, // no session
	}
	second := []history.Record{rec("e", "split", history.KindHold), rec("f", "split", history.KindSession)}

	whole := NewTally(DefaultSettings())
	for _, r := range append(append([]history.Record{}, first...), second...) {
		whole.Add(&r)
	}
	part := NewTally(DefaultSettings())
	for _, r := range first {
		part.Add(&r)
	}
	b, err := part.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	again := NewTally(DefaultSettings())
	if err := again.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	// The sums alone say how many, not which: they cannot be counted on.
	if _, err := again.Copy(DefaultSettings()); err == nil {
		t.Error("sums without their sessions were copied to count on")
	}
	if n := again.Stats(history.Result{}, start).TotalSessions; n != 3 {
		t.Errorf("saved sums alone: %d sessions, want 3", n)
	}
	if err := again.TakeSessions(part.Sessions()[8:]); err == nil {
		t.Error("the hashes of two sessions were taken up for sums of three")
	}
	if err := again.TakeSessions(part.Sessions()); err != nil {
		t.Fatal(err)
	}
	if again, err = again.Copy(DefaultSettings()); err != nil {
		t.Fatal(err)
	}
	for _, r := range second {
		again.Add(&r)
	}
	now := start.Add(time.Hour)
	for name, tally := range map[string]*Tally{"in one go": whole, "in two, across saved sums": again} {
		if n := tally.Stats(history.Result{}, now).TotalSessions; n != 3 {
			t.Errorf("%s: %d sessions, want 3 (killed, no-hold, split)", name, n)
		}
	}
}

// Every record a backroll ever wrote still counts: the histories each
// earlier version wrote (see ../history/testdata/earlier) are summed in
// full, their long holds as the longest hold now.
func TestEarlierHistoriesCount(t *testing.T) {
	// Each file has the same three sessions: one whole, with a hold of 10
	// minutes (2 from 0add6c5 on) that tender spots made longer, one
	// killed mid-run and one stopped for a red flag.
	for _, name := range []string{"70e0cdf-holds-to-10-min.jsonl", "5663545-pauses.jsonl", "0add6c5-holds-to-2-min.jsonl"} {
		t.Run(name, func(t *testing.T) {
			now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
			st, res, err := ComputeFile(filepath.Join("..", "history", "testdata", "earlier", name), DefaultSettings(), now)
			if err != nil {
				t.Fatal(err)
			}
			if w := res.Warning(name); w != "" {
				t.Errorf("skipped lines: %s", w)
			}
			// 2:00 (the long hold, clamped) + 0:45 + 1:00 + 0:06 + 0:20.
			if st.TotalSessions != 3 || st.TotalMinutes*60 != 251 {
				t.Errorf("%d sessions, %.0f s rolled; want 3 sessions, 251 s", st.TotalSessions, st.TotalMinutes*60)
			}
			if got := st.MinutesByArea["glutes"] * 60; got != 140 {
				t.Errorf("glutes %.0f s, want 140 (2:00 + 0:20)", got)
			}
		})
	}
}
