package tomlfile

import (
	"os"
	"path/filepath"
	"testing"
)

// Edit sets keys where they stand and keeps every other byte.
func TestEdit(t *testing.T) {
	hold := Entry{Key: "hold", Value: `"45s"`}
	theme := Entry{Key: "theme", Value: `"dark"`}
	tests := []struct {
		name, file string
		entries    []Entry
		want       string
	}{
		{name: "new file", file: "", entries: []Entry{hold, theme},
			want: "[session]\nhold = \"45s\"\ntheme = \"dark\"\n"},
		{name: "table added after the others",
			file:    "# mine\n[streak]\nmin_minutes = 2 # at least\n",
			entries: []Entry{hold},
			want:    "# mine\n[streak]\nmin_minutes = 2 # at least\n\n[session]\nhold = \"45s\"\n"},
		{name: "replaced in place with its comments",
			file:    "[session]\n# long ones\nhold = \"90s\" # my physio says\n# the bell\ncues = [\"bell\"]\n",
			entries: []Entry{hold},
			want:    "[session]\n# long ones\nhold = \"45s\" # my physio says\n# the bell\ncues = [\"bell\"]\n"},
		{name: "new key after the one before it",
			file:    "[session]\nhold = \"90s\"\n# the bell\ncues = [\"bell\"]\n\n[streak]\nmin_minutes = 1\n",
			entries: []Entry{hold, theme},
			want:    "[session]\nhold = \"45s\"\ntheme = \"dark\"\n# the bell\ncues = [\"bell\"]\n\n[streak]\nmin_minutes = 1\n"},
		{name: "new key before the first that is there",
			file:    "[session]\n# mine\ntheme = \"light\"\n",
			entries: []Entry{hold, theme},
			want:    "[session]\n# mine\nhold = \"45s\"\ntheme = \"dark\"\n"},
		{name: "new key at the table's end",
			file:    "[session]\ncues = [\"bell\"]\n\n[streak]\nmin_minutes = 1\n",
			entries: []Entry{hold},
			want:    "[session]\ncues = [\"bell\"]\nhold = \"45s\"\n\n[streak]\nmin_minutes = 1\n"},
		{name: "removed", file: "[session]\nhold = \"90s\"\ncues = []\n", entries: []Entry{{Key: "hold"}},
			want: "[session]\ncues = []\n"},
		{name: "no final newline", file: "[session]\ncues = []", entries: []Entry{hold},
			want: "[session]\ncues = []\nhold = \"45s\"\n"},
		{name: "windows line endings", file: "[session]\r\ncues = []\r\n", entries: []Entry{hold},
			want: "[session]\r\ncues = []\r\nhold = \"45s\"\r\n"},
		{name: "an array of tables of that name is not the table",
			file:    "[[session]]\nx = 1\n",
			entries: []Entry{hold},
			want:    "[[session]]\nx = 1\n\n[session]\nhold = \"45s\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Edit([]byte(tt.file), "session", tt.entries))
			if got != tt.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}

// A key rewritten keeps its line: the key as written, the blanks around
// "=" and after the value, its comment; only the value changes.
func TestEditKeepsTheLine(t *testing.T) {
	roller := []Entry{{Key: "roller", Value: `"standard"`}}
	tests := []struct {
		name, file string
		entries    []Entry
		want       string
	}{
		{name: "a comment after the value, spaced",
			file: "[profile]\nroller = \"soft\"   # the blue one\nonboarded = true\n",
			want: "[profile]\nroller = \"standard\"   # the blue one\nonboarded = true\n"},
		{name: "no blanks at all",
			file: "[profile]\nroller=\"soft\"#blue\n",
			want: "[profile]\nroller=\"standard\"#blue\n"},
		{name: "indented, wide",
			file: "[profile]\n  roller\t=   \"soft\" \t # blue\n",
			want: "[profile]\n  roller\t=   \"standard\" \t # blue\n"},
		{name: "blanks before the line end",
			file: "[profile]\nroller = \"soft\"   \n",
			want: "[profile]\nroller = \"standard\"   \n"},
		{name: "a literal string",
			file: "[profile]\nroller = 'soft' # blue\n",
			want: "[profile]\nroller = \"standard\" # blue\n"},
		{name: "a # inside the value",
			file:    "[profile]\nnote = \"a # b\" # c\n",
			entries: []Entry{{Key: "note", Value: `"d"`}},
			want:    "[profile]\nnote = \"d\" # c\n"},
		{name: "a quote inside the value",
			file:    "[profile]\nnote = \"say \\\"hi\\\" # no\" # c\n",
			entries: []Entry{{Key: "note", Value: `"d"`}},
			want:    "[profile]\nnote = \"d\" # c\n"},
		{name: "an array over lines, its comments inside it",
			file:    "[profile]\nconditions = [\n  \"pregnancy\", # since May\n  \"osteoporosis\", # ]\n] # mine\nonboarded = true\n",
			entries: []Entry{{Key: "conditions", Value: `["pregnancy"]`}},
			want:    "[profile]\nconditions = [\"pregnancy\"] # mine\nonboarded = true\n"},
		{name: "a multi-line string",
			file:    "[profile]\nnote = \"\"\"\nline # one\n\"\"\" # c\n",
			entries: []Entry{{Key: "note", Value: `"d"`}},
			want:    "[profile]\nnote = \"d\" # c\n"},
		{name: "the last line without a newline",
			file: "[profile]\nroller = \"soft\" # blue",
			want: "[profile]\nroller = \"standard\" # blue"},
		{name: "windows line endings",
			file: "[profile]\r\nroller = \"soft\"  # blue\r\nonboarded = true\r\n",
			want: "[profile]\r\nroller = \"standard\"  # blue\r\nonboarded = true\r\n"},
		{name: "windows line endings, no comment",
			file: "[profile]\r\nroller = \"soft\"\r\n",
			want: "[profile]\r\nroller = \"standard\"\r\n"},
		{name: "a key removed takes its comment, not the one above",
			file:    "[profile]\n# mine\nroller = \"soft\" # blue\nonboarded = true # yes\n",
			entries: []Entry{{Key: "roller"}},
			want:    "[profile]\n# mine\nonboarded = true # yes\n"},
		{name: "a new key after one kept, its comment kept",
			file:    "[profile]\nroller = \"soft\" # blue\n\n# the rest\nother = 1\n",
			entries: []Entry{{Key: "roller", Value: `"standard"`}, {Key: "onboarded", Value: "true"}},
			want:    "[profile]\nroller = \"standard\" # blue\nonboarded = true\n\n# the rest\nother = 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries := tt.entries
			if entries == nil {
				entries = roller
			}
			got := string(Edit([]byte(tt.file), "profile", entries))
			if got != tt.want {
				t.Errorf("got:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}

func TestSameExcept(t *testing.T) {
	old := []byte("[streak]\nmin_minutes = 2\n")
	if err := SameExcept(old, []byte("[streak]\nmin_minutes = 2\n[session]\nhold = \"45s\"\n"), "session", []string{"hold"}); err != nil {
		t.Errorf("a new table of own keys: %v", err)
	}
	if err := SameExcept(old, []byte("[streak]\nmin_minutes = 3\n[session]\nhold = \"45s\"\n"), "session", []string{"hold"}); err == nil {
		t.Error("another setting changed unnoticed")
	}
	if err := SameExcept([]byte("[session]\ncues = []\n"), []byte("[session]\nhold = \"45s\"\n"), "session", []string{"hold"}); err == nil {
		t.Error("a key that is not own was lost unnoticed")
	}
}

func TestWriteFileKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, nil, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("x = 1\n")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v", fi.Mode().Perm())
	}
}

func TestLine(t *testing.T) {
	src := []byte("name = \"x\" # top\n\n[[step]]\nexercise = \"a\"\n\n[[step]]\n# second\nexercise = \"b\"\nhold = \"1s\"\n[other]\nkey = 1\n")
	tests := []struct {
		table string
		n     int
		key   string
		want  int
	}{
		{"", 0, "name", 1},
		{"step", 0, "", 3},
		{"step", 0, "exercise", 4},
		{"step", 1, "", 6},
		{"step", 1, "exercise", 8},
		{"step", 1, "hold", 9},
		{"step", 0, "hold", 0},
		{"step", 2, "", 0},
		{"other", 0, "key", 11},
		{"", 0, "key", 0},
	}
	for _, tt := range tests {
		if got := Line(src, tt.table, tt.n, tt.key); got != tt.want {
			t.Errorf("Line(%q, %d, %q) = %d, want %d", tt.table, tt.n, tt.key, got, tt.want)
		}
	}
}

// A quoted key or table, such as one spelled with escape codes, is found
// by the name it decodes to.
func TestLineQuoted(t *testing.T) {
	src := []byte("\"top\\u001b]0;x\\u0007\" = 1\n'lit key' = 2\n[\"t]\\u009b\"]\n\"k k\" = 3\n[[step]]\n\"s\\u202e\" = 4\n")
	tests := []struct {
		table string
		n     int
		key   string
		want  int
	}{
		{"", 0, "top\x1b]0;x\a", 1},
		{"", 0, "lit key", 2},
		{"t]\u009b", 0, "", 3},
		{"t]\u009b", 0, "k k", 4},
		{"step", 0, "s\u202e", 6},
		{"", 0, "k k", 0},
	}
	for _, tt := range tests {
		if got := Line(src, tt.table, tt.n, tt.key); got != tt.want {
			t.Errorf("Line(%q, %d, %q) = %d, want %d", tt.table, tt.n, tt.key, got, tt.want)
		}
	}
}
