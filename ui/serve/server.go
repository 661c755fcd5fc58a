// Package serve is backroll serve: backroll over SSH, on Charm's wish. Each
// public key is its own person, with folders of its own under the server's
// data folder, and each session has its own terminal: nothing of the
// server's environment or terminal reaches a session.
package serve

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/ratelimiter"
	"golang.org/x/time/rate"

	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
)

// Defaults of the command line.
const (
	DefaultListen      = "127.0.0.1:2222"
	DefaultMaxSessions = 32
	DefaultIdleTimeout = 10 * time.Minute
	// shutdownWait is how long running sessions have to finish and save
	// after a SIGTERM before their connections are closed.
	shutdownWait = 20 * time.Second
)

// Options configure the server.
type Options struct {
	Listen      string
	DataDir     string // the host key, and users/<fingerprint>/ for each key
	Allowed     Allowed
	Leaders     Leaders // who leads any class they join
	MaxSessions int
	IdleTimeout time.Duration
	// WriteTimeout is how long a client may leave what a session wrote
	// untaken before its connection is closed; 0 is DefaultWriteTimeout.
	WriteTimeout time.Duration
	Log          io.Writer // one line per session: who, what, how long; never what was typed
	// Run runs backroll for one session and returns its exit status.
	Run func(ctx context.Context, s Session) int
	// Ready, when set, hears the address once the server listens.
	Ready func(fmt.Stringer)
	// Profile reads the screening answers of the person whose folder is
	// home, for a class; nil is no answers.
	Profile func(home string) (profile.Profile, error)
	// Classes are the roll-along classes; nil makes a set of its own.
	Classes *class.Classes
}

// HostKeyPath is the server's host key in its data folder.
func HostKeyPath(dataDir string) string { return filepath.Join(dataDir, "ssh_host_ed25519_key") }

// Serve runs the server until ctx ends, then stops taking connections,
// asks every running session to finish (a session saves what was rolled,
// as it does on q), and returns when they have, or after shutdownWait.
func Serve(ctx context.Context, o Options) error {
	// Most of a session's memory lives as long as it does (its terminal's
	// cells, twice over), and Go's default lets the heap grow to twice
	// what is live before it collects: that slack doubled each session's
	// cost in a class (BenchmarkClass: 2.2 MiB a session for about 1 MiB
	// live). Half the slack costs no CPU that it measures; the local
	// full-screen coach does the same. GOGC, when set, wins.
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(50)
	}
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return err
	}
	if o.Classes == nil {
		o.Classes = &class.Classes{}
	}
	if o.Profile == nil {
		o.Profile = func(string) (profile.Profile, error) { return profile.Profile{}, nil }
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = DefaultWriteTimeout
	}
	// Connections at once, logged in or not: each session's, and as many
	// again and a few for clients on their way in or out.
	sessions := o.MaxSessions
	if sessions <= 0 {
		sessions = DefaultMaxSessions
	}
	maxConns := 2*sessions + 8
	stopping := make(chan struct{})
	h := &handler{o: o, stopping: stopping}
	// A per-address limit on new sessions: a burst of 10, then one every
	// two seconds.
	limit := ratelimiter.NewRateLimiter(rate.Every(2*time.Second), 10, 1024)
	srv, err := wish.NewServer(
		wish.WithAddress(o.Listen),
		wish.WithHostKeyPath(HostKeyPath(o.DataDir)),
		wish.WithPublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool { return o.Allowed.Allows(key) }),
		wish.WithIdleTimeout(o.IdleTimeout),
		func(s *ssh.Server) error {
			s.HandshakeTimeout = handshakeTimeout
			s.ConnCallback = connLimit(maxConns)
			s.ChannelHandlers = map[string]ssh.ChannelHandler{"session": session}
			return nil
		},
		// The last is the outermost: the limit is checked first.
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return h.handle }, ratelimiter.Middleware(limit)),
	)
	if err != nil {
		return fmt.Errorf("setting up the SSH server: %w", err)
	}
	// The host key is the server's identity: for its owner's eyes only,
	// whoever made it.
	if err := os.Chmod(HostKeyPath(o.DataDir), 0o600); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return err
	}
	if o.Ready != nil {
		o.Ready(ln.Addr())
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	// No new connections; each running session hears it is to end.
	closed, cancel := context.WithCancel(context.Background())
	cancel()
	_ = srv.Shutdown(closed) // closes the listener, waits for nothing
	h.stop()
	close(stopping)
	finished := make(chan struct{})
	go func() {
		h.wg.Wait()
		close(finished)
	}()
	err = nil
	select {
	case <-finished:
	case <-time.After(shutdownWait):
		err = fmt.Errorf("sessions still running after %s were cut off", shutdownWait)
	}
	// Connections whose sessions have ended, or that never had one,
	// are closed: a client may keep one open.
	_ = srv.Close()
	<-served
	// Their connections closed, sessions end; one that still does not is
	// not waited for without end.
	select {
	case <-finished:
	case <-time.After(shutdownWait):
	}
	return err
}

// handler runs the sessions.
type handler struct {
	o        Options
	stopping <-chan struct{} // closed when the server is shutting down
	active   atomic.Int32
	classSeq atomic.Int64 // tells apart two connections of one key in a class
	logMu    sync.Mutex

	mu      sync.Mutex
	stopped bool           // no session starts any more
	wg      sync.WaitGroup // the sessions running
}

// begin counts a session in, unless the server is stopping.
func (h *handler) begin() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return false
	}
	h.wg.Add(1)
	return true
}

// stop lets no session start from now on.
func (h *handler) stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopped = true
}

func (h *handler) log(format string, args ...any) {
	if h.o.Log == nil {
		return
	}
	h.logMu.Lock()
	defer h.logMu.Unlock()
	fmt.Fprintf(h.o.Log, time.Now().UTC().Format(time.RFC3339)+" "+format+"\n", args...)
}
