package serve

import (
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/screen"
)

// Bounds on what a client may make the server hold: its connections, the
// sessions of one connection, its window and its environment.
const (
	// handshakeTimeout ends a connection that has not logged in by then.
	handshakeTimeout = 30 * time.Second
	// channelsPerConn is how many sessions one connection may have open
	// at once; each may be sent 2 MiB before it reads anything.
	channelsPerConn = 4
	// The largest window a session draws: each cell costs about 200 bytes
	// (the frame and the renderer's copy of it), and a client may name
	// 2³²-1 by 2³²-1. A larger window shows the screen in its top left.
	maxWidth, maxHeight = 400, 150
	// resizeEvery is how often a window's changes are drawn at most.
	resizeEvery = 50 * time.Millisecond
	// maxEnv is how many variables a session may send; the names passed
	// are fewer.
	maxEnv = 32
)

// DefaultWriteTimeout is how long a session waits for a client that
// reads nothing before it closes the connection.
const DefaultWriteTimeout = 30 * time.Second

// connLimit is ssh.Server's ConnCallback: past max connections at once a
// new one is closed before its handshake.
func connLimit(max int) func(ssh.Context, net.Conn) net.Conn {
	var open atomic.Int32
	return func(_ ssh.Context, c net.Conn) net.Conn {
		if int(open.Add(1)) > max {
			open.Add(-1)
			return nil
		}
		return &countedConn{Conn: c, open: &open}
	}
}

type countedConn struct {
	net.Conn
	open *atomic.Int32
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.open.Add(-1) })
	return c.Conn.Close()
}

// fit is the size a session draws a client's window at: at most
// maxWidth by maxHeight; a side of 0 (none said) is 0, which the screen
// takes as 80x24.
func fit(w ssh.Window) screen.Size {
	return screen.Size{Width: min(max(w.Width, 0), maxWidth), Height: min(max(w.Height, 0), maxHeight)}
}

// channelsKey counts the sessions of a connection, on its context.
type channelsKey struct{}

// session is the handler of "session" channels: the library's own, with at
// most channelsPerConn open on a connection, and its requests screened.
func session(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	ctx.Lock()
	n, _ := ctx.Value(channelsKey{}).(*atomic.Int32)
	if n == nil {
		n = new(atomic.Int32)
		ctx.SetValue(channelsKey{}, n)
	}
	ctx.Unlock()
	if n.Add(1) > channelsPerConn {
		n.Add(-1)
		_ = nc.Reject(gossh.ResourceShortage, "too many sessions on one connection")
		return
	}
	defer n.Add(-1)
	ssh.DefaultSessionHandler(srv, conn, screened{nc}, ctx)
}

// screened is a new session channel whose requests are screened on the way
// to the library.
type screened struct{ gossh.NewChannel }

func (s screened) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := s.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go screenRequests(reqs, out)
	return ch, out, nil
}

// screenRequests passes on the requests a session needs and answers the
// rest itself. Variables are kept to the names a session hears, short, and
// few: the library keeps every one. An agent forwarding request is refused
// (the library says yes to it). Window changes never reach the library,
// which hands each to the session and waits for it to be taken (one sent
// before anything reads them stalled every request after it, and then the
// whole connection) and writes the size unguarded as the session reads it:
// the pty's window is kept here, in windows, under a name given to the
// session as the variable windowVar.
func screenRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	var win *window
	id := strconv.FormatInt(windowSeq.Add(1), 10)
	defer func() {
		if win != nil {
			windows.Delete(id)
			close(win.closed)
		}
		close(out)
	}()
	started, envs := false, 0
	for req := range in {
		switch req.Type {
		case "env":
			var kv struct{ Name, Value string }
			if gossh.Unmarshal(req.Payload, &kv) != nil || !slices.Contains(passed, kv.Name) ||
				len(kv.Name)+len(kv.Value) >= 256 || envs >= maxEnv {
				_ = req.Reply(false, nil)
				continue
			}
			envs++
		case "pty-req":
			var p struct {
				Term                         string
				Columns, Rows, Width, Height uint32
				Modes                        string
			}
			if !started && win == nil && gossh.Unmarshal(req.Payload, &p) == nil {
				win = newWindow(ssh.Window{Width: int(p.Columns), Height: int(p.Rows)})
				windows.Store(id, win)
			}
		case "window-change":
			var c struct{ Columns, Rows, Width, Height uint32 }
			ok := win != nil && gossh.Unmarshal(req.Payload, &c) == nil
			if ok {
				win.set(fit(ssh.Window{Width: int(c.Columns), Height: int(c.Rows)}))
			}
			_ = req.Reply(ok, nil)
			continue
		case "shell", "exec":
			if win != nil && !started {
				// Not a client's: the name is not one passed on.
				out <- &gossh.Request{Type: "env", Payload: gossh.Marshal(struct{ Name, Value string }{windowVar, id})}
			}
			started = true
		case "subsystem", "auth-agent-req@openssh.com", "x11-req":
			_ = req.Reply(false, nil)
			continue
		}
		out <- req
	}
}

