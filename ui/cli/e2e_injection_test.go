package cli_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The injection corpus (testdata/injection/corpus.txt) goes everywhere
// something from outside can reach backroll: typed arguments, folder and
// file names, config.toml, routine files, the history and its cache.
// Every command that could echo it runs in a pipe, once per payload, and
// must write no control character at all; and in a pseudo-terminal, with
// every payload at once, where none of them may arrive as it is.

// argCommands are the commands with p typed into an argument, as far as
// each echoes what it was given.
func argCommands(dir string, p payload) [][]string {
	t := p.text
	// A data folder of that name, inside dir: pause makes it.
	data := filepath.Join(dir, p.asName())
	return [][]string{
		{"stats", "--data-dir", data}, {"status", "--data-dir", data}, {"report", "--data-dir", data},
		{"history", "export", "--data-dir", data}, {"pause", "2", "--data-dir", data},
		{"start", t, "--plain"}, {"tips", t}, {"pause", t}, {"status", "--format", t},
		{"status", "--format", "{" + t + "}"}, {"report", "--output", filepath.Join(dir, "missing", p.asName())},
		{"history", "merge", t}, {"routines", "new", t}, {"routines", "add", t + ".toml"},
		{"start", "--hold", t}, {"start", "--cues", t}, {"start", "--breath", t},
		{t}, {"--" + t}, {"help", t}, {"history", t}, {"stats", "--days", t}, {"completion", t},
	}
}

func TestInjectionArgs(t *testing.T) {
	ps := corpus(t)
	u := regularUser(t)
	for _, p := range ps {
		if !p.inArgs() {
			continue
		}
		for _, args := range argCommands(t.TempDir(), p) {
			checkPipe(t, fmt.Sprintf("%s in %q", p.what, args), runPipe(t, u, args...))
		}
	}
	for _, args := range argCommands(t.TempDir(), all(ps)) {
		checkTerminal(t, fmt.Sprintf("%q", args), runTerminal(t, u, args...), false, ps)
	}
}

// plainCommands are the commands that read config.toml, the routines and
// the history, each of which may echo what it read.
var plainCommands = [][]string{
	{"stats"}, {"stats", "--json"}, {"status"}, {"routines"}, {"pause", "1"},
	{"config"}, {"history", "export"}, {"history", "export", "--format", "csv"}, {"report"},
	{"report", "--format", "html"}, {"tips", "mid-back"}, {"setup"},
}

// configCommands are plainCommands and the sessions, which a config.toml
// with mistakes stops before they start.
var configCommands = append(plainCommands[:len(plainCommands):len(plainCommands)], []string{"start", "--plain"}, []string{"--plain"})

// TestInjectionFolders names the config and data folders with the
// payloads: their paths are echoed by config, routines and the errors.
func TestInjectionFolders(t *testing.T) {
	ps := corpus(t)
	for _, p := range append(ps, all(ps)) {
		if !p.inArgs() {
			continue
		}
		base := filepath.Join(t.TempDir(), p.asName())
		u := settledUser(t, base)
		for _, args := range append(plainCommands, []string{"routines", "new", "desk day"}, []string{"routines", "add", base + ".toml"}) {
			checkPipe(t, fmt.Sprintf("%s in the folders' names, %q", p.what, args), runPipe(t, u, args...))
		}
	}
	base := filepath.Join(t.TempDir(), all(ps).asName())
	u := settledUser(t, base)
	for _, args := range [][]string{{"config"}, {"routines"}, {"stats", "--data-dir", base}} {
		checkTerminal(t, fmt.Sprintf("%q", args), runTerminal(t, u, args...), false, ps)
	}
}

