package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// BenchmarkProgram runs the real binary on a 100x30 pseudo-terminal through
// a hold and reports what it costs the person's machine: bytes sent to the
// terminal, CPU, peak memory and time to the first full frame.
// Targets: animated ≤ 1000 B/s and ≤ 0.6 CPU-s/min; --no-animation ≤ 300
// B/s and ≤ 0.3 CPU-s/min; peak RSS ≤ 16 MiB; first frame ≤ 60 ms; the home
// screen left alone, no bytes and next to no CPU.
func BenchmarkProgram(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("reads CPU and memory from /proc")
	}
	window := 10 * time.Second
	if testing.Short() {
		window = 2 * time.Second
	}
	for _, v := range []struct {
		name string
		args []string
		key  string // pressed after the first frame
	}{
		{"animated", []string{"start", "nightly", "--hold", "2m"}, "\r"}, // start the hold now (space pauses the get-ready)
		{"still", []string{"start", "nightly", "--hold", "2m", "--no-animation"}, "\r"},
		{"idle-home", nil, ""},
	} {
		b.Run(v.name, func(b *testing.B) {
			bin := backrollBinary(b)
			for range b.N {
				r := measure(b, bin, append(v.args, "--data-dir", b.TempDir()), v.key, window)
				b.ReportMetric(r.firstFrame.Seconds()*1000, "ms-first-frame")
				b.ReportMetric(r.bytesPerSec, "B/s")
				b.ReportMetric(r.cpuPerMin, "CPU-s/min")
				b.ReportMetric(float64(r.peakRSS)/1024, "MiB-peak-RSS")
			}
		})
	}
}

type perf struct {
	firstFrame  time.Duration
	bytesPerSec float64
	cpuPerMin   float64
	peakRSS     int // KiB
}

// measure starts bin, waits for its first frame, presses key and lets the
// screen settle, then counts its output and CPU over window.
func measure(b *testing.B, bin string, args []string, key string, window time.Duration) perf {
	cmd := exec.Command(bin, args...)
	cmd.Env = testEnv(regularUser(b))
	start := time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 100})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
		ptmx.Close()
	}()
	var (
		mu    sync.Mutex
		out   bytes.Buffer
		first time.Duration
	)
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := ptmx.Read(buf)
			mu.Lock()
			out.Write(buf[:n])
			if first == 0 && bytes.Contains(out.Bytes(), []byte("quit")) {
				first = time.Since(start)
			}
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	count := func() int { mu.Lock(); defer mu.Unlock(); return out.Len() }
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		f := first
		mu.Unlock()
		if f > 0 {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("no first frame in 10 s; output: %q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	ptmx.Write([]byte(key))
	time.Sleep(2 * time.Second)
	bytes0, cpu0, t0 := count(), cpuTicks(b, cmd.Process.Pid), time.Now()
	time.Sleep(window)
	bytes1, cpu1, t1 := count(), cpuTicks(b, cmd.Process.Pid), time.Now()
	elapsed := t1.Sub(t0)
	return perf{
		firstFrame:  first,
		bytesPerSec: float64(bytes1-bytes0) / elapsed.Seconds(),
		cpuPerMin:   float64(cpu1-cpu0) / 100 / elapsed.Minutes(), // USER_HZ is 100 on Linux
		peakRSS:     peakRSS(b, cmd.Process.Pid),
	}
}

// cpuTicks is the process's user+system time in clock ticks.
func cpuTicks(b *testing.B, pid int) int {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		b.Fatal(err)
	}
	// Fields after the command name, which may hold spaces: state is 3rd,
	// utime the 14th and stime the 15th of the whole line.
	f := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+2:]))
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return ut + st
}

// peakRSS is the process's high-water resident memory in KiB.
func peakRSS(b *testing.B, pid int) int {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	b.Fatal("no VmHWM")
	return 0
}
