package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
	saved "github.com/backroll/backroll/coach/settings"
	"github.com/backroll/backroll/content"
)

// Over SSH (backroll serve) a screen that names one of backroll's
// commands names it as typed through ssh: `backroll setup` typed at the
// person's own terminal would run their own machine's backroll, or none
// (seen trying serve: the first run said "Run backroll setup to answer
// later" and the screening that the answers "stay on this computer").
func TestOverSSHScreensNameCommandsThroughSSH(t *testing.T) {
	for _, remote := range []bool{false, true} {
		setup, other := "backroll setup", "ssh -t -p PORT HOST setup"
		if remote {
			setup, other = other, setup
		}
		m, _ := newBareModel(t, Options{Profile: newcomer, Remote: remote})
		if w := words(m); !strings.Contains(w, "Run "+setup+" to answer later") || strings.Contains(w, other) {
			t.Errorf("remote %v: the first run's intro, want %q:\n%s", remote, setup, shown(m))
		}
		keys(m, "s", "s")
		where := map[bool]string{false: "stay on this computer", true: "are kept on this server"}
		if w := words(m); !strings.Contains(w, "your answers "+where[remote]) || strings.Contains(w, "your answers "+where[!remote]) {
			t.Errorf("remote %v: the screening, want %q:\n%s", remote, where[remote], shown(m))
		}

		// backroll start before the questions were ever asked.
		m, _ = newBareModel(t, Options{Routine: "nightly", Remote: remote, Profile: profile.Profile{SafetySeen: true}})
		runAll(m, m.Init())
		if w := words(m); !strings.Contains(w, "answer with "+setup+" first") || strings.Contains(w, other) {
			t.Errorf("remote %v: the first get-ready's note, want %q:\n%s", remote, setup, shown(m))
		}
	}
}

// A class's waiting screen (only ever over SSH) says how to read every
// red flag through ssh.
func TestClassWaitNamesTipsThroughSSH(t *testing.T) {
	r, _ := content.RoutineByID("nightly")
	p, err := coach.NewPlan(r, coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var rooms class.Classes
	room, _ := rooms.Join("evening", "a")
	c := &fakeClock{t: t0}
	m, err := New(Options{Now: c.now, Profile: profile.Profile{Onboarded: true}, NoAnimation: true, Remote: true,
		Class: room.Seat("a", class.You{}, p, c.now())})
	if err != nil {
		t.Fatal(err)
	}
	runAll(m, m.Init())
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if w := words(m); !strings.Contains(w, "ssh -p PORT HOST tips red flags lists every sign") || strings.Contains(w, "backroll tips") {
		t.Errorf("the red flags on the waiting screen name a command typed at home:\n%s", shown(m))
	}
}

// Over SSH the settings are kept in the server's config.toml, which the
// person neither sees nor edits: the screen says they are saved there,
// and how to give a flag through ssh.
func TestSettingsOverSSH(t *testing.T) {
	m, _ := newModel(t, Options{Settings: saved.Default(), SaveSettings: func(saved.Settings) error { return nil }, Remote: true})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	homeTo(t, m, "Settings")
	press(m, "enter")
	press(m, "enter")
	w := words(m)
	for _, want := range []string{"Allowed: ", "enter saves them on the server, for your key alone",
		"(ssh -t -p PORT HOST start --hold 45s) still win", "Saved on the server."} {
		if !strings.Contains(w, want) {
			t.Errorf("settings over SSH lack %q:\n%s", want, shown(m))
		}
	}
	if strings.Contains(w, "config.toml") {
		t.Errorf("settings over SSH name config.toml:\n%s", shown(m))
	}
}
