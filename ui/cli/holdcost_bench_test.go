//go:build linux

package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// BenchmarkHoldCost runs the hold on pseudo-terminals at once beside a
// naive Bubble Tea breathing countdown (testdata/naivehold: the whole
// screen laid out and rendered ten times a second) and reports, for the
// animated hold at 100x30, the still one (--no-animation) and the animated
// one at 40x12 (too small for the breath's shape): its CPU as a share of
// the naive program's over the same seconds (CPU on a shared machine
// swings several-fold with the host's load: only the ratio means
// anything), its context switches per frame drawn, and its bytes per
// second. Targets: animated ≤ 0.10x naive and ≤ 3 switches a frame; still
// and 40x12 about 0.04x.
//
// BACKROLL_HOLDCOST_BIN runs another build of backroll instead (an older
// one, for figures before a change).
func BenchmarkHoldCost(b *testing.B) {
	if testing.Short() {
		b.Skip("runs four programs for half a minute; without -short only")
	}
	bin := os.Getenv("BACKROLL_HOLDCOST_BIN")
	if bin == "" {
		bin = backrollBinary(b)
	}
	naive := naiveBinary(b)
	hold := []string{"start", "nightly", "--hold", "2m"}
	runs := []struct {
		name       string
		cols, rows uint16
		bin        string
		args       []string
	}{
		{"naive", 100, 30, naive, []string{"-fps", "10", "-hold", "10m"}},
		{"anim", 100, 30, bin, hold},
		{"still", 100, 30, bin, append(hold, "--no-animation")},
		{"anim40x12", 40, 12, bin, hold},
	}
	const settle, window = 3 * time.Second, 20 * time.Second
	total := make([]usage, len(runs))
	for range b.N {
		procs := make([]*ptyProc, len(runs))
		for i, r := range runs {
			args := r.args
			if r.bin != naive {
				args = append(args, "--data-dir", b.TempDir())
			}
			procs[i] = startPty(b, r.bin, args, r.cols, r.rows)
		}
		for i, p := range procs {
			p.waitFor(b, "quit")
			if runs[i].bin != naive {
				p.write(b, "\r") // the hold starts now
			}
		}
		time.Sleep(settle)
		from := make([]usage, len(procs))
		for i, p := range procs {
			from[i] = p.usage(b)
		}
		time.Sleep(window)
		for i, p := range procs {
			u := p.usage(b).minus(from[i])
			total[i] = total[i].plus(u)
			if i > 0 && !bytes.Contains(p.out(), []byte("breathe")) {
				b.Fatalf("%s: no hold on screen: %q", runs[i].name, p.out())
			}
			p.stop()
		}
	}
	naiveCPU := total[0].cpu.Seconds()
	for i, r := range runs {
		u := total[i]
		if i > 0 {
			b.ReportMetric(u.cpu.Seconds()/naiveCPU, r.name+"-x-naive")
		}
		b.ReportMetric(float64(u.switches)/float64(max(u.frames, 1)), r.name+"-cs/frame")
		b.ReportMetric(float64(u.bytes)/(window.Seconds()*float64(b.N)), r.name+"-B/s")
		b.ReportMetric(float64(u.frames)/(window.Seconds()*float64(b.N)), r.name+"-frames/s")
	}
	b.ReportMetric(naiveCPU*60/(window.Seconds()*float64(b.N)), "naive-CPU-s/min")
	b.ReportMetric(0, "ns/op") // wall time is the windows'
}

var (
	naiveOnce sync.Once
	naivePath string
	naiveErr  error
)

// naiveBinary builds testdata/naivehold once, beside backroll's binary,
// which goes when the tests end.
func naiveBinary(b *testing.B) string {
	dir := filepath.Dir(backrollBinary(b))
	naiveOnce.Do(func() {
		naivePath = filepath.Join(dir, "naivehold")
		out, err := exec.Command("go", "build", "-o", naivePath, "./testdata/naivehold").CombinedOutput()
		if err != nil {
			naiveErr = err
			naivePath = string(out)
		}
	})
	if naiveErr != nil {
		b.Fatalf("building the naive hold: %v\n%s", naiveErr, naivePath)
	}
	return naivePath
}

