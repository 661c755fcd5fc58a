package ui

import "github.com/backroll/backroll/content"

// said is our own text that names backroll's commands as typed where the
// person sits: over SSH, `backroll setup` would run their own machine's
// backroll, not the server's.
func (f frame) said(text string) string {
	if f.remote {
		return content.OverSSH(text)
	}
	return text
}
