// Package cuestest reads the cues back out of what a program wrote to its
// terminal, for tests that run backroll in a pseudo-terminal and check the
// raw bytes.
package cuestest

import (
	"bytes"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Scan lists the cues in raw terminal output, in order: "bell",
// "notify:TEXT" (OSC 777, 9 and 99 alike, unwrapped from tmux's
// passthrough), "progress:N" and "progress:clear". A BEL that ends another
// sequence is not a bell.
func Scan(raw []byte) []string {
	raw = untmux(raw)
	var cues []string
	var state byte
	for len(raw) > 0 {
		seq, _, n, next := ansi.DecodeSequence(raw, state, nil)
		state, raw = next, raw[n:]
		switch {
		case string(seq) == "\a":
			cues = append(cues, "bell")
		case ansi.HasOscPrefix(seq):
			if cue := osc(string(seq)); cue != "" {
				cues = append(cues, cue)
			}
		}
	}
	return cues
}

func osc(seq string) string {
	body := strings.TrimPrefix(strings.TrimPrefix(seq, "\x1b]"), "\x9d")
	body = strings.TrimSuffix(strings.TrimSuffix(body, "\a"), "\x1b\\")
	switch {
	case body == "9;4;0":
		return "progress:clear"
	case strings.HasPrefix(body, "9;4;"):
		parts := strings.Split(body, ";")
		return "progress:" + parts[len(parts)-1]
	case strings.HasPrefix(body, "777;notify;"):
		_, text, _ := strings.Cut(strings.TrimPrefix(body, "777;notify;"), ";")
		return "notify:" + text
	case strings.HasPrefix(body, "99;"):
		_, text, _ := strings.Cut(strings.TrimPrefix(body, "99;"), ";")
		return "notify:" + text
	case strings.HasPrefix(body, "9;"):
		return "notify:" + strings.TrimPrefix(body, "9;")
	}
	return ""
}

// untmux replaces each tmux passthrough (ESC P tmux; ... ESC \, its ESCs
// doubled) with what it carries. The decoder cannot do it: it would take
// the first doubled ESC for the passthrough's end.
func untmux(raw []byte) []byte {
	const open = "\x1bPtmux;"
	var out []byte
	for {
		i := bytes.Index(raw, []byte(open))
		if i < 0 {
			return append(out, raw...)
		}
		out = append(out, raw[:i]...)
		raw = raw[i+len(open):]
		for len(raw) > 0 {
			if raw[0] == ansi.ESC && len(raw) > 1 {
				if raw[1] == '\\' {
					raw = raw[2:]
					break
				}
				out, raw = append(out, ansi.ESC), raw[2:] // a doubled ESC
				continue
			}
			out, raw = append(out, raw[0]), raw[1:]
		}
	}
}
