package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile is a synced history whose strings carry what a terminal would
// act on: OSC 52 (set the clipboard), OSC 8 (a link), CSI 2J (clear the
// screen) and C1 controls, in every field that holds a name. Each payload
// has a marker that must never show up in what backroll writes.
const hostile = `{"v":1,"id":"h1","session":"s1","kind":"hold","exercise":"glutes","side":"left","start":"2024-03-04T21:00:00+01:00","planned_s":60,"rolled_s":60,"completed":true,"tender":1}
{"v":1,"id":"h2","session":"s1","kind":"hold","exercise":"mid-back","start":"2024-03-04T21:01:10+01:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"x1","session":"s1","kind":"hold","exercise":"\u001b]52;c;TUFSS0VSQ0xJUA==\u0007glutes","side":"left","start":"2024-03-04T21:03:00+01:00","planned_s":60,"rolled_s":60,"completed":true,"tender":3}
{"v":1,"id":"x2","session":"s1","kind":"hold","exercise":"\u001b]8;;https://MARKERLINK.example\u001b\\lats\u001b]8;;\u001b\\","side":"left","start":"2024-03-04T21:04:00+01:00","planned_s":60,"rolled_s":60,"completed":true,"tender":1}
{"v":1,"id":"x3","session":"s1","kind":"hold","exercise":"lats","side":"\u001b[2JMARKERWIPE","start":"2024-03-04T21:05:00+01:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"x4","session":"\u009b2JMARKERC1\u009d52;c;x\u009c","kind":"hold","exercise":"lats","start":"2024-03-04T21:06:00+01:00","planned_s":60,"rolled_s":60,"completed":true}
{"v":1,"id":"x5","session":"s1","kind":"session","start":"2024-03-04T21:00:00+01:00","end":"2024-03-04T21:10:00+01:00","routine":"\u001b]52;c;TUFSS0VSQ0xJUA==\u0007nightly","feel_before":6,"feel_after":3}
{"v":1,"id":"r1","session":"s1","kind":"session","start":"2024-03-04T21:00:00+01:00","end":"2024-03-04T21:10:00+01:00","routine":"nightly","feel_before":6,"feel_after":3}
`

// markers are the payloads' own text: none may reach the terminal.
var markers = []string{"TUFSS0VSQ0xJUA", "MARKERLINK", "MARKERWIPE", "MARKERC1", "\u009b", "\u009d", "\u009c", "\x9b"}

// TestE2EHostileHistory shows a history full of escape sequences through
// every screen and command that prints it, in a pseudo-terminal: nothing of
// them reaches the terminal.
func TestE2EHostileHistory(t *testing.T) {
	u := regularUser(t)
	dir := filepath.Join(u.data, "backroll")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "history.jsonl"), []byte(hostile), 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(what, out string) {
		t.Helper()
		for _, m := range markers {
			if strings.Contains(out, m) {
				t.Errorf("%s: %q reached the terminal:\n%s", what, m, tail(out, 2000))
			}
		}
	}

	// Home, then Progress (the fourth entry), with its areas, tender spots
	// and feel; then quit.
	term := startTerminalAs(t, u)
	term.waitFor(`Nightly roll`)
	term.press("jjjj\r")
	// Home's menu also says "streaks": wait for the progress screen itself.
	scr := term.waitFor(`backroll · progress`, `in all`)
	term.expect(scr, "progress", `glute`)
	term.press("q")
	term.wait(0)
	check("home and progress", term.output())

	for _, args := range [][]string{
		{"stats"}, {"stats", "--json"}, {"status"}, {"status", "--format", "{streak} {today}"},
		{"history", "export"}, {"history", "export", "--format", "csv"},
	} {
		term := startTerminalAs(t, u, args...)
		if !waitChan(term.exited, waitTimeout) || !waitChan(term.outDone, waitTimeout) || term.waitErr != nil {
			t.Fatalf("%s did not finish well: %v\n%s", strings.Join(args, " "), term.waitErr, term.output())
		}
		out := term.output()
		check(strings.Join(args, " "), out)
		if args[0] == "stats" && !strings.Contains(out, "5 records that make no sense") {
			t.Errorf("%s does not name the skipped records:\n%s", strings.Join(args, " "), out)
		}
	}
}
