package content

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// articlePath is the seed article backroll's facts come from. It lives
// beside the repository, not in it: shared/ sits next to the clone.
var articlePath = filepath.Join("..", "..", "shared", "seed", "foam-roller-back-pain.txt")

// runLen is how many words in a row a shown string may not share with the
// article: short enough to catch a lifted clause, long enough that common
// phrasing ("stop and see a physical therapist") passes.
const runLen = 8

// words lowercases s and splits it into words of letters, digits and
// apostrophes; everything else separates words. Curly apostrophes count
// as straight ones, so "you're" matches the article's typography.
func words(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// TestOwnRuns fails on any shown string that shares runLen words in a row
// with the article: facts may come from it, sentences may not.
func TestOwnRuns(t *testing.T) {
	b, err := os.ReadFile(articlePath)
	if errors.Is(err, fs.ErrNotExist) && os.Getenv("CI") == "" {
		t.Skipf("no seed article at %s (shared/ beside the repository); in CI this fails", articlePath)
	}
	if err != nil {
		t.Fatalf("the seed article: %v", err)
	}
	aw := words(string(b))
	runs := map[string]bool{}
	for i := 0; i+runLen <= len(aw); i++ {
		runs[strings.Join(aw[i:i+runLen], " ")] = true
	}
	if len(runs) < 500 {
		t.Fatalf("only %d runs in the article; is it the right file?", len(runs))
	}
	for _, f := range allText() {
		w := words(f.s)
		for i := 0; i+runLen <= len(w); i++ {
			if run := strings.Join(w[i:i+runLen], " "); runs[run] {
				t.Errorf("%s shares %q with the article: %q", f.path, run, f.s)
				break
			}
		}
	}
}

// notText are the package's exported values that hold no shown words: IDs
// and drawings (the pictures' words are walked as PictureWords).
var notText = []string{
	"CatCowID", "Pictures",
	"Pregnancy", "Osteoporosis", "BloodThinners", "RecentInjury", "VaricoseVeins", "MidBackWall",
}

// TestAllTextComplete keeps allText honest: every exported package-level
// value must be walked, or listed in notText, so no new string escapes the
// text rules and the article check.
func TestAllTextComplete(t *testing.T) {
	walked := map[string]bool{}
	for _, f := range allText() {
		walked[strings.FieldsFunc(f.path, func(r rune) bool { return r == '.' || r == '[' })[0]] = true
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || (g.Tok != token.CONST && g.Tok != token.VAR) {
				continue
			}
			for _, s := range g.Specs {
				for _, id := range s.(*ast.ValueSpec).Names {
					if id.IsExported() && !walked[id.Name] && !slices.Contains(notText, id.Name) {
						t.Errorf("%s: %s is exported but not in allText() or notText", name, id.Name)
					}
				}
			}
		}
	}
}

// The article's curly apostrophes and dashes must not hide a lifted run.
func TestWords(t *testing.T) {
	got := words("You\u2019re staring\u2014at THAT 20-30 s roller.")
	want := []string{"you're", "staring", "at", "that", "20", "30", "s", "roller"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}
