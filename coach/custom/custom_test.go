package custom

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/text"
	"github.com/backroll/backroll/content"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestParse(t *testing.T) {
	file := "name = \"Desk day\"\ndescription = \"After work.\"\ncat_cow = false\n\n[[step]]\nexercise = \"mid-back\"\nhold = \"45s\"\nsides = \"both\"\n\n[[step]]\nexercise = \"Hip flexors\"\nsides = \"left\"\n"
	r, probs := Parse("desk-day", []byte(file))
	want := content.Routine{ID: "desk-day", Name: "Desk day", Summary: "After work.", Items: []content.Item{
		{Exercise: "mid-back", Hold: 45 * time.Second}, {Exercise: "hip-flexors", Side: "left"}}}
	if len(probs) > 0 || !reflect.DeepEqual(r, want) {
		t.Fatalf("got %+v, %v\nwant %+v", r, probs, want)
	}
	// The least a file needs: a step. Cat-cow runs unless told not to.
	r, probs = Parse("min", []byte("[[step]]\nexercise = \"glutes\"\n"))
	if len(probs) > 0 || r.Name != "min" || !r.CatCow || len(r.Items) != 1 {
		t.Fatalf("got %+v, %v", r, probs)
	}
}

// Each refusal names its line and key and says why.
func TestParseRefuses(t *testing.T) {
	zone := func(id string) string { z, _ := content.ZoneByID(id); return z.Why }
	tests := []struct{ name, file, want string }{ // want after "<path>:"
		{"unknown exercise", "[[step]]\nexercise = \"midback\"\n",
			`2: step 1: exercise: "midback" is not an area; did you mean "mid-back"? (known: mid-back, lats, glutes, hip-flexors)`},
		{"far from any", "[[step]]\nexercise = \"calves\"\n",
			`2: step 1: exercise: "calves" is not an area (known: mid-back, lats, glutes, hip-flexors)`},
		{"lower back", "[[step]]\nexercise = \"glutes\"\n[[step]]\nexercise = \"lower back\"\n",
			`4: step 2: exercise: "lower back" is never rolled: ` + zone("lower-back")},
		{"neck", "[[step]]\nexercise = \"neck\"\n", `2: step 1: exercise: "neck" is never rolled: ` + zone("neck")},
		{"stand-in", "[[step]]\nexercise = \"mid-back-wall\"\n",
			`2: step 1: exercise: "mid-back-wall" is chosen for you when the screening answers call for it: write "mid-back"`},
		{"no exercise", "[[step]]\nhold = \"30s\"\n",
			`1: step 1: exercise: missing: name the area to roll, one of mid-back, lats, glutes, hip-flexors`},
		{"hold too short", "[[step]]\nexercise = \"lats\"\nhold = \"5s\"\n",
			`3: step 1: hold: a hold lasts 10s to 2m, not 5s: ` + coach.WhyMinHold},
		{"hold too long", "[[step]]\nexercise = \"lats\"\nhold = \"3m\"\n",
			`3: step 1: hold: a hold lasts 10s to 2m, not 3m: ` + coach.WhyMaxHold},
		{"hold not a time", "[[step]]\nexercise = \"lats\"\nhold = 45\n",
			`3: step 1: hold: 45 is not a time such as "45s" or "1m30s"`},
		{"sides", "[[step]]\nexercise = \"lats\"\nsides = \"top\"\n", `3: step 1: sides: "top" is not both, left or right`},
		{"one side of the middle", "[[step]]\nexercise = \"mid-back\"\nsides = \"left\"\n",
			`3: step 1: sides: Mid-back is rolled down the middle, not one side at a time: write both`},
		{"unknown step key", "[[step]]\nexercise = \"lats\"\nholds = \"1m\"\n",
			`3: step 1: holds: unknown key; did you mean hold? (known: exercise, hold, sides)`},
		{"unknown key", "nmae = \"x\"\n[[step]]\nexercise = \"lats\"\n",
			`1: nmae: unknown key; did you mean name? (known: name, description, cat_cow, step)`},
		{"unknown table", "name = \"x\"\n\n[extra]\nx = 1\n[[step]]\nexercise = \"lats\"\n",
			`3: extra: unknown key (known: name, description, cat_cow, step)`},
		{"misspelt step table", "name = \"x\"\n[[stepp]]\nexercise = \"lats\"\n",
			`2: stepp: unknown key; did you mean step? (known: name, description, cat_cow, step)`},
		{"steps not tables", "step = [\"lats\"]\n",
			`1: step: write each step as a [[step]] table, with exercise, hold and sides under it`},
		{"cat-cow", "cat_cow = \"yes\"\n[[step]]\nexercise = \"lats\"\n", `1: cat_cow: "yes" is not true or false`},
		{"name not text", "name = 3\n[[step]]\nexercise = \"lats\"\n", `1: name: 3 is not text in quotes`},
		{"name too long", "name = \"" + strings.Repeat("a", 31) + "\"\n[[step]]\nexercise = \"lats\"\n",
			`1: name: is 31 characters long; keep it to 30`},
		{"nothing to do", "cat_cow = false\n", ` nothing to do: add a [[step]], or cat_cow = true`},
		{"syntax", "[[step]]\nexercise = = \"lats\"\n", `2: not valid TOML: expected value but found '=' instead`},
		{"one area three times", strings.Repeat("[[step]]\nexercise = \"mid-back\"\nhold = \"2m\"\n", 3),
			`6: step 2: hold: Mid-back adds up to 6:00 in steps 1, 2 and 3: ` + coach.WhyAreaBudget},
		{"one side twice", "[[step]]\nexercise = \"glutes\"\nhold = \"90s\"\n[[step]]\nexercise = \"lats\"\n[[step]]\nexercise = \"glutes\"\nsides = \"right\"\n",
			`7: step 3: exercise: Right glute adds up to 2:30 in steps 1 and 3: ` + coach.WhyAreaBudget},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := write(t, dir, "mine.toml", tt.file)
			_, err := Read(path)
			want := path + ":" + tt.want
			if err == nil || err.Error() != want {
				t.Errorf("error %v\nwant  %s", err, want)
			}
		})
	}
}

