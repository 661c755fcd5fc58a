package calendar

import (
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// lines writes iCalendar content lines (RFC 5545, 3.1): the few that
// backroll's calendars hold, escaped and folded as golang-ical did. That
// library also brought net/http and 30 more packages into every run of
// backroll, to load and start: without them, `backroll status` (100,000
// lines, warm) took 3.2-3.4 times a hello-world program's start against
// 3.6-4.1 with them, in the same runs. The tests read what this writes
// with golang-ical still, and hold it to the library's own lines.
type lines struct {
	w   io.Writer
	err error // the first write that failed; nothing is written after it
}

const (
	maxLine  = 75 // octets a line, CRLF left out (3.1)
	newLine  = "\r\n"
	utcStamp = "20060102T150405Z"
)

// text writes a TEXT property (3.3.11): backslashes, semicolons, commas
// and line breaks escaped.
func (l *lines) text(name, value string) { l.line(name + ":" + textEscaper.Replace(value)) }

var textEscaper = strings.NewReplacer(`\`, `\\`, "\n", `\n`, `;`, `\;`, `,`, `\,`)

// utc writes a DATE-TIME property in UTC (3.3.5, form #2).
func (l *lines) utc(name string, t time.Time) { l.line(name + ":" + t.UTC().Format(utcStamp)) }

// line writes s folded (3.1): a line longer than maxLine octets goes on in
// lines that begin with a space, broken before a space where one is near,
// never inside a UTF-8 character.
func (l *lines) line(s string) {
	if len(s) > maxLine {
		head := cut(s, maxLine)
		l.write(head + newLine)
		s = s[len(head):]
		for len(s) > maxLine-1 {
			part := cut(s, maxLine-1)
			l.write(" " + part + newLine)
			s = s[len(part):]
		}
		l.write(" ")
	}
	l.write(s + newLine)
}

// cut is the start of s to break the line after: up to the last word
// boundary before n octets (before a space or '<', after '>'), else as
// many whole characters as fit in n.
func cut(s string, n int) string {
	length, boundary := 0, -1
	var last rune
	for i, r := range s {
		if r == ' ' || r == '<' || last == '>' {
			boundary = i
		}
		last = r
		if length+utf8.RuneLen(r) > n {
			break
		}
		length += utf8.RuneLen(r)
	}
	if boundary > 0 {
		return s[:boundary]
	}
	return s[:length]
}

func (l *lines) write(s string) {
	if l.err == nil {
		_, l.err = io.WriteString(l.w, s)
	}
}
