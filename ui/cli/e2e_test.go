package cli_test

// End-to-end tests: the real backroll binary, built once, run in a
// pseudo-terminal whose output feeds a virtual terminal emulator. The tests
// read the emulated screen, the text a person would see, and press keys the
// way a person would.

import (
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// The binary is built once for every test that needs it, into a directory
// removed when the tests end (see removeBinary, called from TestMain).
var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

// backrollBinary builds the command from the module root, two directories
// up from this package, and returns its path.
func backrollBinary(t testing.TB) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("end-to-end tests drive a Unix pseudo-terminal")
	}
	buildOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			buildErr = fmt.Errorf("the go command is needed to build backroll: %w", err)
			return
		}
		root, err := filepath.Abs(filepath.Join("..", ".."))
		if err != nil {
			buildErr = err
			return
		}
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
			buildErr = fmt.Errorf("module root not found at %s: %w", root, err)
			return
		}
		binDir, err = os.MkdirTemp("", "backroll-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(binDir, "backroll")
		cmd := exec.Command(goTool, "build", "-o", binPath, ".")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// removeBinary deletes the built binary, if any.
func removeBinary() {
	if binDir != "" {
		os.RemoveAll(binDir)
	}
}

// user is a person's own folders for backroll, config and data, so that a
// test never reads or writes the developer's.
type user struct {
	config, data string
	background   color.Color // the terminal's background; nil: the emulator's dark default
	bin          string      // the binary to run; "" is backroll as released (fastBinary is the other)
}

// newUser has empty folders: backroll has never run.
func newUser(t testing.TB) user { return user{config: t.TempDir(), data: t.TempDir()} }

// regularUser has answered the first-run questions and seen the red flags,
// as someone who has used backroll before.
func regularUser(t testing.TB) user {
	u := newUser(t)
	if err := os.MkdirAll(filepath.Dir(u.configFile()), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(u.configFile(), []byte("[profile]\nonboarded = true\nsafety_seen = true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return u
}

func (u user) configFile() string { return filepath.Join(u.config, "backroll", "config.toml") }

// testEnv is the environment backroll runs in: a common terminal type, the
// user's folders, and nothing from the developer's own terminal or folders
// that could change the drawing.
func testEnv(u user) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "COLORTERM", "TERM_PROGRAM", "TMUX", "STY", "NO_COLOR", "COLUMNS", "LINES",
			"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "ACCESSIBLE":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "TERM=xterm-256color", "XDG_CONFIG_HOME="+u.config, "XDG_DATA_HOME="+u.data,
		"XDG_CACHE_HOME="+filepath.Join(u.data, "cache"))
}
