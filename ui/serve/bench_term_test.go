package serve

import (
	"context"
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"
)

// benchCols and benchRows are the size of every terminal in the class
// benchmark, the size the issue measures a hold at.
const benchCols, benchRows = 100, 30

// inHold is a screen that shows a running hold: the full-screen app's
// breath cue, or a line screen's "Area: hold, 0:42 left".
var inHold = regexp.MustCompile(`(?i)breathe (in|out)|: hold, \d+:\d\d left`)

// benchTerm is a terminal drawn on an emulator, whose answers to the
// program's questions (the background colour) go back as typed input.
// It costs the benchmark's process, never the program measured.
type benchTerm struct {
	mu    sync.Mutex
	emu   *vt.Emulator
	bytes int64 // all the program wrote
	in    io.Writer
}

func newBenchTerm(in io.Writer) *benchTerm {
	t := &benchTerm{emu: vt.NewEmulator(benchCols, benchRows), in: in}
	go func() {
		buf := make([]byte, 1024)
		for {
			n, err := t.emu.Read(buf)
			if n > 0 {
				_, _ = in.Write(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()
	return t
}

// drain draws all that out writes until it ends.
func (t *benchTerm) drain(out io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		t.mu.Lock()
		_, _ = t.emu.Write(buf[:n])
		t.bytes += int64(n)
		t.mu.Unlock()
		if err != nil {
			return
		}
	}
}

func (t *benchTerm) text() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.String()
}

func (t *benchTerm) written() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.bytes
}

func (t *benchTerm) press(keys string) { _, _ = io.WriteString(t.in, keys) }

func (t *benchTerm) close() { _ = t.emu.Close() }

// toHold presses enter until the screen shows a running hold: it starts a
// leader's class, passes a first session's screens and cuts a get-ready
// short where enter does; a follower's enter moves nothing. It gives up
// after limit, saying what the screen showed.
func (t *benchTerm) toHold(who string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	var last string
	pressed := time.Time{}
	for time.Now().Before(deadline) {
		scr := t.text()
		if inHold.MatchString(scr) {
			return nil
		}
		// Enter once the screen has settled: a screen drawn, and not
		// changed for a moment or pressed for a second.
		if scr != last {
			last, pressed = scr, time.Now()
		} else if strings.TrimSpace(scr) != "" && time.Since(pressed) > 700*time.Millisecond {
			t.press("\r")
			pressed = time.Now()
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("%s never reached a hold in %s; the screen:\n%s", who, limit, t.text())
}

// sshTerm runs command in a pty session on addr as key, connecting from
// the loopback address from (each member its own address, as people on
// their own machines are: the server's rate limit is per address).
func sshTerm(ctx context.Context, addr string, from net.IP, key gossh.Signer, command string) (*benchTerm, func(), error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: from}, Timeout: 20 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{User: "roller",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(key)}, HostKeyCallback: gossh.InsecureIgnoreHostKey()})
	if err != nil {
		conn.Close()
		return nil, nil, err
	}
	c := gossh.NewClient(cc, chans, reqs)
	sess, err := c.NewSession()
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	if err := sess.RequestPty("xterm-256color", benchRows, benchCols, gossh.TerminalModes{}); err != nil {
		c.Close()
		return nil, nil, err
	}
	if err := sess.Start(command); err != nil {
		c.Close()
		return nil, nil, err
	}
	t := newBenchTerm(stdin)
	go t.drain(stdout)
	return t, func() { t.close(); c.Close() }, nil
}