// usage is what a program cost over some time.
type usage struct {
	cpu      time.Duration
	switches int // context switches, voluntary or not, of all its threads
	frames   int // bursts of output: frames drawn
	bytes    int
}

func (u usage) minus(v usage) usage {
	return usage{u.cpu - v.cpu, u.switches - v.switches, u.frames - v.frames, u.bytes - v.bytes}
}

func (u usage) plus(v usage) usage {
	return usage{u.cpu + v.cpu, u.switches + v.switches, u.frames + v.frames, u.bytes + v.bytes}
}

// ptyProc is a program on a pseudo-terminal whose output is counted.
type ptyProc struct {
	cmd  *exec.Cmd
	ptmx *os.File
	done chan struct{}

	mu     sync.Mutex
	buf    bytes.Buffer
	frames int
}

// frameGap is the quiet that ends a frame: a frame is one write, and
// frames come tens of milliseconds apart.
const frameGap = 4 * time.Millisecond

func startPty(b *testing.B, bin string, args []string, cols, rows uint16) *ptyProc {
	cmd := exec.Command(bin, args...)
	cmd.Env = testEnv(regularUser(b))
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: cols, Rows: rows})
	if err != nil {
		b.Fatal(err)
	}
	p := &ptyProc{cmd: cmd, ptmx: ptmx, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		buf := make([]byte, 32<<10)
		var last time.Time
		for {
			n, err := ptmx.Read(buf)
			now := time.Now()
			p.mu.Lock()
			p.buf.Write(buf[:n])
			if n > 0 && now.Sub(last) > frameGap {
				p.frames++
			}
			p.mu.Unlock()
			last = now
			if err != nil {
				return
			}
		}
	}()
	b.Cleanup(p.stop)
	return p
}

func (p *ptyProc) out() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return bytes.Clone(p.buf.Bytes())
}

func (p *ptyProc) waitFor(b *testing.B, s string) {
	for deadline := time.Now().Add(15 * time.Second); !bytes.Contains(p.out(), []byte(s)); {
		if time.Now().After(deadline) {
			b.Fatalf("%s: no %q in 15 s: %q", p.cmd.Path, s, p.out())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (p *ptyProc) write(b *testing.B, s string) {
	if _, err := p.ptmx.WriteString(s); err != nil {
		b.Fatal(err)
	}
}

func (p *ptyProc) stop() {
	if p.cmd.ProcessState == nil {
		p.cmd.Process.Kill()
		p.cmd.Wait()
		p.ptmx.Close()
		<-p.done
	}
}

// usage is what the program has cost so far: CPU time and context
// switches summed over its threads, from /proc to the nanosecond (the
// process's own figures count clock ticks of 10 ms).
func (p *ptyProc) usage(b *testing.B) usage {
	dir := "/proc/" + strconv.Itoa(p.cmd.Process.Pid) + "/task"
	tasks, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var u usage
	for _, t := range tasks {
		if stat, err := os.ReadFile(filepath.Join(dir, t.Name(), "schedstat")); err == nil {
			ns, _ := strconv.ParseInt(strings.Fields(string(stat))[0], 10, 64)
			u.cpu += time.Duration(ns)
		}
		status, _ := os.ReadFile(filepath.Join(dir, t.Name(), "status"))
		for _, line := range strings.Split(string(status), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.HasSuffix(k, "ctxt_switches") {
				n, _ := strconv.Atoi(strings.TrimSpace(v))
				u.switches += n
			}
		}
	}
	p.mu.Lock()
	u.frames, u.bytes = p.frames, p.buf.Len()
	p.mu.Unlock()
	return u
}
