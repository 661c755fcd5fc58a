package cli

import (
	"runtime/debug"
	"testing"
)

func TestVersion(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.modified", Value: modified},
			{Key: "vcs.revision", Value: rev}, {Key: "vcs.time", Value: "2026-11-30T10:00:00Z"}}
	}
	for _, c := range []struct {
		given string
		info  *debug.BuildInfo
		want  string
	}{
		// go install github.com/backroll/backroll@v0.3.0: no vcs settings.
		{"", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "v0.3.0"},
		// go build in a clone, with a change not committed.
		{"", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.1-0.20261130100000-abc1234def56+dirty"},
			Settings: vcs("abc1234def567890", "true")}, "v0.3.1-0.20261130100000-abc1234def56+dirty (commit abc1234, modified)"},
		// A release build names its version; the commit still comes along.
		{"v0.3.0", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("abc1234def567890", "false")},
			"v0.3.0 (commit abc1234)"},
		// go run .
		{"", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
		{"", nil, "(devel)"},
	} {
		if got := versionOf(c.given, c.info); got != c.want {
			t.Errorf("versionOf(%q, %+v) = %q, want %q", c.given, c.info, got, c.want)
		}
	}
}