// Every problem is listed at once, in the order of the file.
func TestEveryProblem(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "physio.toml", "nmae = \"x\"\n[[step]]\nexercise = \"neck\"\n[[step]]\nexercise = \"lats\"\nhold = \"5m\"\nsides = \"up\"\n")
	_, err := Read(path)
	var inv *Invalid
	if !errors.As(err, &inv) {
		t.Fatalf("error %v", err)
	}
	var lines []int
	for _, p := range inv.Problems {
		lines = append(lines, p.Line)
	}
	if !reflect.DeepEqual(lines, []int{1, 3, 6, 7}) {
		t.Errorf("problems on lines %v, want 1, 3, 6, 7:\n%v", lines, err)
	}
}

// A name or description with escape codes or line breaks is refused, and
// the message shows them written out.
func TestInert(t *testing.T) {
	file := "name = \"\\u001b]0;owned\\u0007Evil\\u001b[2J\"\ndescription = \"\\u001b[31mRed\\u009b0m and\\nmore\"\n[[step]]\nexercise = \"lats\"\n"
	_, probs := Parse("evil", []byte(file))
	want := []Problem{
		{Line: 2, Key: "description", Msg: `holds control characters, here written out: \x1b[31mRed\u009b0m and\nmore; write plain text on one line`},
		{Line: 1, Key: "name", Msg: `holds control characters, here written out: \x1b]0;owned\x07Evil\x1b[2J; write plain text on one line`},
	}
	if !reflect.DeepEqual(probs, want) {
		t.Fatalf("got %#v", probs)
	}
	// And in the messages that quote the file back.
	_, probs = Parse("evil", []byte("[[step]]\nexercise = \"\\u001b[2Jneck\"\nsides = \"\\u001b[31m\"\n"))
	for _, p := range probs {
		if strings.ContainsAny(p.Msg, "\x1b\x07\u009b") {
			t.Errorf("message %q", p.Msg)
		}
	}
}

// A custom routine runs through coach.NewPlan with the screening rules.
func TestScreeningApplies(t *testing.T) {
	r, probs := Parse("desk", []byte("[[step]]\nexercise = \"mid-back\"\nhold = \"30s\"\n[[step]]\nexercise = \"hip-flexors\"\nsides = \"right\"\n"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	p, err := coach.NewPlan(r, coach.Options{Conditions: []string{content.Pregnancy}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Steps) != 1 || p.Steps[0].Exercise.ID != content.MidBackWall || p.Steps[0].Hold != 30*time.Second || len(p.Changes) != 2 {
		t.Errorf("pregnancy: %+v", p)
	}
	p, err = coach.NewPlan(r, coach.Options{})
	if err != nil || len(p.Steps) != 2 || p.Steps[1].Title() != "Right hip flexor" || !p.Finisher {
		t.Errorf("no conditions: %+v, %v", p, err)
	}
}

func TestLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "routines")
	if got, errs := Load(dir); got != nil || errs != nil {
		t.Fatalf("missing folder: %v, %v", got, errs)
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "b-good.toml", "[[step]]\nexercise = \"lats\"\n")
	write(t, dir, "a-good.toml", "[[step]]\nexercise = \"glutes\"\n")
	write(t, dir, "bad.toml", "[[step]]\nexercise = \"neck\"\n")
	write(t, dir, "nightly.toml", "[[step]]\nexercise = \"lats\"\n")
	write(t, dir, "Upper.toml", "[[step]]\nexercise = \"lats\"\n")
	write(t, dir, ".a-good.toml.swp", "junk")
	write(t, dir, "notes.txt", "junk")
	if err := os.Symlink(filepath.Join(dir, "a-good.toml"), filepath.Join(dir, "link.toml")); err != nil {
		t.Fatal(err)
	}
	got, errs := Load(dir)
	if len(got) != 2 || got[0].ID != "a-good" || got[1].ID != "b-good" {
		t.Errorf("routines %+v", got)
	}
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, strings.TrimPrefix(e.Error(), dir+"/"))
	}
	want := []string{
		`Upper.toml: "Upper.toml" is not a routine file name: use lower-case letters, digits and hyphens, ending in .toml, such as desk-day.toml`,
		`bad.toml:2: step 1: exercise: "neck" is never rolled: `,
		`link.toml is a symbolic link; backroll does not follow links to its routine file: `,
		`nightly.toml: nightly is the name of a built-in routine: rename the file`,
	}
	if len(msgs) != len(want) {
		t.Fatalf("errors %q", msgs)
	}
	for i := range want {
		if !strings.HasPrefix(msgs[i], want[i]) {
			t.Errorf("error %q, want %q", msgs[i], want[i])
		}
	}
	if r, ok, err := Find(dir, "b-good"); !ok || err != nil || r.ID != "b-good" {
		t.Errorf("find: %+v, %v, %v", r, ok, err)
	}
	if _, ok, err := Find(dir, "bad"); !ok || err == nil {
		t.Errorf("find a bad one: %v, %v", ok, err)
	}
	if _, ok, _ := Find(dir, "none"); ok {
		t.Error("found a routine that is not there")
	}
	// A folder others can write to is not read at all.
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	if got, errs := Load(dir); got != nil || len(errs) != 1 || !strings.Contains(errs[0].Error(), "others can write to this folder") {
		t.Errorf("open folder: %v, %v", got, errs)
	}
}