// settledUser keeps config and data in folders named base-config and
// base-data, with a config.toml whose lines config names by their path.
func settledUser(t *testing.T, base string) user {
	u := user{config: base + "-config", data: base + "-data"}
	if err := os.MkdirAll(filepath.Dir(u.configFile()), 0o700); err != nil {
		t.Fatal(err)
	}
	file := "[session]\nhold = \"45s\"\n[profile]\nonboarded = true\nsafety_seen = true\n"
	if err := os.WriteFile(u.configFile(), []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	return u
}

// tomlString is s as a TOML basic string: C0 and DEL escaped as TOML
// requires, C1 and bidi controls as they are.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + `"`
}

// hostileConfig puts p in every place of config.toml: keys and tables
// backroll does not know, and the values of those it does.
func hostileConfig(p string) string {
	q := func(prefix string) string { return tomlString(prefix + p) }
	return fmt.Sprintf("%s = 1\n[session]\n%s = 2\nhold = %s\ncues = [%s]\nbreath = %s\ntheme = %s\n"+
		"[streak]\n%s = 3\nday_starts = %s\n[profile]\n%s = 4\nroller = %s\nconditions = [%s]\n[%s]\nx = 5\n",
		q("top"), q("session"), q(""), q(""), q(""), q(""), q("streak"), q(""), q("profile"), q(""), q(""), q("table"))
}

