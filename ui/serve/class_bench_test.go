package serve

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// BenchmarkClass measures what a served class costs the server, per
// session, through real SSH sessions only (so it holds whatever draws the
// class): `backroll serve` runs as a process of its own, a leader and N
// followers join `class bench` on 100x30 ptys, the leader starts it, and
// once everyone's screen shows the hold, the server's CPU and memory are
// read from /proc over a window: first with the leader alone, then with
// all N+1. Beside it, in the same windows, runs one local hold (`backroll
// start nightly --hold 2m` in a pty of its own), the reference: CPU on a
// shared machine swings several-fold with the host's load, so CPU is
// judged as a ratio to it.
//
// The goal: each extra session adds at most 2 MiB (MiB/extra-
// session, the growth of the server's VmRSS from the leader alone to the
// whole class, over N) and at most one local hold's CPU (x-local/extra-
// session: the server's CPU in local holds, whole class less leader
// alone, over N). x-local/session is the server's whole CPU over all N+1
// sessions, its fixed costs included. The SSH clients and their
// emulators run in the benchmark's process and are not counted.
func BenchmarkClass(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads the server's CPU and memory from /proc")
	}
	// BACKROLL_CLASS_BIN measures another build, such as a branch's.
	bin := os.Getenv("BACKROLL_CLASS_BIN")
	if bin == "" {
		bin = buildBackroll(b, b.TempDir())
	}
	sizes, window, settle := []int{1, 8, 32}, 6*time.Second, 2*time.Second
	if testing.Short() {
		sizes, window, settle = []int{1}, time.Second, 300*time.Millisecond
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("followers=%d", n), func(b *testing.B) {
			for range b.N {
				r := measureClass(b, bin, n, window, settle)
				r.report(b, n)
			}
		})
	}
}

// classCost is what one run measured.
type classCost struct {
	aloneCPU, classCPU time.Duration // the server's, with the leader alone, then with all
	localAlone, local  time.Duration // the local hold's, in the same two windows
	aloneRSS, classRSS float64       // the server's VmRSS after each window, MiB
	peakRSS            float64       // the server's VmHWM at the end, MiB
	threads            int           // the server's threads at the end
	window             time.Duration
	followerBytes      int64 // what the followers received in the second window
	localBytes         int64 // what the local hold drew in it
}

func (c classCost) report(b *testing.B, n int) {
	perSec := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) / c.window.Seconds() }
	sessions := float64(n + 1)
	b.ReportMetric(perSec(c.local), "local-hold-CPU-ms/s")
	b.ReportMetric(perSec(c.classCPU)/sessions, "CPU-ms/s/session")
	b.ReportMetric(perSec(c.classCPU)/sessions/perSec(c.local), "x-local/session")
	// Each window's server CPU counted in local holds of that window,
	// so a swing of the host's load between the two cancels out.
	extra := (float64(c.classCPU)/float64(c.local) - float64(c.aloneCPU)/float64(c.localAlone)) / float64(n)
	b.ReportMetric(extra, "x-local/extra-session")
	b.ReportMetric((c.classRSS-c.aloneRSS)/float64(n), "MiB/extra-session")
	b.ReportMetric(c.classRSS, "MiB-RSS-class")
	b.ReportMetric(c.peakRSS, "MiB-peak-RSS")
	b.ReportMetric(float64(c.threads), "server-threads")
	b.ReportMetric(float64(c.followerBytes)/float64(n)/c.window.Seconds(), "B/s/follower")
	b.ReportMetric(float64(c.localBytes)/c.window.Seconds(), "local-B/s")
	b.ReportMetric(0, "ns/op") // the run's length says nothing
}

// perfRecord samples p's stacks with perf into name, in the folder
// BACKROLL_CLASS_PERF names, until the func it returns is called; without
// it, nothing. Read it with `perf report -i FILE --no-children`; perf's
// own sampling costs the server a little, so take figures without it.
func perfRecord(b *testing.B, p *os.Process, name string) func() {
	b.Helper()
	dir := os.Getenv("BACKROLL_CLASS_PERF")
	if dir == "" {
		return func() {}
	}
	cmd := exec.Command("perf", "record", "-F", "1999", "-g", "-p", strconv.Itoa(p.Pid), "-o", filepath.Join(dir, name))
	if err := cmd.Start(); err != nil {
		b.Fatalf("perf record: %v", err)
	}
	return func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	}
}

// measureClass runs one class of a leader and n followers beside one
// local hold.
func measureClass(b *testing.B, bin string, n int, window, settle time.Duration) classCost {
	b.Helper()
	keys := make([]gossh.Signer, n+1)
	for i := range keys {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			b.Fatal(err)
		}
		if keys[i], err = gossh.NewSignerFromKey(priv); err != nil {
			b.Fatal(err)
		}
	}
	server, addr := startServe(b, bin, keys)
	local, localTerm := startLocal(b, bin, "start", "nightly", "--hold", "2m")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	join := func(i int) (*benchTerm, error) {
		// Member i comes from 127.0.0.(i+2): the rate limit is per address.
		t, closeIt, err := sshTerm(ctx, addr, net.IPv4(127, 0, 0, byte(i+2)), keys[i], "class bench")
		if err != nil {
			return nil, fmt.Errorf("member %d joining: %w", i, err)
		}
		b.Cleanup(closeIt)
		return t, nil
	}
	leader, err := join(0)
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	var localErr error
	wg.Go(func() { localErr = localTerm.toHold("the local hold", 30*time.Second) })
	if err := leader.toHold("the leader", 30*time.Second); err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	if localErr != nil {
		b.Fatal(localErr)
	}
	// Two more 15 s for the class (the local hold has 2 min): a slow
	// machine still measures inside the first area's hold.
	leader.press("++")

	var c classCost
	c.window = window
	// measure is the server's and the local hold's CPU over a window.
	measure := func() (time.Duration, time.Duration) {
		s0, l0 := cpuTime(b, server), cpuTime(b, local)
		time.Sleep(window)
		return cpuTime(b, server) - s0, cpuTime(b, local) - l0
	}
	time.Sleep(settle)
	c.aloneCPU, c.localAlone = measure()
	c.aloneRSS, _, _ = memory(b, server)

	followers := make([]*benchTerm, n)
	errs := make(chan error, n)
	for i := range followers {
		wg.Go(func() {
			t, err := join(i + 1)
			if err != nil {
				errs <- err
				return
			}
			followers[i] = t
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	for i, f := range followers {
		if err := f.toHold(fmt.Sprintf("follower %d", i+1), 30*time.Second); err != nil {
			b.Fatal(err)
		}
	}
	before := int64(0)
	time.Sleep(settle)
	for _, f := range followers {
		before += f.written()
	}
	localBefore := localTerm.written()
	stopPerf := perfRecord(b, server, fmt.Sprintf("class-%d.perf", n))
	c.classCPU, c.local = measure()
	stopPerf()
	for _, f := range followers {
		c.followerBytes += f.written()
	}
	c.followerBytes -= before
	c.localBytes = localTerm.written() - localBefore
	c.classRSS, c.peakRSS, c.threads = memory(b, server)
	ended := func(who string, t *benchTerm) {
		if scr := t.text(); !inHold.MatchString(scr) {
			b.Fatalf("%s's hold ended inside the window; the figures are not a hold's. The screen:\n%s", who, scr)
		}
	}
	ended("the leader", leader)
	ended("the local hold", localTerm)
	for i, f := range followers {
		ended(fmt.Sprintf("follower %d", i+1), f)
	}
	return c
}
