package tomlfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/backroll/backroll/coach/files"
)

// Entry is one key of a table with its value written as TOML, such as
// `"45s"` or `true`. An empty Value removes the key.
type Entry struct{ Key, Value string }

// Edit returns src with the keys of entries set in [table], every other
// byte kept: comments, blank lines, other keys and tables. A table not in
// the file is added at its end.
//
// A key already in the table keeps its place and its line: only the value
// is rewritten, so the key as written, the spaces around "=" and after
// the value, and a comment above or after it stay as they were
// (`roller = "soft"   # the blue one` becomes `roller = "standard"   # the
// blue one`). A key removed takes its line with it. A new key goes after
// the one listed before it in entries that the file has, or else before
// the first it has, or at the end of the table.
//
// Edit works on the text, so the caller checks the result (SameExcept)
// before writing it: a table written in an unusual form, with dotted keys
// or a quoted name, is not found and the result will not decode.
func Edit(src []byte, table string, entries []Entry) []byte {
	text := string(src)
	eol := "\n"
	if strings.Contains(text, "\r\n") {
		eol = "\r\n"
	}
	line := func(e Entry) string {
		if e.Value == "" {
			return ""
		}
		return e.Key + " = " + e.Value + eol
	}
	stmts := statements(text)
	head := -1
	for i, s := range stmts {
		if s.header && !s.array && s.name == table {
			head = i
			break
		}
	}
	if head < 0 {
		var b strings.Builder
		b.WriteString(text)
		if text != "" {
			if !strings.HasSuffix(text, "\n") {
				b.WriteString(eol)
			}
			b.WriteString(eol)
		}
		b.WriteString("[" + table + "]" + eol)
		for _, e := range entries {
			b.WriteString(line(e))
		}
		return []byte(b.String())
	}

	// The table runs to the next header; end is after its last statement.
	own := map[string]int{} // key → index in entries
	for i, e := range entries {
		own[e.Key] = i
	}
	end := stmts[head].end
	found := make([]*stmt, len(entries))
	for i := head + 1; i < len(stmts) && !stmts[i].header; i++ {
		s := stmts[i]
		end = s.end
		if k, ok := own[s.name]; ok && found[k] == nil {
			found[k] = &stmts[i]
		}
	}

	// Each change is a span of text replaced; inserts are empty spans.
	type change struct {
		at, to int
		text   string
	}
	var changes []change
	first := -1
	for k := range entries {
		if found[k] != nil && (first < 0 || found[k].start < found[first].start) {
			first = k
		}
	}
	for k, e := range entries {
		if st := found[k]; st != nil {
			if e.Value == "" {
				changes = append(changes, change{st.start, st.end, ""})
			} else {
				from, to := valueSpan(text, *st)
				changes = append(changes, change{from, to, e.Value})
			}
			continue
		}
		at := end
		if first >= 0 {
			at = found[first].start
		}
		for p := k - 1; p >= 0; p-- {
			if found[p] != nil {
				at = found[p].end
				break
			}
		}
		changes = append(changes, change{at, at, line(e)})
	}

	// Apply in order of position; inserts at one place keep entries' order
	// and come before a replacement starting there.
	slices.SortStableFunc(changes, func(x, y change) int {
		if x.at != y.at {
			return x.at - y.at
		}
		return (x.to - x.at) - (y.to - y.at)
	})
	var b strings.Builder
	pos := 0
	for _, c := range changes {
		b.WriteString(text[pos:c.at])
		if c.at == end && !strings.HasSuffix(text[:c.at], "\n") && c.text != "" {
			b.WriteString(eol) // the table's last line had no newline
		}
		b.WriteString(c.text)
		pos = max(pos, c.to)
	}
	b.WriteString(text[pos:])
	return []byte(b.String())
}

// SameExcept checks that edited decodes and holds exactly what old held,
// but for the keys own of [table].
func SameExcept(old, edited []byte, table string, own []string) error {
	var a, b map[string]any
	if _, err := toml.Decode(string(old), &a); err != nil {
		return err
	}
	if _, err := toml.Decode(string(edited), &b); err != nil {
		return err
	}
	for _, m := range []map[string]any{a, b} {
		t, ok := m[table].(map[string]any)
		if !ok {
			continue
		}
		for _, k := range own {
			delete(t, k)
		}
		if len(t) == 0 {
			delete(m, table)
		}
	}
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	if !reflect.DeepEqual(a, b) {
		return errors.New("other settings would change")
	}
	return nil
}

// WriteFile replaces path with data through a temporary file and a rename,
// so a crash leaves the old file or the new one, never half of either. A
// new file is private to its owner; an old one keeps its mode.
func WriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	mode := fs.FileMode(0o600)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	return files.WriteWhole(path, mode, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
