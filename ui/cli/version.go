package cli

import (
	"runtime/debug"
	"strings"
)

// Version names this build for --version: the version given when it was
// built (-ldflags "-X main.version=v0.3.0"), else the module's from the
// build info ("(devel)" for go run), with the commit it was built from and
// whether the tree had changes then: "v0.3.0 (commit abc1234, modified)".
func Version(given string) string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(given, info)
}

func versionOf(given string, info *debug.BuildInfo) string {
	if info == nil {
		info = &debug.BuildInfo{}
	}
	v := given
	if v == "" {
		v = info.Main.Version
	}
	if v == "" {
		v = "(devel)"
	}
	var about []string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			about = append([]string{"commit " + s.Value[:min(7, len(s.Value))]}, about...)
		case s.Key == "vcs.modified" && s.Value == "true":
			about = append(about, "modified")
		}
	}
	if len(about) > 0 {
		v += " (" + strings.Join(about, ", ") + ")"
	}
	return v
}
