package serve

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	gossh "golang.org/x/crypto/ssh"
)

// buildBackroll builds the real binary into dir: the server and the local
// hold are measured as the separate processes people run, so the
// benchmark's own SSH clients and emulators are never counted.
func buildBackroll(b *testing.B, dir string) string {
	b.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("the go command is needed to build backroll")
	}
	bin := filepath.Join(dir, "backroll")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// benchEnv is the environment of a measured process: folders of its own,
// a common terminal, and nothing of the developer's terminal.
func benchEnv(home string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "COLORTERM", "TERM_PROGRAM", "TMUX", "STY", "NO_COLOR", "COLUMNS", "LINES", "HOME",
			"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "ACCESSIBLE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color", "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"),
		"XDG_DATA_HOME="+filepath.Join(home, "data"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_STATE_HOME="+filepath.Join(home, "state"))
}

// regular is the config of someone who has answered the first-run
// questions and seen the safety screen: their session goes straight on.
const regular = "[profile]\nonboarded = true\nsafety_seen = true\n"

func writeConfig(b *testing.B, path string) {
	b.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(regular), 0o600); err != nil {
		b.Fatal(err)
	}
}

// listening is the server's line once it takes connections.
var listening = regexp.MustCompile(`listening on (\S+) for`)

// startServe runs `backroll serve` on a free loopback port for keys, each
// already a regular (so every screen is the class's), and returns its
// process and address. The server is stopped as SIGTERM stops it when the
// benchmark ends.
func startServe(b *testing.B, bin string, keys []gossh.Signer) (*os.Process, string) {
	b.Helper()
	dir := b.TempDir()
	data := filepath.Join(dir, "serve")
	var list bytes.Buffer
	for _, k := range keys {
		list.Write(gossh.MarshalAuthorizedKey(k.PublicKey()))
		fp, err := Fingerprint(k.PublicKey())
		if err != nil {
			b.Fatal(err)
		}
		writeConfig(b, filepath.Join(data, "users", fp, "config", "config.toml"))
	}
	allowed := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(allowed, list.Bytes(), 0o600); err != nil {
		b.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", "--listen", "127.0.0.1:0", "--data-dir", data,
		"--authorized-keys", allowed, "--max-sessions", strconv.Itoa(len(keys)+1))
	cmd.Env = benchEnv(dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	b.Cleanup(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})
	addr := make(chan string, 1)
	go func() {
		// The server logs a line a session; read them all, or it blocks.
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	select {
	case a := <-addr:
		return cmd.Process, a
	case <-exited:
		b.Fatal("backroll serve ended before it listened")
	case <-time.After(20 * time.Second):
		b.Fatal("backroll serve did not listen in 20 s")
	}
	return nil, ""
}

// startLocal runs bin with args in a pty of its own, as someone runs it
// at home, and returns the process and its screen.
func startLocal(b *testing.B, bin string, args ...string) (*os.Process, *benchTerm) {
	b.Helper()
	home := b.TempDir()
	writeConfig(b, filepath.Join(home, "config", "backroll", "config.toml"))
	cmd := exec.Command(bin, args...)
	cmd.Env = benchEnv(home)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: benchRows, Cols: benchCols})
	if err != nil {
		b.Fatal(err)
	}
	t := newBenchTerm(ptmx)
	go t.drain(ptmx)
	b.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = ptmx.Close()
		t.close()
	})
	return cmd.Process, t
}

// cpuTime is the CPU time p has run, to the nanosecond: the sum over its
// threads of the scheduler's count (/proc/PID/stat counts in 10 ms ticks,
// too coarse for a hold's few milliseconds a second).
func cpuTime(b *testing.B, p *os.Process) time.Duration {
	b.Helper()
	tasks, err := filepath.Glob(filepath.Join("/proc", strconv.Itoa(p.Pid), "task", "*", "schedstat"))
	if err != nil || len(tasks) == 0 {
		b.Fatalf("no threads of %d in /proc: %v", p.Pid, err)
	}
	var sum time.Duration
	for _, task := range tasks {
		data, err := os.ReadFile(task)
		if err != nil {
			continue // a thread that has ended
		}
		f := strings.Fields(string(data))
		if len(f) == 0 {
			continue
		}
		ns, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			b.Fatalf("%s: %q", task, data)
		}
		sum += time.Duration(ns)
	}
	return sum
}

// memory is p's resident memory now (VmRSS) and at its highest (VmHWM),
// in MiB, and its threads.
func memory(b *testing.B, p *os.Process) (rss, peak float64, threads int) {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(p.Pid), "status"))
	if err != nil {
		b.Fatal(err)
	}
	field := func(name string) int {
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, name+":"); ok {
				n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
				if err != nil {
					b.Fatalf("/proc/%d/status: %s", p.Pid, line)
				}
				return n
			}
		}
		b.Fatalf("no %s in /proc/%d/status", name, p.Pid)
		return 0
	}
	return float64(field("VmRSS")) / 1024, float64(field("VmHWM")) / 1024, field("Threads")
}
