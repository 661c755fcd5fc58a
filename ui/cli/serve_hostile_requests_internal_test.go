package cli

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/backroll/backroll/ui/serve"
)

// Requests a session has no use for are refused, variables beyond the few
// a session hears are not kept, and a connection has at most 4 sessions:
// a client cannot make the server hold more for it by asking.
func TestServeHostileRequests(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	c, sess := rawSession(t, s, ann)
	base := heap()
	big := strings.Repeat("\x1b[31m", 200<<10/5)
	for i := range 2000 {
		name := "LANG"
		if i%2 == 1 {
			name = fmt.Sprintf("X%d", i)
		}
		_ = sess.Setenv(name, big)
	}
	if grew := int64(heap()) - int64(base); grew > 8<<20 {
		t.Errorf("2000 variables of 200 KiB took %d MiB of the server's memory", grew>>20)
	}
	if err := sess.Setenv("LANG", "C.UTF-8"); err != nil {
		t.Errorf("a short LANG was refused: %v", err)
	}
	for _, req := range []string{"auth-agent-req@openssh.com", "x11-req", "subsystem"} {
		payload := []byte(nil)
		if req == "subsystem" {
			payload = gossh.Marshal(struct{ Name string }{"sftp"})
		}
		if ok, err := sess.SendRequest(req, true, payload); ok || err != nil {
			t.Errorf("%s: granted %v (%v); want refused", req, ok, err)
		}
	}
	if _, _, err := c.OpenChannel("direct-tcpip", gossh.Marshal(struct {
		Host     string
		Port     uint32
		OrigHost string
		OrigPort uint32
	}{"127.0.0.1", 22, "127.0.0.1", 1})); err == nil {
		t.Error("a port forward was let through")
	}
	if ok, _, _ := c.SendRequest("tcpip-forward", true, gossh.Marshal(struct {
		Addr string
		Port uint32
	}{"127.0.0.1", 0})); ok {
		t.Error("a remote port forward was granted")
	}
	// Sessions that do nothing, four at most on the connection.
	var opened []*gossh.Session
	for range 10 {
		if more, err := c.NewSession(); err == nil {
			opened = append(opened, more)
		}
	}
	if len(opened) != 3 {
		t.Errorf("%d more sessions opened on one connection beside the first; want 3", len(opened))
	}
	// Closing one leaves room for another.
	if len(opened) > 0 {
		opened[0].Close()
		var err error
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			var again *gossh.Session
			if again, err = c.NewSession(); err == nil {
				again.Close()
				break
			}
		}
		if err != nil {
			t.Errorf("no session after one was closed: %v", err)
		}
	}
	c.Close()
	settled(t, before)
}

// Connections that never log in are held to twice the sessions and a few:
// past that a new one is closed at once, and the room comes back when
// they go.
func TestServeHostileIdleConnections(t *testing.T) {
	ann := newKey(t)
	s := startServerWith(t, func(o *serve.Options) { o.MaxSessions = 1 }, ann)
	before := goroutines()
	var idle []net.Conn
	defer func() {
		for _, c := range idle {
			c.Close()
		}
	}()
	for range 10 { // 2x1+8
		c, err := net.Dial("tcp", s.addr)
		if err != nil {
			t.Fatal(err)
		}
		idle = append(idle, c)
	}
	// The server has read nothing of them yet: its count may lag.
	time.Sleep(200 * time.Millisecond)
	if c, err := s.dial(ann); err == nil {
		c.Close()
		t.Error("a connection past the bound was let in")
	}
	for _, c := range idle {
		c.Close()
	}
	idle = nil
	var err error
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var c *gossh.Client
		if c, err = s.dial(ann); err == nil {
			c.Close()
			break
		}
	}
	if err != nil {
		t.Errorf("no connection once the others went: %v", err)
	}
	settled(t, before)
}

// A command string is the client's: long, with escapes, marks that reorder
// text, NUL. It is refused or run, but what is said of it is inert, and
// nothing of it reaches the server's log.
func TestServeHostileCommands(t *testing.T) {
	ann := newKey(t)
	s, before := hostileServer(t, ann)
	for _, command := range []string{
		"\x1b]0;owned\x07\x1b[2J", "start \u202egnol\x1b[31m", "status\x00rm", "stats " + strings.Repeat("\x1b[5m", 20000),
		strings.Repeat("é", 100000), "routines '\x1b]52;c;aGk=\x07", "class \u202eteam",
	} {
		var errs string
		_ = within(t, 10*time.Second, fmt.Sprintf("%.20q", command), func() error {
			_, _, errs = s.run(t, ann, command)
			return nil
		})
		if strings.ContainsAny(errs, "\x1b\x00\u202e") {
			t.Errorf("%.30q: the message holds what it was sent: %.200q", command, errs)
		}
	}
	if log := s.log.String(); strings.ContainsAny(log, "\x1b\x00\u202eé") || strings.Contains(log, "owned") || strings.Count(log, "\n") != 7 {
		t.Errorf("the log holds what clients sent, or not a line a session:\n%q", log)
	}
	settled(t, before)
}
