package history

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMerge(t *testing.T) {
	dir := t.TempDir()
	dst, src := filepath.Join(dir, "dst.jsonl"), filepath.Join(dir, "src.jsonl")
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	a, b, c := line(hold("a", "s", "lats", start, 5)), line(hold("b", "s", "lats", start, 5)), line(hold("c", "s", "lats", start, 5))
	cExtra := strings.Replace(c, `"v":1,`, `"v":1,"future_field":"kept",`, 1)
	dstText := a + "not json\n" + b + `{"v":1,"id":"torn","ki`
	srcText := b + cExtra + c + "\n" + `{"v":2,"id":"d","kind":"stretch"}` + "\n"
	os.WriteFile(dst, []byte(dstText), 0o600)
	os.WriteFile(src, []byte(srcText), 0o600)

	m, err := Merge(dst, src, time.Now())
	if err != nil || m.Added != 2 || m.Records != 4 || m.Lines != 5 {
		t.Fatalf("Merge = %+v, %v; want 2 added of 4 records in 5 lines", m, err)
	}
	got, _ := os.ReadFile(dst)
	want := dstText + "\n" + cExtra + `{"v":2,"id":"d","kind":"stretch"}` + "\n"
	if string(got) != want {
		t.Errorf("after merge:\n%s\nwant:\n%s", got, want)
	}
	if st, _ := os.Stat(dst); st.Mode().Perm() != 0o600 {
		t.Errorf("the merged history is %v, not 0600", st.Mode().Perm())
	}
	before, _ := os.Stat(dst)
	if m, err := Merge(dst, src, time.Now()); err != nil || m.Added != 0 {
		t.Errorf("second Merge = %+v, %v; want nothing added", m, err)
	}
	if after, _ := os.Stat(dst); !os.SameFile(before, after) {
		t.Error("a merge that added nothing wrote the history again")
	}
	if _, err := Merge(dst, filepath.Join(dir, "missing"), time.Now()); err == nil {
		t.Error("Merge from a missing file succeeded")
	}
	fresh := filepath.Join(dir, "fresh.jsonl")
	if m, err := Merge(fresh, src, time.Now()); err != nil || m.Added != 3 {
		t.Errorf("Merge into a new file = %+v, %v; want 3", m, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, mergeTemp)); len(left) > 0 {
		t.Errorf("files left beside the history: %v", left)
	}
}

// One line that is not a record refuses the whole file, every such line
// named, and the history is as it was.
func TestMergeAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	dst, src := filepath.Join(dir, FileName), filepath.Join(dir, "laptop.jsonl")
	start := time.Date(2026, 11, 25, 21, 3, 0, 0, berlin)
	old := line(hold("a", "s", "lats", start, 5))
	os.WriteFile(dst, []byte(old), 0o600)
	good := line(hold("b", "s", "lats", start, 5))
	for _, tt := range []struct{ name, src, want string }{
		{"garbage", good + "garbage\n" + good, "laptop.jsonl is not whole: 1 unreadable line in laptop.jsonl (line 2). A merge is all or nothing: nothing was merged"},
		{"a torn last line", good + `{"v":1,"id":"x"`, "1 unreadable line in laptop.jsonl (line 2)"},
		{"no sense", good + strings.Replace(good, `"lats"`, `"neck"`, 1) + strings.Replace(good, `"kind"`, `"KIND"`, 1),
			"2 records that make no sense in laptop.jsonl (lines 2, 3)"},
		{"both", "x\n" + good + strings.Replace(good, `"lats"`, `"neck"`, 1), "1 unreadable line in laptop.jsonl (line 1); 1 record that makes no sense in laptop.jsonl (line 3)"},
		{"dated ahead", good + line(hold("f", "s", "lats", time.Now().Add(48*time.Hour), 5)),
			"laptop.jsonl has 1 record dated more than a day ahead of this machine's clock (line 2): is one of the clocks wrong? A merge is all or nothing: nothing was merged"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			os.WriteFile(src, []byte(tt.src), 0o600)
			m, err := Merge(dst, src, time.Now())
			if err == nil || !strings.Contains(strings.ReplaceAll(err.Error(), dir+"/", ""), tt.want) || m.Added != 0 {
				t.Errorf("Merge = %+v, %v; want refused with %q", m, err, tt.want)
			}
			if got, _ := os.ReadFile(dst); string(got) != old {
				t.Errorf("history changed:\n%s", got)
			}
		})
	}
}

