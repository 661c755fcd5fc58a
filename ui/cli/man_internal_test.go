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
