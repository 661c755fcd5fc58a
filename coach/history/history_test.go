package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var berlin = time.FixedZone("", 3600)

func hold(id, session, exercise string, start time.Time, rolled int) Record {
	return Record{V: 1, ID: id, Session: session, Kind: KindHold, Exercise: exercise, Side: "left",
		Start: start, PlannedS: 60, RolledS: rolled, Completed: rolled >= 60}
}

func TestAppendWritesSpecLines(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	feelBefore, feelAfter := 6, 3
	recs := []Record{
		hold("h1", "s1", "glutes", start, 60),
		hold("h2", "s1", "glutes", start.Add(90*time.Second+300*time.Millisecond), 20),
		{V: 1, ID: "s1r", Session: "s1", Kind: KindSession, Start: start, End: start.Add(20 * time.Minute),
			Routine: "nightly", FeelBefore: &feelBefore, FeelAfter: &feelAfter},
	}
	for _, r := range recs {
		if _, err := l.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(l.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"h2","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:04:30+01:00","planned_s":60,"rolled_s":20,"completed":false}
{"v":1,"id":"s1r","session":"s1","kind":"session","start":"2026-11-25T21:03:00+01:00","end":"2026-11-25T21:23:00+01:00","routine":"nightly","feel_before":6,"feel_after":3}
`
	if string(got) != want {
		t.Errorf("file:\n%s\nwant:\n%s", got, want)
	}
	for path, perm := range map[string]os.FileMode{dir: 0o700, l.Path(): 0o600} {
		if st, err := os.Stat(path); err != nil || st.Mode().Perm()&^perm != 0 {
			t.Errorf("%s: mode %v, %v; want at most %v", path, st.Mode().Perm(), err, perm)
		}
	}
}

func TestAppendFillsVersionAndID(t *testing.T) {
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := l.Append(Record{Session: "s", Kind: KindHold, Exercise: "lats", Start: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := ReadFile(l.Path(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 || res.Records[0].V != Version || res.Records[0].ID == res.Records[1].ID {
		t.Errorf("records %+v, want 2 with version and distinct ids", res.Records)
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := NewID()
		if len(id) != 32 || strings.Trim(id, "0123456789abcdef") != "" || seen[id] {
			t.Fatalf("bad or repeated id %q", id)
		}
		seen[id] = true
	}
}

// A crash can leave a torn last line; the next append must not glue its
// record to it.
func TestAppendAfterTornLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, []byte(line(hold("a", "s", "lats", time.Now(), 5))+`{"v":1,"id":"b","ki`), 0o600); err != nil {
		t.Fatal(err)
	}
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Append(hold("c", "s", "lats", time.Now(), 5)); err != nil {
		t.Fatal(err)
	}
	res, err := ReadFile(path, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 || res.Records[1].ID != "c" || fmt.Sprint(res.Unreadable) != "[2]" {
		t.Errorf("records %d (last %q), unreadable %v; want a, c and line 2", len(res.Records), res.Records[len(res.Records)-1].ID, res.Unreadable)
	}
}

func TestAppendFailsPlainly(t *testing.T) {
	t.Run("folder where the file should be", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, FileName), 0o700); err != nil {
			t.Fatal(err)
		}
		l, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = l.Append(Record{Kind: KindHold})
		want := filepath.Join(dir, FileName) + " is not a regular file (it is a folder); backroll opens only plain files"
		if err == nil || err.Error() != want {
			t.Errorf("got %v, want %q", err, want)
		}
	})
	t.Run("read-only folder", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root ignores folder permissions")
		}
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
		l, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		_, err = l.Append(Record{Kind: KindHold})
		if err == nil || !strings.HasSuffix(err.Error(), ": permission denied") {
			t.Errorf("got %v, want permission denied", err)
		}
	})
	t.Run("folder cannot be made", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(file, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Open(filepath.Join(file, "data")); err == nil {
			t.Error("Open under a file succeeded")
		}
	})
}

const childEnv = "BACKROLL_HISTORY_CHILD" // "dir name count" for TestAppendChild

