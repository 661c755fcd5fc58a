package coach

import (
	"slices"

	"github.com/backroll/backroll/content"
)

// screened is the exercise to roll in ex's place for a person with the
// given conditions and areas to avoid, or ok false to leave it out, with
// why in either case ("" when nothing changes). The rules follow the
// conditions' Why in content, which the screening question shows.
func screened(ex content.Exercise, conds, avoid []string) (instead content.Exercise, why string, ok bool) {
	has := func(c string) bool { return slices.Contains(conds, c) }
	name := ex.Name
	switch {
	case slices.Contains(avoid, ex.ID):
		return ex, name + " is left out: you have a recent injury there.", false
	case ex.ID == "mid-back" && has(content.Osteoporosis):
		return ex, name + " is left out: no rolling along the spine with osteoporosis.", false
	case ex.ID == "mid-back" && has(content.Pregnancy):
		wall, _ := content.ExerciseByID(content.MidBackWall) // a content test checks it is there
		return wall, name + " is rolled standing against a wall: no lying on your back while pregnant.", true
	case ex.ID == "hip-flexors" && has(content.Pregnancy):
		return ex, name + " are left out: no lying face down while pregnant.", false
	case ex.ID == "hip-flexors" && has(content.VaricoseVeins):
		return ex, name + " are left out: no pressing on the veins near the front of the hip.", false
	}
	return ex, "", true
}

// whyNoTender is said once when tender-spot holds are off.
const whyNoTender = "No tender-spot holds, a soft roller and light pressure: you bruise more easily on blood thinners."
