package store

import (
	"encoding/binary"
	"encoding/json"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
)

// The rollup is a cache: sums no history could give (a total past any
// hold, escapes for a name, sessions that are not there, line numbers
// past the end) are never shown; the figures are those of the file, and
// the rollup is made again from it.
func TestRollupNotBelieved(t *testing.T) {
	edits := map[string]func(m map[string]any){
		"a huge total": func(m map[string]any) { tally(m)["total"] = 99999999 },
		"a negative total": func(m map[string]any) {
			tally(m)["total"] = -5
		},
		"an area's seconds": func(m map[string]any) {
			area(m)["seconds"] = 99999999
			tally(m)["total"] = 99999999
		},
		"escapes in a name":        func(m map[string]any) { area(m)["exercise"] = "\x1b]52;c;aGk=\x07glutes" },
		"the neck":                 func(m map[string]any) { area(m)["exercise"] = "neck" },
		"a side":                   func(m map[string]any) { area(m)["side"] = "\x1b[2J" },
		"more sessions than lines": func(m map[string]any) { tally(m)["sessions"] = 100 },
		"fewer than none":          func(m map[string]any) { tally(m)["sessions"] = -1 },
		"negative lines":           func(m map[string]any) { m["lines"] = -5 },
		"a line past the end": func(m map[string]any) {
			m["unreadable"] = []int{1000}
		},
		"a rating of 99": func(m map[string]any) {
			tally(m)["feel"] = []any{map[string]any{"session": "s1", "start": now.Format(time.RFC3339), "before": 99}}
		},
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			dir, cache := t.TempDir(), t.TempDir()
			os.WriteFile(filepath.Join(dir, history.FileName), []byte(days(7)), 0o600)
			s := Open(dir, cache, streak.DefaultSettings())
			same(t, "cold", s)
			var m map[string]any
			b, _ := os.ReadFile(s.cachePath(".json"))
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			edit(m)
			b, _ = json.Marshal(m)
			os.WriteFile(s.cachePath(".json"), b, 0o600)
			same(t, "after the edit", s)
			// The app goes on from the rollup, with what status leaves
			// unread (the recent records, the sessions): not believed either.
			onward(t, "after the edit", s)
			if after, _ := os.ReadFile(s.cachePath(".json")); strings.Contains(string(after), "99999999") || strings.Contains(string(after), "\\u001b") {
				t.Errorf("the rollup was kept as edited")
			}
		})
	}
}

// The recent records are kept beside the rollup, read only when the app
// goes on from it: one that no record could be is not believed even with
// the rollup's CRC-32 of them made to match.
func TestRecentNotBelieved(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(dir, history.FileName), []byte(days(7)), 0o600)
	s := Open(dir, cache, streak.DefaultSettings())
	same(t, "cold", s)
	var recent []map[string]any
	b, _ := os.ReadFile(s.cachePath(".recent"))
	if err := json.Unmarshal(b, &recent); err != nil || len(recent) != 7 {
		t.Fatalf("%d recent records, %v; want the 7 days", len(recent), err)
	}
	recent[0]["routine"] = "\x1b[31mnightly"
	edited, _ := json.Marshal(recent)
	os.WriteFile(s.cachePath(".recent"), edited, 0o600)
	var m map[string]any
	b, _ = os.ReadFile(s.cachePath(".json"))
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["recent_crc"] = crc32.ChecksumIEEE(edited)
	b, _ = json.Marshal(m)
	os.WriteFile(s.cachePath(".json"), b, 0o600)
	same(t, "after the edit", s)
	onward(t, "after the edit", s)
	for _, ext := range []string{".recent", ".json"} {
		if after, _ := os.ReadFile(s.cachePath(ext)); strings.Contains(string(after), "\\u001b") {
			t.Errorf("the %s file was kept as edited", ext)
		}
	}
}

// onward checks that what the app reads through s (today's figures, the
// advice) is what it reads from the file with no rollup.
func onward(t *testing.T, what string, s *Store) {
	t.Helper()
	plain := Open(s.dir, "", s.set)
	got, err := s.Today(now)
	want, _ := plain.Today(now)
	if err != nil || got != want {
		t.Errorf("%s: today %+v, %v; from the file %+v", what, got, err, want)
	}
	prof := profile.Profile{FirstTime: true}
	gotA, err := s.Advice(now, prof)
	wantA, _ := plain.Advice(now, prof)
	if err != nil || !reflect.DeepEqual(gotA, wantA) {
		t.Errorf("%s: advice %+v, %v; from the file %+v", what, gotA, err, wantA)
	}
}

