package cli

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
)

// manPage is the manual page as backroll man prints it.
func manPage(t *testing.T) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"man"}, "test", &out, &errOut); code != ExitOK {
		t.Fatalf("backroll man: status %d, %s", code, errOut.String())
	}
	return out.String()
}

// The manual's ENVIRONMENT names every variable the README's table lists,
// so the README's reference can point at it and neither falls behind.
func TestManNamesReadmeEnvironment(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "## Environment variables\n")
	if !ok {
		t.Fatal("README has no Environment variables section")
	}
	table, _, _ = strings.Cut(table, "\n## ")
	page := manPage(t)
	_, env, ok := strings.Cut(page, ".SH ENVIRONMENT")
	if !ok {
		t.Fatalf("the manual has no ENVIRONMENT section:\n%s", page)
	}
	env, _, _ = strings.Cut(env, ".SH ")
	rows := regexp.MustCompile(`(?m)^\| .*?\|`).FindAllString(table, -1)
	found := 0
	for _, row := range rows {
		for _, v := range regexp.MustCompile("`([A-Z_]+)`").FindAllStringSubmatch(row, -1) {
			found++
			if !strings.Contains(env, v[1]) {
				t.Errorf("the manual's ENVIRONMENT does not name %s, which the README lists", v[1])
			}
		}
	}
	if found < 15 {
		t.Fatalf("only %d variables found in the README's table", found)
	}
}

// A percent sign or a backslash in the page's own sections comes out
// mangled (roff escapes, printf verbs): none reaches the page so.
func TestManSectionsHaveNoMangledText(t *testing.T) {
	page := manPage(t)
	if strings.Contains(page, "%!") {
		t.Errorf("the manual has a printf verb gone wrong:\n%s", page)
	}
	for _, s := range manSections {
		if strings.ContainsAny(s[1], `%\`) {
			t.Errorf("section %s holds a %% or a backslash, which roff or printf would change", s[0])
		}
	}
}

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