// TestAppendChild is run by other tests in a process of its own. It appends
// count records (without end if count is 0) to the history in dir.
func TestAppendChild(t *testing.T) {
	var dir, name string
	var count int
	if _, err := fmt.Sscan(os.Getenv(childEnv), &dir, &name, &count); err != nil {
		t.Skip("run by other tests")
	}
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; count == 0 || i < count; i++ {
		// Padding makes each write long enough to tear if unlocked.
		r := Record{Session: name, Kind: KindHold, Exercise: strings.Repeat("x", 3000), RolledS: i}
		if _, err := l.Append(r); err != nil {
			t.Fatal(err)
		}
	}
}

// rawRecords decodes every line of the file at path with encoding/json
// alone: the child's padded records are whole lines but no valid records.
func rawRecords(t *testing.T, path string) (recs []Record, bad []int) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		var r Record
		if json.Unmarshal([]byte(l), &r) != nil {
			bad = append(bad, i+1)
			continue
		}
		recs = append(recs, r)
	}
	return recs, bad
}

// line is r as one line of the file.
func line(r Record) string {
	b, _ := json.Marshal(r)
	return string(b) + "\n"
}

// startChild starts TestAppendChild; its output goes to out.
func startChild(t *testing.T, out io.Writer, dir, name string, count int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestAppendChild$")
	cmd.Env = append(os.Environ(), fmt.Sprint(childEnv, "=", dir, " ", name, " ", count))
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// TestConcurrentAppend runs two processes appending at once; every line
// must stay whole and none may be lost.
func TestConcurrentAppend(t *testing.T) {
	const perChild = 300
	dir := t.TempDir()
	var outA, outB bytes.Buffer // shown only on failure
	a, b := startChild(t, &outA, dir, "a", perChild), startChild(t, &outB, dir, "b", perChild)
	errA, errB := a.Wait(), b.Wait()
	if errA != nil || errB != nil {
		t.Fatalf("children failed: %v, %v\n%s\n%s", errA, errB, outA.String(), outB.String())
	}
	recs, bad := rawRecords(t, filepath.Join(dir, FileName))
	if len(bad) > 0 {
		t.Errorf("torn lines %v", bad)
	}
	next := map[string]int{}
	for _, r := range recs {
		// Each child's records appear in its own order.
		if r.RolledS != next[r.Session] {
			t.Fatalf("child %s: record %d after %d", r.Session, r.RolledS, next[r.Session]-1)
		}
		next[r.Session]++
	}
	if next["a"] != perChild || next["b"] != perChild {
		t.Errorf("records per child %v, want %d each", next, perChild)
	}
}

// A writer killed outright costs at most the line it was writing, and the
// history takes appends again after it.
func TestKilledWriter(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	child := startChild(t, io.Discard, dir, "k", 0)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if st, err := os.Stat(path); err == nil && st.Size() > 60*3200 || time.Now().After(deadline) {
			break
		}
	}
	child.Process.Kill()
	child.Wait()

	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Append(hold("after", "k", "lats", time.Now(), 5)); err != nil {
		t.Fatal(err)
	}
	recs, bad := rawRecords(t, path)
	n := len(recs)
	if n < 61 || recs[n-1].ID != "after" || recs[n-2].RolledS != n-2 {
		t.Errorf("%d records, last %q: records lost", n, recs[n-1].ID)
	}
	if len(bad) > 1 || len(bad) == 1 && bad[0] != n {
		t.Errorf("unreadable lines %v in %d: more than the one being written", bad, n+len(bad))
	}
	if res, err := ReadFile(path, time.Now()); err != nil || len(res.Records) != 1 || res.Records[0].ID != "after" {
		t.Errorf("through the door: %+v, %v; want only the valid record", res.Records, err)
	}
}

