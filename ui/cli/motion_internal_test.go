package cli

import (
	"testing"
)

// reduced_motion in config.toml gives the still hold; --no-animation,
// given either way, beats it.
func TestReducedMotion(t *testing.T) {
	for _, tc := range []struct {
		config string
		args   []string
		want   bool
	}{
		{"", nil, false},
		{"[session]\nreduced_motion = true\n", nil, true},
		{"[session]\nreduced_motion = true\n", []string{"--no-animation=false"}, false},
		{"[session]\nreduced_motion = false\n", []string{"--no-animation"}, true},
		{"", []string{"--no-animation"}, true},
	} {
		plainUser(t, tc.config)
		var quit bool
		root := newRoot(nil, nil, &quit)
		start, _, err := root.Find([]string{"start"})
		if err != nil {
			t.Fatal(err)
		}
		if err := start.ParseFlags(tc.args); err != nil {
			t.Fatal(err)
		}
		set := settings{where: local()}
		if err := set.loadConfig(start); err != nil {
			t.Fatal(err)
		}
		set.still = start.Flags().Lookup("no-animation").Value.String() == "true"
		if got := set.reducedMotion(start); got != tc.want {
			t.Errorf("config %q, flags %v: reduced motion %v; want %v", tc.config, tc.args, got, tc.want)
		}
	}
	plainUser(t, "[session]\nreduced_motion = 1\n")
	if err := (&settings{where: local()}).loadConfig(newRoot(nil, nil, new(bool))); err == nil {
		t.Error("reduced_motion = 1 is accepted")
	}
}
