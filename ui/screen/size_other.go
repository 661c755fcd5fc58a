//go:build !unix

package screen

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

// watchSize does nothing here: a Windows console reports resizes as input
// events, which Bubble Tea's input reader turns into tea.WindowSizeMsg.
func watchSize(*os.File, func(tea.Msg)) (stop func()) {
	return func() {}
}
