package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// backroll man has the sections a command line cannot say, a header that
// fits 80 columns, the keys as the full screen takes them, and every file
// backroll may write, the reminder's among them.
func TestManPage(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Main(context.Background(), []string{"man"}, "v1.2.3", &out, &errs); code != ExitOK {
		t.Fatalf("man: %d %q", code, errs.String())
	}
	page := out.String()
	first, _, _ := strings.Cut(page, "\n")
	if !strings.HasPrefix(first, ".TH BACKROLL 1 ") || !strings.Contains(first, `"backroll v1.2.3" "User Commands"`) {
		t.Errorf("header %q", first)
	}
	for _, want := range []string{".SH KEYS", ".SH FILES", ".SH ENVIRONMENT", ".SH EXIT STATUS",
		"space: pause or resume, during get ready too", "enter: during get ready, start now",
		`backroll-remind\&.timer`, `io\&.github\&.backroll\&.remind\&.plist`, "# backroll remind", "NO_COLOR", "COLORFGBG"} {
		if !strings.Contains(page, want) {
			t.Errorf("the manual page lacks %q", want)
		}
	}
	out.Reset()
	Main(context.Background(), []string{"--help"}, "v1.2.3", &out, &errs)
	if !strings.Contains(out.String(), "man ") {
		t.Errorf("--help does not list man:\n%s", out.String())
	}
}
