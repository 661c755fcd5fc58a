package plain

import (
	"strings"
	"testing"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// On a tender spot, + adds no time for someone whose answers call for
// light pressure, and says why; elsewhere it adds as usual.
func TestPlainNoExtraOnATenderSpot(t *testing.T) {
	osteo := regular
	osteo.Conditions = profile.NewIDs(content.Osteoporosis)
	for _, tt := range []struct {
		name string
		prof profile.Profile
		adds bool
	}{
		{"osteoporosis", osteo, false},
		{"no condition", regular, true},
	} {
		out, _, _, _ := run(t, plan(t, "glutes", coach.Options{}), tt.prof,
			press{20 * time.Second, 'k'}, press{25 * time.Second, '+'}, press{30 * time.Second, 'q'}, press{31 * time.Second, 'y'})
		refused := strings.Contains(out, "No time to add on a tender spot: light pressure only.")
		if refused == tt.adds || strings.Contains(out, "15 seconds more:") != tt.adds {
			t.Errorf("%s: + on a tender spot added %v; want %v:\n%s", tt.name, !refused, tt.adds, out)
		}
	}
}
