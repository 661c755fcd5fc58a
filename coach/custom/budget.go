package custom

import (
	"fmt"
	"strings"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/tomlfile"
	"github.com/backroll/backroll/content"
)

// overBudget names each area that a routine's steps hold for more than
// coach.MaxHold in all, at the step that passes it: the same area three
// times at 2:00 is 6:00 on it, which a session would cut to 2:00 anyway,
// so the file is refused as written rather than run as it is not.
func overBudget(data []byte, items []content.Item) []Problem {
	var steps []coach.Step
	var from []int // the item each step comes from
	for i, it := range items {
		ex, ok := content.ExerciseByID(it.Exercise)
		if !ok {
			continue // named as a problem of its own
		}
		hold := ex.Hold
		if it.Hold > 0 {
			hold = it.Hold
		}
		sides := []string{it.Side}
		if ex.Sided && it.Side == "" {
			sides = []string{"left", "right"}
		}
		for _, side := range sides {
			steps = append(steps, coach.Step{Exercise: ex, Side: side, Hold: hold})
			from = append(from, i)
		}
	}
	var probs []Problem
	for _, o := range coach.OverBudget(steps) {
		var nums []string
		for j, s := range steps {
			if s.Area() == o.Area && (len(nums) == 0 || nums[len(nums)-1] != fmt.Sprint(from[j]+1)) {
				nums = append(nums, fmt.Sprint(from[j]+1))
			}
		}
		i := from[o.Step]
		key := "hold"
		line := tomlfile.Line(data, "step", i, key)
		if line == 0 {
			key, line = "exercise", tomlfile.Line(data, "step", i, "exercise")
		}
		probs = append(probs, Problem{Line: line, Key: fmt.Sprintf("step %d: %s", i+1, key),
			Msg: fmt.Sprintf("%s adds up to %s in steps %s: %s", steps[o.Step].Title(), coach.Clock(o.Total), and(nums), coach.WhyAreaBudget)})
	}
	return probs
}

// and lists items as a person writes them: "1, 2 and 4".
func and(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
