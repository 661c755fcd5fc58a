package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
)

var (
	zone = time.FixedZone("", 3600)
	now  = time.Date(2026, 11, 25, 22, 0, 0, 0, zone)
)

func hold(id, session string, start time.Time, rolled int) string {
	b, _ := json.Marshal(history.Record{V: 1, ID: id, Session: session, Kind: history.KindHold, Exercise: "glutes",
		Side: "left", Start: start, PlannedS: 60, RolledS: rolled, Completed: true})
	return string(b) + "\n"
}

// days writes a hold of a minute on each of the n days before now.
func days(n int) string {
	var b strings.Builder
	for i := n; i >= 1; i-- {
		b.WriteString(hold(fmt.Sprint("d", i), fmt.Sprint("s", i), now.AddDate(0, 0, -i), 60))
	}
	return b.String()
}

// fresh is what a full read of the history says, the rollup aside.
func fresh(t *testing.T, path string) streak.Stats {
	t.Helper()
	st, _, err := streak.ComputeFile(path, streak.DefaultSettings(), now)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func same(t *testing.T, what string, s *Store) {
	t.Helper()
	got, _, err := s.Stats(now)
	if err != nil {
		t.Fatal(err)
	}
	if want := fresh(t, s.Path()); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: rollup says streak %d, %.1f min, unreadable %d, invalid %d; a full read says %d, %.1f min, %d, %d",
			what, got.CurrentStreak, got.TotalMinutes, got.UnreadableLines, got.InvalidLines,
			want.CurrentStreak, want.TotalMinutes, want.UnreadableLines, want.InvalidLines)
	}
}

// The rollup says what a full read says, whatever happened to the file
// since it was made.
func TestRollupMatchesFullRead(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, history.FileName)
	write := func(s string) { os.WriteFile(path, []byte(s), 0o600) }
	add := func(s string) {
		f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString(s)
		f.Close()
	}
	s := Open(dir, cache, streak.DefaultSettings())
	same(t, "no history", s)
	write(days(7))
	same(t, "cold", s)
	same(t, "warm", s)
	add(hold("today", "st", now.Add(-time.Hour), 90) + "garbage\n")
	same(t, "lines added", s)
	add(days(7)) // a merge by hand: copies of old records count once
	same(t, "copies added", s)
	add(`{"v":1,"id":"torn","ki`)
	same(t, "a torn last line", s)
	add("\n" + hold("ahead", "sa", now.AddDate(5, 0, 0), 60) + hold("after", "sb", now.Add(-2*time.Hour), 30))
	same(t, "a record dated 2031", s)
	same(t, "after it, warm", s)
	write(days(3))
	same(t, "replaced, shorter", s)
	old := days(3)
	write(strings.Replace(old, `"rolled_s":60`, `"rolled_s":10`, 1))
	same(t, "edited at the start, same size", s)
	other := filepath.Join(dir, "other")
	os.WriteFile(other, []byte(days(5)), 0o600)
	os.Rename(other, path)
	same(t, "replaced by a sync", s)
	os.WriteFile(filepath.Join(cache, "junk"), nil, 0o600)
	for _, f := range []string{s.cachePath(".json"), s.cachePath(".ids"), s.cachePath(".sessions"), s.cachePath(".recent")} {
		os.WriteFile(f, []byte("{broken"), 0o600)
		same(t, "a broken "+filepath.Ext(f)+" file", s)
	}
}

// Status reads only what was added since the rollup.
func TestRollupReadsOnlyTheTail(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, history.FileName)
	os.WriteFile(path, []byte(days(30)), 0o600)
	s := Open(dir, cache, streak.DefaultSettings())
	if _, _, err := s.Stats(now); err != nil {
		t.Fatal(err)
	}
	r := rollup{Tally: streak.NewTally(streak.DefaultSettings())}
	b, _ := os.ReadFile(s.cachePath(".json"))
	if err := json.Unmarshal(b, &r); err != nil || r.Lines != 30 || r.IDs != 30 {
		t.Fatalf("rollup %+v, %v; want 30 lines and ids", r, err)
	}
	// A line in the middle that no longer parses goes unnoticed only
	// because it is covered: the rollup is trusted, not the bytes re-read.
	data, _ := os.ReadFile(path)
	mid := len(data) / 2
	data[mid] = '#'
	os.WriteFile(path, data, 0o600)
	if st, _, _ := s.Stats(now); st.UnreadableLines != 0 {
		t.Errorf("the covered part was read again")
	}
}

