package cli

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/backroll/backroll/coach/streak"
)

// The plain status line counts days as people do: 1 day, 2 days.
func TestStatusLinePlainDays(t *testing.T) {
	for _, tc := range []struct {
		streak int
		want   string
	}{{1, "1 day"}, {2, "2 days"}, {12, "12 days"}} {
		st := streak.Stats{CurrentStreak: tc.streak, TodayDone: true}
		if got := statusLine(st, "", true); got != tc.want {
			t.Errorf("streak %d: %q, want %q", tc.streak, got, tc.want)
		}
	}
}

// stats keeps the seconds the history holds: whole seconds in JSON, M:SS
// in text, as the app shows them; the days given are listed, today last.
func TestStatsUnits(t *testing.T) {
	st := streak.Stats{
		WeekMinutes: 27.0 / 60, TotalMinutes: 4*60 + 30 + 61.0/60,
		MinutesByArea: map[string]float64{"glutes": 17.0 / 60, "mid-back": 90},
		Days: []streak.Day{
			{Date: "2026-11-30", Minutes: 0},
			{Date: "2026-12-01", Minutes: 27.0 / 60, Counted: false},
			{Date: "2026-12-02", Minutes: 4 + 20.0/60, Counted: true},
		},
	}
	j := newStatsJSON(st, st.Days[1:])
	if j.WeekS != 27 || j.WeekMinutes != 0 || j.TotalS != 4*3600+30*60+61 || j.TotalMinutes != 271 {
		t.Errorf("week %d s, %d min; total %d s, %d min", j.WeekS, j.WeekMinutes, j.TotalS, j.TotalMinutes)
	}
	if j.AreaS["glutes"] != 17 || j.AreaS["mid-back"] != 5400 {
		t.Errorf("by area %v", j.AreaS)
	}
	want := []dayJSON{{"2026-12-01", 27, false}, {"2026-12-02", 260, true}}
	if !slices.Equal(j.Days, want) {
		t.Errorf("days %v, want %v", j.Days, want)
	}

	var b strings.Builder
	writeStats(&b, st, st.Days[1:])
	for _, line := range []string{
		"last 7 days      0 days, 0:27 rolled\n",
		"total            4:31:01 rolled\n",
		"  glutes         0:17\n",
		"  mid-back       1:30:00\n",
		"by day\n  Tue 1 Dec      0:27\n  Wed 2 Dec      4:20  counts\n",
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("stats lacks %q:\n%s", line, b.String())
		}
	}
}

// A script ranges over feel and tender without a null check, even on an
// empty history.
func TestStatsJSONListsNeverNull(t *testing.T) {
	b, err := json.Marshal(newStatsJSON(streak.Stats{}, nil))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"feel":[]`, `"tender":[]`, `"days":[]`, `"area_s":{}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("stats --json on no history: %s\nwant %s", b, want)
		}
	}
}
