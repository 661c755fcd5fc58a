package plan

import (
	"testing"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/content"
)

// A tender spot belongs to one area on one side.
func TestSpotAt(t *testing.T) {
	glutes, _ := content.ExerciseByID("glutes")
	midBack, _ := content.ExerciseByID("mid-back")
	a := advice.Advice{Tender: []advice.Spot{{Exercise: "glutes", Side: "left", Note: "left glute"}, {Exercise: "mid-back", Note: "mid-back"}}}
	tests := []struct {
		step coach.Step
		want string
	}{
		{coach.Step{Exercise: glutes, Side: "left"}, "left glute"},
		{coach.Step{Exercise: glutes, Side: "right"}, ""},
		{coach.Step{Exercise: midBack}, "mid-back"},
	}
	for _, tt := range tests {
		got := ""
		if sp := SpotAt(a, tt.step); sp != nil {
			got = sp.Note
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.step.Title(), got, tt.want)
		}
	}
	if SpotAt(advice.Advice{}, coach.Step{Exercise: midBack}) != nil {
		t.Error("a spot with no history")
	}
}