func TestMergeRefuses(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, FileName)
	os.WriteFile(dst, []byte(line(hold("a", "s", "lats", time.Now(), 5))), 0o600)
	readme := filepath.Join(dir, "README.md")
	os.WriteFile(readme, []byte("# backroll\n\n```json\n"+`{"v":1,"id":"…","session":"…","kind":"hold","exercise":"glutes","side":"left","start":"2026-11-25T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}`+"\n```\n"), 0o600)
	future := filepath.Join(dir, "future.jsonl")
	os.WriteFile(future, []byte(line(hold("f", "s", "lats", time.Now().Add(48*time.Hour), 5))), 0o600)
	tests := []struct{ name, src, want string }{
		{"a readme", readme, ErrNotHistory.Error()},
		{"only a record from the future", future, "dated more than a day ahead"},
		{"a folder", dir, "is not a regular file (it is a folder)"},
		{"a device", os.DevNull, "is not a regular file (it is a device)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadFile(dst)
			m, err := Merge(dst, tt.src, time.Now())
			if err == nil || !strings.Contains(err.Error(), tt.want) || m.Added != 0 {
				t.Errorf("Merge = %+v, %v; want an error with %q", m, err, tt.want)
			}
			if after, _ := os.ReadFile(dst); !bytes.Equal(before, after) {
				t.Errorf("history changed:\n%s", after)
			}
		})
	}
}

// failAfter is a writer that fails, as a full disk does, after n bytes.
type failAfter struct {
	f io.Writer
	n int
}

func (w *failAfter) Write(b []byte) (int, error) {
	if len(b) > w.n {
		n, _ := w.f.Write(b[:w.n])
		w.n = 0
		return n, errors.New("no space left on device")
	}
	w.n -= len(b)
	return w.f.Write(b)
}

// A merge that cannot be written whole leaves the history as it was.
func TestMergeDiskFull(t *testing.T) {
	dir := t.TempDir()
	dst, src := filepath.Join(dir, FileName), filepath.Join(dir, "src.jsonl")
	old := line(hold("a", "s", "lats", time.Now(), 5)) + `{"v":1,"id":"torn"`
	os.WriteFile(dst, []byte(old), 0o600)
	var lots strings.Builder
	for i := range 5000 {
		lots.WriteString(line(hold(fmt.Sprint("m", i), "s", "lats", time.Now(), 5)))
	}
	os.WriteFile(src, []byte(lots.String()), 0o600)
	defer func(w func(io.Writer) io.Writer) { mergeWriter = w }(mergeWriter)
	mergeWriter = func(w io.Writer) io.Writer { return &failAfter{w, 300 << 10} }

	m, err := Merge(dst, src, time.Now())
	if err == nil || !strings.Contains(err.Error(), "no space left on device; nothing was merged, the history is as it was") || m.Added != 0 {
		t.Errorf("Merge = %+v, %v; want nothing merged", m, err)
	}
	if got, _ := os.ReadFile(dst); string(got) != old {
		t.Errorf("history after a failed merge is %d bytes, want the %d before", len(got), len(old))
	}
}

// A refused merge does not even make the history file.
func TestMergeRefusedMakesNothing(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "notes.txt")
	os.WriteFile(src, []byte("a\nb\n"), 0o600)
	dst := filepath.Join(dir, "data", FileName)
	os.Mkdir(filepath.Dir(dst), 0o700)
	if m, err := Merge(dst, src, time.Now()); !errors.Is(err, ErrNotHistory) || m.Lines != 2 {
		t.Errorf("Merge = %+v, %v; want refused, 2 lines", m, err)
	}
	if _, err := os.Lstat(dst); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the history file was made: %v", err)
	}
}
