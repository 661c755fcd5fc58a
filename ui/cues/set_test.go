package cues

import "testing"

func TestParseList(t *testing.T) {
	tests := []struct {
		in   string
		want Set
		err  string
	}{
		{in: "bell", want: Set{Bell: true}},
		{in: "bell,notify,progress,voice", want: Set{Bell: true, Notify: true, Progress: true, Voice: true}},
		{in: " Voice , breath,countdown", want: Set{Voice: true, Breath: true, Countdown: true}},
		{in: "bell,bell", want: Set{Bell: true}},
		{in: "none", want: Set{}},
		{in: "NONE", want: Set{}},
		{in: "banana", err: `"banana" is not a cue (known: bell, notify, progress, voice, breath, countdown, none)`},
		{in: "bell,,progress", err: `"" is not a cue (known: bell, notify, progress, voice, breath, countdown, none)`},
		{in: "none,bell", err: `"none" stands alone: it turns every cue off`},
		{in: "", err: `no cues named; say "none" to turn them all off`},
		{in: "breath,progress", err: "breath and countdown cues sound through the bell or the voice: add bell or voice"},
		{in: "countdown", err: "breath and countdown cues sound through the bell or the voice: add bell or voice"},
	}
	for _, tt := range tests {
		got, err := ParseList(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %s", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%q: got %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
		// What String writes, ParseList reads back.
		if back, err := ParseList(got.String()); err != nil || back != got {
			t.Errorf("%q: %q reads back as %+v, %v", tt.in, got.String(), back, err)
		}
	}
	if got := Default().String(); got != "bell,progress" {
		t.Errorf("default %q", got)
	}
}

// The file's names are the cues; without any, the default.
func TestChosen(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  Set
		err   string
	}{
		{name: "not chosen", names: nil, want: Default()},
		{name: "cues", names: []string{"voice", "breath"}, want: Set{Voice: true, Breath: true}},
		{name: "none", names: []string{"none"}, want: Set{}},
		{name: "empty list", names: []string{}, want: Set{}},
		{name: "unknown cue", names: []string{"bell", "banana"},
			err: `"banana" is not a cue (known: bell, notify, progress, voice, breath, countdown, none)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Chosen(tt.names)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("error %v\nwant  %s", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}