// windows are the windows of pty sessions by the name their screening gave
// them (windowVar), for their handlers to take.
var (
	windows   sync.Map // string to *window
	windowSeq atomic.Int64
)

// windowVar is the variable that names a session's window in windows.
const windowVar = "BACKROLL_WINDOW"

// sessionWindow is the window of the session whose variables are env, or
// nil.
func sessionWindow(env []string) *window {
	for _, kv := range env {
		if id, ok := strings.CutPrefix(kv, windowVar+"="); ok {
			if w, ok := windows.LoadAndDelete(id); ok {
				return w.(*window)
			}
		}
	}
	return nil
}

// window is a session's window size, as the client last said it, fitted:
// a flood of changes is one resize for the screen to draw, not one each.
type window struct {
	mu      sync.Mutex
	size    screen.Size
	changed chan struct{} // something new to read
	closed  chan struct{} // the session's channel has closed
}

func newWindow(first ssh.Window) *window {
	return &window{size: fit(first), changed: make(chan struct{}, 1), closed: make(chan struct{})}
}

// set keeps a new size, unless a side is 0.
func (w *window) set(size screen.Size) {
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	w.mu.Lock()
	w.size = size
	w.mu.Unlock()
	select {
	case w.changed <- struct{}{}:
	default:
	}
}

func (w *window) now() screen.Size {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.size
}

// stallGuard is a session's output: a write the client has not taken in
// after a while closes the connection (cut), since a client that reads
// nothing would hold the session, and what waits on it, forever.
type stallGuard struct {
	w       io.Writer
	seen    *activity
	after   time.Duration
	mu      sync.Mutex
	pending int // writes under way
	timer   *time.Timer
}

func newStallGuard(w io.Writer, after time.Duration, cut func(), seen *activity) *stallGuard {
	t := time.AfterFunc(time.Hour, cut)
	t.Stop()
	return &stallGuard{w: w, after: after, timer: t, seen: seen}
}

func (g *stallGuard) Write(p []byte) (int, error) {
	g.mu.Lock()
	if g.pending++; g.pending == 1 {
		g.timer.Reset(g.after)
	}
	g.mu.Unlock()
	defer func() {
		g.seen.touch()
		g.mu.Lock()
		if g.pending--; g.pending == 0 {
			g.timer.Stop()
		}
		g.mu.Unlock()
	}()
	return g.w.Write(p)
}

// activity is when a session last moved: a key from the client, or
// something drawn for it. The connection's idle timeout counts every
// packet, and a client's keepalives (ssh's ServerAliveInterval) would keep
// a forgotten session, and its slot, for ever.
type activity struct {
	last  atomic.Int64 // Unix nanoseconds
	timer atomic.Pointer[time.Timer]
}

// quiet calls cut once the session has not moved for d, until stopped.
func quiet(d time.Duration, cut func()) *activity {
	a := &activity{}
	a.touch()
	check := func() {
		if since := time.Since(time.Unix(0, a.last.Load())); since < d {
			a.timer.Load().Reset(d - since)
			return
		}
		cut()
	}
	// Stored before it can fire: check reads it.
	t := time.AfterFunc(time.Hour, check)
	t.Stop()
	a.timer.Store(t)
	t.Reset(d)
	return a
}

func (a *activity) touch() {
	if a != nil {
		a.last.Store(time.Now().UnixNano())
	}
}

func (a *activity) stop() {
	if a != nil {
		a.timer.Load().Stop()
	}
}