func tally(m map[string]any) map[string]any { return m["tally"].(map[string]any) }

func area(m map[string]any) map[string]any { return tally(m)["areas"].([]any)[0].(map[string]any) }

// After a hold is added, status reads the new line and looks its id up
// in the ids file a few bytes at a time: the file is neither read whole
// nor written again; the new id is kept beside it until there are many.
func TestIDsNotRewrittenAfterAnAppend(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, history.FileName)
	os.WriteFile(path, []byte(days(30)), 0o600)
	s := Open(dir, cache, streak.DefaultSettings())
	same(t, "cold", s)
	before, err := os.Stat(s.cachePath(".ids"))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(hold("new", "sn", now.Add(-time.Hour), 60))
	f.Close()
	same(t, "one hold added", s)
	after, err := os.Stat(s.cachePath(".ids"))
	if err != nil || !os.SameFile(before, after) {
		t.Errorf("the ids file was written again")
	}
	r := rollup{Tally: streak.NewTally(streak.DefaultSettings())}
	b, _ := os.ReadFile(s.cachePath(".json"))
	if err := json.Unmarshal(b, &r); err != nil || r.IDs != 30 || len(r.NewIDs) != 1 || r.Lines != 31 {
		t.Errorf("rollup: %d ids in the file, %d beside it, %d lines; want 30, 1, 31 (%v)", r.IDs, len(r.NewIDs), r.Lines, err)
	}
	// Past maxNewIDs the ids are sorted into the file.
	var more strings.Builder
	for i := range maxNewIDs {
		more.WriteString(hold("m"+string(rune('a'+i%26))+strings.Repeat("x", i/26), "sm", now.Add(-time.Hour), 1))
	}
	f, _ = os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(more.String())
	f.Close()
	same(t, "many added", s)
	b, _ = os.ReadFile(s.cachePath(".json"))
	r = rollup{Tally: streak.NewTally(streak.DefaultSettings())}
	if err := json.Unmarshal(b, &r); err != nil || r.IDs != 31+maxNewIDs || len(r.NewIDs) != 0 {
		t.Errorf("rollup: %d ids in the file, %d beside it; want all %d in the file (%v)", r.IDs, len(r.NewIDs), 31+maxNewIDs, err)
	}
}

// A history with copies in it, read whole for the first time, counts each
// record once.
func TestRollupColdWithCopies(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, history.FileName), []byte(days(7)+days(7)+days(3)), 0o600)
	s := Open(dir, t.TempDir(), streak.DefaultSettings())
	same(t, "cold", s)
	same(t, "warm", s)
	if st, _, _ := s.Stats(now); st.DuplicateLines != 10 || st.TotalSessions != 7 {
		t.Errorf("%d duplicates, %d sessions; want 10, 7", st.DuplicateLines, st.TotalSessions)
	}
}

// The sessions' hashes are kept beside the rollup and read only to go on
// from it: when they are missing, damaged or another rollup's, a session
// whose records come before and after the rollup still counts once.
func TestSessionsFileNotBelieved(t *testing.T) {
	edits := map[string]func(path string){
		"missing":   func(path string) { os.Remove(path) },
		"cut short": func(path string) { b, _ := os.ReadFile(path); os.WriteFile(path, b[:len(b)-8], 0o600) },
		"another's": func(path string) { // as many, sorted, but of other sessions
			var b []byte
			for i := range 7 {
				b = binary.LittleEndian.AppendUint64(b, uint64(i+1))
			}
			os.WriteFile(path, b, 0o600)
		},
		"a link": func(path string) {
			b, _ := os.ReadFile(path)
			os.WriteFile(path+".real", b, 0o600)
			os.Remove(path)
			os.Symlink(path+".real", path)
		},
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			dir, cache := t.TempDir(), t.TempDir()
			path := filepath.Join(dir, history.FileName)
			os.WriteFile(path, []byte(days(7)), 0o600)
			s := Open(dir, cache, streak.DefaultSettings())
			same(t, "cold", s)
			edit(s.cachePath(".sessions"))
			same(t, "warm, the sessions file "+name, s)
			onward(t, "the sessions file "+name, s)
			f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString(hold("more", "s1", now.AddDate(0, 0, -1).Add(time.Minute), 60)) // s1 is in the rollup
			f.Close()
			same(t, "a hold of a session in the rollup added", s)
			if st, _, _ := s.Stats(now); st.TotalSessions != 7 {
				t.Errorf("%d sessions, want 7", st.TotalSessions)
			}
			same(t, "warm again", s)
		})
	}
}