func TestInjectionConfig(t *testing.T) {
	ps := corpus(t)
	for _, p := range append(ps, all(ps)) {
		for i, file := range []string{hostileConfig(p.text), "# " + p.text + "\n[session]\nhold = \"" + p.text + "\"\n" + p.text + " = 1\n"} {
			u := regularUser(t)
			if err := os.WriteFile(u.configFile(), []byte(file), 0o600); err != nil {
				t.Fatal(err)
			}
			for _, args := range configCommands {
				checkPipe(t, fmt.Sprintf("%s in config.toml (%d), %q", p.what, i, args), runPipe(t, u, args...))
			}
		}
	}
	u := regularUser(t)
	if err := os.WriteFile(u.configFile(), []byte(hostileConfig(all(ps).text)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range configCommands {
		checkTerminal(t, fmt.Sprintf("config.toml, %q", args), runTerminal(t, u, args...), false, ps)
	}
}

// hostileRoutine puts p in every place of a routine file.
func hostileRoutine(p string) string {
	q := func(prefix string) string { return tomlString(prefix + p) }
	return fmt.Sprintf("%s = 1\nname = %s\ndescription = %s\n[[step]]\nexercise = %s\nhold = %s\nsides = %s\n%s = 2\n"+
		"[[step]]\nexercise = \"lats\"\n", q("top"), q(""), q(""), q(""), q(""), q(""), q("step"))
}

func TestInjectionRoutines(t *testing.T) {
	ps := corpus(t)
	u := regularUser(t)
	dir := filepath.Join(u.config, "backroll", "routines")
	shared := t.TempDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for i, p := range ps {
		data := []byte(hostileRoutine(p.text))
		name := fmt.Sprintf("bad-%d.toml", i)
		os.WriteFile(filepath.Join(dir, name), data, 0o600)
		os.WriteFile(filepath.Join(shared, name), data, 0o600)
		if p.inArgs() {
			os.WriteFile(filepath.Join(dir, p.asName()+".toml"), []byte("[[step]]\nexercise = \"lats\"\n"), 0o600)
		}
		for _, args := range [][]string{{"start", fmt.Sprintf("bad-%d", i), "--plain"}, {"routines", "add", filepath.Join(shared, name)}} {
			checkPipe(t, fmt.Sprintf("%s in a routine, %q", p.what, args), runPipe(t, u, args...))
		}
	}
	for _, args := range [][]string{{"routines"}, {"__complete", "start", ""}} {
		checkPipe(t, fmt.Sprintf("routines, %q", args), runPipe(t, u, args...))
	}
	for _, args := range [][]string{{"routines"}, {"start", "bad-0"}, {"start", "bad-3", "--plain"}, {"routines", "add", filepath.Join(shared, "bad-1.toml")}} {
		checkTerminal(t, fmt.Sprintf("routines, %q", args), runTerminal(t, u, args...), false, ps)
	}
	// The full screen lists the good routines, and only those.
	term := startTerminalAs(t, u)
	term.waitFor(`Nightly roll`)
	term.press("q")
	term.wait(0)
	checkTerminal(t, "home with routines", term.output(), true, ps)
}

// hostileHistory is a history with p in every string of a record, and
// one good record.
func hostileHistory(p string) string {
	q, _ := json.Marshal(p)
	s := string(q)
	return `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"2024-03-04T21:00:00+01:00","planned_s":60,"rolled_s":60,"completed":true}` + "\n" +
		`{"v":1,"id":"x1","session":"s1","kind":"hold","exercise":` + s + `,"side":` + s + `,"start":"2024-03-04T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true}` + "\n" +
		`{"v":1,"id":` + s + `,"session":` + s + `,"kind":` + s + `,"start":"2024-03-04T21:03:00+01:00"}` + "\n" +
		`{"v":1,"id":"x2","session":"s1","kind":"session","start":"2024-03-04T21:00:00+01:00","end":"2024-03-04T21:10:00+01:00","routine":` + s + `}` + "\n" +
		`{` + s + `:1}` + "\n" + p + "\n"
}

var historyCommands = [][]string{
	{"stats"}, {"stats", "--json"}, {"status"}, {"status", "--format", "{streak} {paused}"}, {"report"},
	{"report", "--format", "html"}, {"history", "export"}, {"history", "export", "--format", "csv"}, {"pause", "0"},
}

func TestInjectionHistory(t *testing.T) {
	ps := corpus(t)
	planted := 0
	for _, p := range append(ps, all(ps)) {
		u := regularUser(t)
		dir := filepath.Join(u.data, "backroll")
		os.MkdirAll(dir, 0o700)
		if err := os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(hostileHistory(p.text)), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range historyCommands {
			checkPipe(t, fmt.Sprintf("%s in the history, %q", p.what, args), runPipe(t, u, args...))
		}
		// The same records merged from a file of that name.
		if p.inArgs() {
			src := filepath.Join(t.TempDir(), p.asName())
			os.WriteFile(src, []byte(hostileHistory(p.text)), 0o600)
			checkPipe(t, fmt.Sprintf("%s merged", p.what), runPipe(t, regularUser(t), "history", "merge", src))
		}
		// A rollup cache that holds p where an area's name was: a cache
		// is believed only as far as it matches the history, and shown
		// inert even then.
		if cache := filepath.Join(u.data, "cache", "backroll"); plantInCache(t, cache, p.text) {
			planted++
			for _, args := range historyCommands[:4] {
				checkPipe(t, fmt.Sprintf("%s in the cache, %q", p.what, args), runPipe(t, u, args...))
			}
		}
	}
	if planted == 0 {
		t.Error("no cache held an area's name to replace: has its form changed? Plant the payloads where it keeps names now")
	}
	u := regularUser(t)
	os.MkdirAll(filepath.Join(u.data, "backroll"), 0o700)
	os.WriteFile(filepath.Join(u.data, "backroll", "history.jsonl"), []byte(hostileHistory(all(ps).text)), 0o600)
	for _, args := range historyCommands {
		checkTerminal(t, fmt.Sprintf("history, %q", args), runTerminal(t, u, args...), false, ps)
	}
}

// plantInCache puts p in place of "glutes" in every file of the cache
// folder, once status has made them, and reports whether it found any.
func plantInCache(t *testing.T, dir, p string) bool {
	t.Helper()
	q, _ := json.Marshal(p)
	entries, _ := os.ReadDir(dir)
	planted := false
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(b, []byte(`"glutes"`)) {
			continue
		}
		os.WriteFile(path, bytes.ReplaceAll(b, []byte(`"glutes"`), q), 0o600)
		planted = true
	}
	return planted
}
