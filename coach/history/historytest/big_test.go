package historytest

import (
	"bytes"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/backroll/backroll/coach/history"
)

// To measure the commands on a big history:
//
//	go test ./coach/history/historytest -run TestWrite -lines 1000000 -out DIR/history.jsonl
var (
	lines = flag.Int("lines", 0, "also write a history of this many lines to -out")
	out   = flag.String("out", "", "where -lines writes its history")
)

var now = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// Every line Write makes passes the history's door, the sessions end
// before now, and the file holds the lines asked for.
func TestWrite(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, 100, now); err != nil {
		t.Fatal(err)
	}
	res, err := history.Read(&b, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 100 || res.Lines != 100 || res.Warning("h") != "" {
		t.Fatalf("%d records of %d lines, %q", len(res.Records), res.Lines, res.Warning("h"))
	}
	last := res.Records[len(res.Records)-1]
	if !last.Start.Before(now) || now.Sub(last.Start) > 48*time.Hour {
		t.Errorf("the last record starts at %s, not the day before %s", last.Start, now)
	}
	if *lines > 0 {
		f, err := os.Create(*out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := Write(f, *lines, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
}
