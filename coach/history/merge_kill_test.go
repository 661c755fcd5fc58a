package history

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// stallAfter writes n bytes, says so on stdout and then waits for ever:
// a merge caught in the middle of writing.
type stallAfter struct {
	w io.Writer
	n int
}

func (s *stallAfter) Write(b []byte) (int, error) {
	if len(b) >= s.n {
		s.w.Write(b[:s.n])
		fmt.Println("stalled")
		select {}
	}
	s.n -= len(b)
	return s.w.Write(b)
}

// TestMergeKilledHelper is the merge TestMergeKilled kills: it runs only
// in the process that test starts.
func TestMergeKilledHelper(t *testing.T) {
	dst, src := os.Getenv("MERGE_KILLED_DST"), os.Getenv("MERGE_KILLED_SRC")
	if dst == "" {
		t.Skip("run by TestMergeKilled")
	}
	mergeWriter = func(w io.Writer) io.Writer { return &stallAfter{w, 2 << 20} }
	Merge(dst, src, time.Now())
	t.Fatal("the merge was not stalled")
}

// A merge killed (SIGKILL) halfway through leaves the history as it was,
// and the next merge, whole, clears what it left beside it.
func TestMergeKilled(t *testing.T) {
	dir := t.TempDir()
	dst, src := filepath.Join(dir, FileName), filepath.Join(dir, "src.jsonl")
	start := time.Now().Add(-time.Hour)
	old := line(hold("a", "s", "lats", start, 5))
	os.WriteFile(dst, []byte(old), 0o600)
	var lots strings.Builder
	for i := range 20000 {
		lots.WriteString(line(hold(fmt.Sprint("m", i), "s", "lats", start, 5)))
	}
	os.WriteFile(src, []byte(lots.String()), 0o600)

	cmd := exec.Command(os.Args[0], "-test.run=^TestMergeKilledHelper$")
	cmd.Env = append(os.Environ(), "MERGE_KILLED_DST="+dst, "MERGE_KILLED_SRC="+src)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewScanner(out)
	for r.Scan() && r.Text() != "stalled" {
	}
	cmd.Process.Kill()
	cmd.Wait()
	if got, _ := os.ReadFile(dst); string(got) != old {
		t.Fatalf("history after a killed merge is %d bytes, want the %d before", len(got), len(old))
	}
	if left, _ := filepath.Glob(filepath.Join(dir, mergeTemp)); len(left) != 1 {
		t.Errorf("beside the history: %v; want the killed merge's file", left)
	}
	if m, err := Merge(dst, src, time.Now()); err != nil || m.Added != 20000 {
		t.Fatalf("merge again: %+v, %v", m, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, mergeTemp)); len(left) != 0 {
		t.Errorf("left beside the history: %v", left)
	}
}
