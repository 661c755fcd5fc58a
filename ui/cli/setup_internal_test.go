package cli

import (
	"errors"
	"strings"
	"testing"
)

// backroll setup says where the answers went, or, when the last save
// failed, that they were not saved: as an error, for a non-zero exit
// (a full disk once left config.toml as it was and said nothing).
func TestSayAnswers(t *testing.T) {
	const path = "/home/sam/.config/backroll/config.toml"
	for _, c := range []struct {
		saved        bool
		err          error
		out, failure string
	}{
		{saved: true, out: "Your answers are saved in " + path + "; backroll config shows them.\n"},
		{}, // skipped: nothing to say
		{saved: true, err: errors.New("no space left on device"),
			failure: "your answers were not saved in " + path + ": no space left on device"},
		{err: errors.New("no space left on device"),
			failure: "your answers were not saved in " + path + ": no space left on device"},
	} {
		var out strings.Builder
		err := sayAnswers(&out, path, false, c.saved, c.err)
		if out.String() != c.out || (err == nil) != (c.failure == "") || err != nil && err.Error() != c.failure {
			t.Errorf("saved %v, %v: said %q, error %v; want %q, %q", c.saved, c.err, out.String(), err, c.out, c.failure)
		}
	}
	// Over SSH the server's folders and backroll config are not the
	// person's: neither is named.
	var out strings.Builder
	if err := sayAnswers(&out, path, true, true, nil); err != nil || out.String() != "Your answers are saved.\n" {
		t.Errorf("over SSH: said %q, error %v", out.String(), err)
	}
	if err := sayAnswers(&out, path, true, true, errors.New("no space left on device")); err == nil ||
		err.Error() != "your answers were not saved: no space left on device" {
		t.Errorf("over SSH, a failed save: %v", err)
	}
}