// The app's own records join today's figures without a read of the file.
func TestTodayFromOwnEvents(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, history.FileName)
	os.WriteFile(path, []byte(days(4)), 0o600)
	s := Open(dir, "", streak.DefaultSettings())
	before, err := s.Today(now)
	if err != nil || before.Streak != 4 || before.Done {
		t.Fatalf("today %+v, %v; want a 4-day streak, not done", before, err)
	}
	// From here on the file is not read again while only the store
	// writes to it: the history blanked in place, its size kept, would
	// show as no streak at all if it were.
	data, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Repeat(" ", len(data)-1)+"\n"), 0o600)
	id := s.Start("nightly", now)
	if err := s.Hold(id, coach.HoldEvent{Exercise: "glutes", Side: "left", Start: now.Add(-time.Minute),
		Planned: time.Minute, Rolled: 61 * time.Second, Completed: true}); err != nil {
		t.Fatal(err)
	}
	after, err := s.Today(now)
	if err != nil || after.Streak != 5 || !after.Done || after.Rolled != 61*time.Second {
		t.Errorf("today %+v, %v; want a 5-day streak, done, 1:01 rolled", after, err)
	}
	if err := s.End(id, SessionEnd{Summary: coach.Summary{Routine: "nightly", Start: now.Add(-time.Minute), End: now, RedFlag: true}}); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.Today(now); after.PausedBy != streak.PausedByRedFlag || !after.RedFlag {
		t.Errorf("a red flag did not pause the streak and mark today: %+v", after)
	}
	if before.RedFlag {
		t.Errorf("today marked with a red flag before any: %+v", before)
	}
}

// Lines another process adds (a second backroll, a merge, a sync) are
// seen the next time a figure is asked for, and the store's own records
// after them count once.
func TestTodaySeesOthersWrites(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, history.FileName)
	os.WriteFile(path, []byte(days(4)), 0o600)
	s := Open(dir, "", streak.DefaultSettings())
	if before, err := s.Today(now); err != nil || before.Rolled != 0 {
		t.Fatalf("today %+v, %v; want nothing rolled yet", before, err)
	}
	other := Open(dir, "", streak.DefaultSettings())
	if err := other.Append(history.Record{Kind: history.KindHold, Session: "other", Exercise: "glutes", Side: "left",
		Start: now.Add(-3 * time.Hour), PlannedS: 120, RolledS: 120, Completed: true}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Today(now); got.Rolled != 2*time.Minute || got.Streak != 5 {
		t.Errorf("after another's hold: %+v; want 2:00 rolled, a 5-day streak", got)
	}
	if err := other.Append(history.Record{Kind: history.KindHold, Session: "other", Exercise: "glutes", Side: "right",
		Start: now.Add(-2 * time.Hour), PlannedS: 60, RolledS: 60, Completed: true}); err != nil {
		t.Fatal(err)
	}
	id := s.Start("nightly", now)
	if err := s.Hold(id, coach.HoldEvent{Exercise: "mid-back", Start: now.Add(-time.Minute),
		Planned: time.Minute, Rolled: 30 * time.Second, Completed: false}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Today(now); got.Rolled != 3*time.Minute+30*time.Second {
		t.Errorf("after another's hold and then its own: %+v; want 3:30 rolled, each once", got)
	}
}

// Advice from what the store keeps is the advice from the file.
func TestAdviceAsFromTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, history.FileName)
	var b strings.Builder
	for i := 13; i >= 1; i-- {
		start := now.AddDate(0, 0, -i)
		b.WriteString(hold(fmt.Sprint("h", i), fmt.Sprint("s", i), start, 60))
		r, _ := json.Marshal(history.Record{V: 1, ID: fmt.Sprint("e", i), Session: fmt.Sprint("s", i), Kind: history.KindSession,
			Start: start, End: start.Add(5 * time.Minute), Routine: "glutes"})
		b.Write(append(r, '\n'))
	}
	os.WriteFile(path, []byte(b.String()), 0o600)
	prof := profile.Profile{FirstTime: true}
	want, err := advice.AdviseFile(path, prof, streak.DefaultSettings(), now)
	if err != nil || want.Next == nil {
		t.Fatalf("advice from the file %+v, %v; want a step up, to compare", want, err)
	}
	for _, cache := range []string{"", t.TempDir()} {
		for range 2 { // cold, then warm
			got, err := Open(dir, cache, streak.DefaultSettings()).Advice(now, prof)
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("advice %+v, %v; want %+v", got, err, want)
			}
		}
	}
}