func TestOpenRefusesUnsafeFolders(t *testing.T) {
	base := t.TempDir()
	open := filepath.Join(base, "open")
	os.Mkdir(open, 0o700)
	os.Chmod(open, 0o777)
	link := filepath.Join(base, "link")
	os.Symlink(open, link)
	for dir, want := range map[string]string{
		open: "can be written by other users, who could change your history; make it yours alone with: chmod 700 " + open,
		link: "is a symbolic link",
	} {
		if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want %q", dir, err, want)
		}
	}
	// A history that is a link is neither read nor appended to.
	safe := filepath.Join(base, "safe")
	os.Mkdir(safe, 0o700)
	target := filepath.Join(base, "target")
	os.WriteFile(target, []byte(line(hold("a", "s", "lats", time.Now(), 5))), 0o600)
	os.Symlink(target, filepath.Join(safe, FileName))
	l, err := Open(safe)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Append(hold("b", "s", "lats", time.Now(), 5)); err == nil || !strings.Contains(err.Error(), "is a symbolic link") {
		t.Errorf("Append through a link: %v", err)
	}
	if _, err := ReadFile(l.Path(), time.Now()); err == nil {
		t.Error("ReadFile followed a link")
	}
	if got, _ := os.ReadFile(target); strings.Count(string(got), "\n") != 1 {
		t.Errorf("the link's target was written to:\n%s", got)
	}
}

func TestExport(t *testing.T) {
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	six := 6
	recs := []Record{
		hold("h1", "s1", "glutes", start, 45),
		{V: 1, ID: "s1r", Session: "s1", Kind: KindSession, Start: start, End: start.Add(time.Hour), Routine: "nightly", FeelBefore: &six},
	}
	tender := hold("h2", "s2", "lats", start, 60)
	tender.Tender = 2
	recs = append(recs, tender,
		Record{V: 1, ID: "s2r", Session: "s2", Kind: KindSession, Start: start, End: start.Add(time.Minute), RedFlag: true})
	var b bytes.Buffer
	if err := WriteCSV(&b, recs); err != nil {
		t.Fatal(err)
	}
	want := `v,id,session,kind,exercise,side,start,end,routine,planned_s,rolled_s,completed,feel_before,feel_after,tender,red_flag
1,h1,s1,hold,glutes,left,2026-11-25T21:03:00+01:00,,,60,45,false,,,0,
1,s1r,s1,session,,,2026-11-25T21:03:00+01:00,2026-11-25T22:03:00+01:00,nightly,,,,6,,,false
1,h2,s2,hold,lats,left,2026-11-25T21:03:00+01:00,,,60,60,true,,,2,
1,s2r,s2,session,,,2026-11-25T21:03:00+01:00,2026-11-25T21:04:00+01:00,,,,,,,,true
`
	if b.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", b.String(), want)
	}

	b.Reset()
	if err := WriteJSON(&b, recs); err != nil {
		t.Fatal(err)
	}
	var back []Record
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || len(back) != 4 ||
		back[0].RolledS != 45 || back[1].Routine != "nightly" || *back[1].FeelBefore != 6 {
		t.Errorf("JSON export did not round-trip: %v\n%s", err, b.String())
	}
	if strings.Count(b.String(), `"completed"`) != 2 {
		t.Errorf("hold fields on the session record:\n%s", b.String())
	}
	b.Reset()
	if WriteJSON(&b, nil); b.String() != "[]\n" {
		t.Errorf("empty JSON export %q", b.String())
	}
}

// A record that the disk has room for only part of is cut back off the
// file: no partial line stays, and the error says nothing was saved.
func TestAppendDiskFull(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	if _, err := l.Append(hold("a", "s", "lats", start, 5)); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(l.Path())
	defer func(w func(*os.File) io.Writer) { appendWriter = w }(appendWriter)
	appendWriter = func(f *os.File) io.Writer { return &failAfter{f, 60} }
	_, err = l.Append(hold("b", "s", "lats", start, 5))
	if err == nil || !strings.Contains(err.Error(), "no space left on device; nothing of it was saved") {
		t.Errorf("Append on a full disk: %v", err)
	}
	if after, _ := os.ReadFile(l.Path()); !bytes.Equal(before, after) {
		t.Errorf("history after a failed append:\n%s\nwant as before:\n%s", after, before)
	}
	appendWriter = func(f *os.File) io.Writer { return f }
	if _, err := l.Append(hold("c", "s", "lats", start, 5)); err != nil {
		t.Fatal(err)
	}
	if res, _ := ReadFile(l.Path(), readNow); len(res.Records) != 2 || res.Warning("h") != "" {
		t.Errorf("after room was made: %d records, %q", len(res.Records), res.Warning("h"))
	}
}
