package content

import "strings"

// Typed is how a person types the backroll command cmd ("setup", "tips
// red flags") where they sit: `backroll setup` at their own terminal. Over
// SSH (backroll serve) that would run their own machine's backroll, or
// none, so it is the way in they used, with -t for setup, start and
// class, which draw on a terminal (without one, start coaches in plain
// lines; setup and class refuse).
func Typed(cmd string, overSSH bool) string {
	word, _, _ := strings.Cut(cmd, " ")
	switch {
	case !overSSH:
		return "backroll " + cmd
	case word == "setup" || word == "start" || word == "class":
		return "ssh -t -p PORT HOST " + cmd
	default:
		return "ssh -p PORT HOST " + cmd
	}
}

// OverSSH is text that names backroll's commands as typed locally
// (`backroll setup`, `backroll tips`), named as typed over SSH instead.
func OverSSH(text string) string {
	for _, cmd := range []string{"setup", "tips", "routines"} {
		text = strings.ReplaceAll(text, "backroll "+cmd, Typed(cmd, true))
	}
	return text
}
