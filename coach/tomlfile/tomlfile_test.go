package tomlfile

import (
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestLocated(t *testing.T) {
	var doc struct{ Streak struct{ Day Setting } }
	doc.Streak.Day = func(v any) error { return errors.New(Show(v) + " is not a day") }
	_, err := toml.Decode("[streak]\n\nday = \"moon\"\n", &doc)
	got := Located("config.toml", err).Error()
	if got != `config.toml:3: streak.day: "moon" is not a day` {
		t.Fatalf("got %q", got)
	}
	if got := Located("c.toml", errors.New("gone")).Error(); !strings.HasPrefix(got, "c.toml: gone") {
		t.Fatalf("got %q", got)
	}
}
