package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/history/historytest"
)

// BenchmarkStatusStart is `backroll status` on a history of 100,000 lines,
// warm (its rollup made by a first run), against a hello-world Go program
// built in the same run: a shell prompt pays this on every line, and the
// host's load swings either figure several-fold, never their ratio much.
// The two are run in turn, and each figure is the median of its runs.
// Target: status-x-hello ≤ 4.
func BenchmarkStatusStart(b *testing.B) {
	runs := 150
	if testing.Short() {
		runs = 15
	}
	bin := backrollBinary(b)
	hello := helloBinary(b)
	u := regularUser(b)
	dir := filepath.Join(u.data, "backroll")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, history.FileName))
	if err != nil {
		b.Fatal(err)
	}
	if err := historytest.Write(f, 100_000, time.Now()); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	env := testEnv(u)
	// The first run makes the rollup; its line is the one every run says.
	want := timedRun(b, env, bin, "status")
	b.ResetTimer()
	for range b.N {
		var status, ref []time.Duration
		for range runs {
			ref = append(ref, timedRun(b, env, hello).took)
			r := timedRun(b, env, bin, "status")
			if r.out != want.out {
				b.Fatalf("status said %q, then %q", want.out, r.out)
			}
			status = append(status, r.took)
		}
		s, h := median(status), median(ref)
		b.ReportMetric(ms(s), "ms-status")
		b.ReportMetric(ms(h), "ms-hello")
		b.ReportMetric(float64(s)/float64(h), "status-x-hello")
	}
}

type run struct {
	took time.Duration
	out  string
}

func timedRun(b *testing.B, env []string, bin string, args ...string) run {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	start := time.Now()
	out, err := cmd.Output()
	took := time.Since(start)
	if err != nil {
		b.Fatalf("%s %v: %v\n%s", bin, args, err, out)
	}
	return run{took, string(out)}
}

func median(d []time.Duration) time.Duration {
	d = slices.Clone(d)
	slices.Sort(d)
	return d[len(d)/2]
}

// helloBinary builds the reference: a Go program that prints one line,
// built by the same toolchain as backroll.
func helloBinary(b *testing.B) string {
	dir := b.TempDir()
	src := "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello, world\") }\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o600); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module hello\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	bin := filepath.Join(dir, "hello")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