func TestNewAndInstall(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "routines")
	path, err := New(dir, "Desk Day")
	if err != nil || path != filepath.Join(dir, "desk-day.toml") {
		t.Fatalf("new: %s, %v", path, err)
	}
	r, err := Read(path)
	if err != nil || r.Name != "Desk Day" || len(r.Items) != 2 || !r.CatCow {
		t.Fatalf("the template reads as %+v, %v", r, err)
	}
	for _, name := range []string{"Desk day", "nightly", "!!!"} {
		if _, err := New(dir, name); err == nil {
			t.Errorf("new %q: no error", name)
		}
	}

	// Installing copies the file byte for byte, and nothing when it is wrong.
	from := t.TempDir()
	good := write(t, from, "from-physio.toml", "# from Sam\n[[step]]\nexercise = \"glutes\"\n")
	bad := write(t, from, "bad-one.toml", "[[step]]\nexercise = \"neck\"\nhold = \"1s\"\n")
	if _, _, err := Install(dir, bad); err == nil || strings.Count(err.Error(), "\n") != 1 {
		t.Errorf("bad: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "bad-one.toml")); !os.IsNotExist(err) {
		t.Error("a bad routine was installed")
	}
	r, dest, err := Install(dir, good)
	if err != nil || r.ID != "from-physio" {
		t.Fatalf("good: %+v, %v", r, err)
	}
	if data, _ := os.ReadFile(dest); string(data) != "# from Sam\n[[step]]\nexercise = \"glutes\"\n" {
		t.Errorf("installed %q", data)
	}
	if _, _, err := Install(dir, good); err == nil || !strings.Contains(err.Error(), "already installed") {
		t.Errorf("twice: %v", err)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Desk Day": "desk-day", " after_run ": "after-run", "Rücken 2": "rcken-2", "--": ""} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// routines add and new write only into a folder Load would read: not
// through a link, not into one others can write to.
func TestInstallRefusesFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permissions and links differ")
	}
	src := filepath.Join(t.TempDir(), "desk.toml")
	write(t, filepath.Dir(src), "desk.toml", "[[step]]\nexercise = \"lats\"\n")
	for _, tc := range []struct {
		name string
		make func(dir string)
		want string
	}{
		{"others can write", func(dir string) { os.Mkdir(dir, 0o700); os.Chmod(dir, 0o777) }, "others can write to this folder"},
		{"group can write", func(dir string) { os.Mkdir(dir, 0o700); os.Chmod(dir, 0o770) }, "others can write to this folder"},
		{"a link", func(dir string) { os.Mkdir(dir+"-real", 0o700); os.Symlink(dir+"-real", dir) }, "the routines folder is a symbolic link"},
		{"a file", func(dir string) { os.WriteFile(dir, nil, 0o600) }, "the routines folder is not a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "routines\x1b[2J")
			tc.make(dir)
			_, _, err := Install(dir, src)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !text.IsInert(err.Error()) {
				t.Errorf("Install: %v, want %q", err, tc.want)
			}
			if _, err := New(dir, "Desk day"); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New: %v, want %q", err, tc.want)
			}
			for _, d := range []string{dir, dir + "-real"} {
				if _, err := os.Stat(filepath.Join(d, "desk.toml")); err == nil {
					t.Errorf("written into %s", d)
				}
			}
			if _, errs := Load(dir); len(errs) != 1 || !strings.Contains(errs[0].Error(), tc.want) {
				t.Errorf("Load: %v", errs)
			}
		})
	}
}
