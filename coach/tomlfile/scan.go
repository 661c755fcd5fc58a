package tomlfile

import (
	"strconv"
	"strings"
)

// stmt is one statement of a TOML document: a table header or a key/value
// pair, spanning whole lines from the start of its first to the end of its
// last, newline included.
type stmt struct {
	header     bool
	array      bool   // a header of an array of tables, [[name]]
	name       string // the table's name, or the key as written
	start, end int    // byte offsets
}

// statements splits a TOML document into its statements. A value may span
// lines (arrays, inline tables, multi-line strings), so a line that starts
// with "[" inside one is not taken for a header. Comments and blank lines
// belong to no statement. src is assumed to be TOML that toml can decode;
// whoever saves an edit checks the result in any case.
func statements(src string) []stmt {
	var out []stmt
	for i := 0; i < len(src); {
		start, j := i, i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		switch {
		case j == len(src):
			return out
		case src[j] == '\n' || src[j] == '\r' || src[j] == '#':
			i = lineEnd(src, j)
		case src[j] == '[':
			i = lineEnd(src, j)
			name, array := tableName(src[j:i])
			out = append(out, stmt{header: true, array: array, name: name, start: start, end: i})
		default:
			k := keyEnd(src, j)
			i = valueEnd(src, k)
			out = append(out, stmt{name: strings.TrimSpace(src[j:k]), start: start, end: i})
		}
	}
	return out
}

// lineEnd is the offset after the newline that ends the line holding i.
func lineEnd(src string, i int) int {
	if n := strings.IndexByte(src[i:], '\n'); n >= 0 {
		return i + n + 1
	}
	return len(src)
}

// tableName is the name in a header line such as "[ profile ] # mine" or
// "[[step]]", and whether it heads an array of tables. A quoted part of
// the name may hold a "]".
func tableName(line string) (name string, array bool) {
	i := 1
	if array = strings.HasPrefix(line, "[["); array {
		i = 2
	}
	j := i
	for j < len(line) && line[j] != ']' && line[j] != '\n' {
		switch line[j] {
		case '"', '\'':
			j = stringEnd(line, j+1, line[j])
		default:
			j++
		}
	}
	return strings.TrimSpace(line[i:min(j, len(line))]), array
}

// keyEnd is the offset of the "=" after the key starting at i; quoted
// parts of the key may hold one.
func keyEnd(src string, i int) int {
	for i < len(src) && src[i] != '=' && src[i] != '\n' {
		switch src[i] {
		case '"':
			i = stringEnd(src, i+1, '"')
		case '\'':
			i = stringEnd(src, i+1, '\'')
		default:
			i++
		}
	}
	return i
}

// valueEnd is the offset after the newline that ends the value starting at
// i: the first newline outside strings, comments, arrays and inline tables.
func valueEnd(src string, i int) int {
	depth := 0
	for i < len(src) {
		switch c := src[i]; {
		case strings.HasPrefix(src[i:], `"""`):
			i = multiEnd(src, i+3, `"""`)
		case strings.HasPrefix(src[i:], `'''`):
			i = multiEnd(src, i+3, `'''`)
		case c == '"' || c == '\'':
			i = stringEnd(src, i+1, c)
		case c == '#':
			if n := strings.IndexByte(src[i:], '\n'); n >= 0 {
				i += n // the newline itself ends the value, or not
			} else {
				i = len(src)
			}
		case c == '\n' && depth <= 0:
			return i + 1
		default:
			switch c {
			case '[', '{':
				depth++
			case ']', '}':
				depth--
			}
			i++
		}
	}
	return len(src)
}

// valueSpan is where the value of key/value statement st is written: from
// its first byte after "=" and the blanks after it, to its last before the
// blanks, comment and newline that follow it.
func valueSpan(src string, st stmt) (from, to int) {
	i := st.start
	for i < st.end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	i = keyEnd(src, i) + 1 // past the "="
	for i < st.end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	from = i
	depth := 0
	for i < st.end {
		switch c := src[i]; {
		case strings.HasPrefix(src[i:], `"""`):
			i = multiEnd(src, i+3, `"""`)
		case strings.HasPrefix(src[i:], `'''`):
			i = multiEnd(src, i+3, `'''`)
		case c == '"' || c == '\'':
			i = stringEnd(src, i+1, c)
		case (c == '#' || c == '\n' || c == '\r') && depth <= 0:
			return from, trimEnd(src, from, i)
		case c == '#': // a comment inside an array, to its line's end
			if n := strings.IndexByte(src[i:st.end], '\n'); n >= 0 {
				i += n
			} else {
				i = st.end
			}
		default:
			switch c {
			case '[', '{':
				depth++
			case ']', '}':
				depth--
			}
			i++
		}
	}
	return from, trimEnd(src, from, min(i, st.end))
}

// trimEnd is to less the blanks before it, down to from.
func trimEnd(src string, from, to int) int {
	for to > from && (src[to-1] == ' ' || src[to-1] == '\t') {
		to--
	}
	return to
}

// stringEnd is the offset after the closing quote of a one-line string
// whose content starts at i. Only basic strings (") have escapes.
func stringEnd(src string, i int, quote byte) int {
	for i < len(src) && src[i] != '\n' {
		switch {
		case quote == '"' && src[i] == '\\':
			i += 2
		case src[i] == quote:
			return i + 1
		default:
			i++
		}
	}
	return min(i, len(src))
}

// multiEnd is the offset after the closing delimiter of a multi-line string
// whose content starts at i. Up to two more quotes right before the
// delimiter's end belong to the string, as in `""""quoted""""`.
func multiEnd(src string, i int, delim string) int {
	for i < len(src) {
		switch {
		case delim[0] == '"' && src[i] == '\\':
			i += 2
		case strings.HasPrefix(src[i:], delim):
			i += len(delim)
			for n := 0; n < 2 && i < len(src) && src[i] == delim[0]; n++ {
				i++
			}
			return i
		default:
			i++
		}
	}
	return len(src)
}

// Line is the line of key in the n-th table named table (counting from 0;
// each [[table]] is one, a [table] is the only one), or of the table's
// header when key is "". Table "" is the top of the file, before any
// header. It is 0 when not found: a key written as part of a dotted key or
// an inline table is not looked for.
func Line(src []byte, table string, n int, key string) int {
	text := string(src)
	stmts := statements(text)
	in := table == "" && n == 0
	for _, s := range stmts {
		if s.header {
			if in {
				return 0 // the table ended without the key
			}
			if bare(s.name) == table {
				if n == 0 {
					if key == "" {
						return lineOf(text, s.start)
					}
					in = true
				}
				n--
			}
			continue
		}
		if in && bare(s.name) == key {
			return lineOf(text, s.start)
		}
	}
	return 0
}

// lineOf is the line holding the first non-blank byte at or after i.
func lineOf(src string, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return strings.Count(src[:i], "\n") + 1
}

// bare is a key or table name as it decodes: "a b" and 'a b' are a b, so
// that a quoted key (say, one spelled with escape codes) is found by its
// line. A dotted name is left as written.
func bare(name string) string {
	if len(name) < 2 {
		return name
	}
	switch last := len(name) - 1; {
	case name[0] == '\'' && name[last] == '\'' && !strings.Contains(name[1:last], "'"):
		return name[1:last]
	case name[0] == '"' && name[last] == '"':
		if s, err := strconv.Unquote(name); err == nil {
			return s
		}
	}
	return name
}
