package cli_test

// Two minutes per area, whatever is pressed, in the real binary: a 2:00
// hold with four tender spots. The binary is built with the e2eclock tag,
// whose clock runs BACKROLL_E2E_SPEED times faster (see clock_e2e.go): the
// whole hold takes 12 s of the test's time, not two minutes.

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"testing"
	"time"
)

var (
	fastOnce sync.Once
	fastPath string
	fastErr  error
)

// fastBinary builds backroll with the e2eclock tag, next to the released
// build (and removed with it).
func fastBinary(t *testing.T) string {
	t.Helper()
	backrollBinary(t) // the folder, and the module's packages built once
	fastOnce.Do(func() {
		fastPath = filepath.Join(binDir, "backroll-fast")
		cmd := exec.Command("go", "build", "-tags", "e2eclock", "-o", fastPath, ".")
		cmd.Dir = filepath.Join("..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			fastErr = err
			t.Logf("go build -tags e2eclock:\n%s", out)
		}
	})
	if fastErr != nil {
		t.Fatal(fastErr)
	}
	return fastPath
}

// The session: a 2:00 hold on the mid-back with a tender spot
// marked four times, each as the last ends. The spots run inside the
// area's two minutes; the screen never says to move on while the area has
// time left, and says so once they are spent; the record written is 2:00,
// and backroll stats counts the day.
func TestE2ETwoMinutesWithFourSpots(t *testing.T) {
	u := regularUser(t)
	u.bin = fastBinary(t)
	t.Setenv("BACKROLL_E2E_SPEED", "10")
	term := startTerminalAs(t, u, "start", "mid-back", "--hold", "2m")
	term.waitFor(`^\s*Get ready\b.*Mid-back`)
	term.press(" ")
	term.waitFor(`this area`, `breathe (in|out)`)

	spots := 0
	for range 4 {
		term.press("k")
		// The spot, or the area's end if its time ran out first.
		scr := term.waitFor(`Tender spot: breathe into it|time to move on`)
		if shows(scr, `time to move on`) {
			break
		}
		spots++
		for shows(scr, `Tender spot: breathe into it`) {
			if shows(scr, `this area`) && shows(scr, `move on`) {
				term.fail("move on while the area has time left")
			}
			time.Sleep(pollEvery)
			scr = term.screen()
		}
	}
	scr := term.waitFor(`Mid-back has had its two minutes: time to move on`, `Get ready · Cat-cow`)
	term.expectNot(scr, "after the two minutes", `Tender spot`)
	if spots < 3 {
		t.Errorf("%d spots ran; want 4 (3 on a busy machine, where the area may end first)", spots)
	}
	term.press("n") // no cat-cow
	scr = term.waitFor(`^\s*Session complete`)
	term.expect(scr, "summary", `rolled\s+2:00`)
	term.press("\r")
	term.wait(0)

	holds := holdsWritten(t, u)
	if len(holds) != 1 || holds[0].PlannedS != 120 || holds[0].RolledS != 120 || !holds[0].Completed || holds[0].Tender != spots {
		t.Errorf("holds written %+v; want one of 120 s, completed, with %d spots", holds, spots)
	}
	cmd := exec.Command(backrollBinary(t), "stats")
	cmd.Env = testEnv(u)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("backroll stats: %v\n%s", err, out)
	}
	for _, want := range []string{`current streak\s+1 day`, `today\s+done`} {
		if !regexp.MustCompile(want).Match(out) {
			t.Errorf("backroll stats does not say /%s/:\n%s", want, out)
		}
	}
}

type holdLine struct {
	Kind      string `json:"kind"`
	PlannedS  int    `json:"planned_s"`
	RolledS   int    `json:"rolled_s"`
	Completed bool   `json:"completed"`
	Tender    int    `json:"tender"`
}

// holdsWritten reads the hold records of u's history as written.
func holdsWritten(t *testing.T, u user) []holdLine {
	t.Helper()
	f, err := os.Open(filepath.Join(u.data, "backroll", "history.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var holds []holdLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var h holdLine
		if err := json.Unmarshal(sc.Bytes(), &h); err != nil {
			t.Fatalf("history line %q: %v", sc.Text(), err)
		}
		if h.Kind == "hold" {
			holds = append(holds, h)
		}
	}
	return holds
}
