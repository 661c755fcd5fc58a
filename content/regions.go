package content

// Regions are listed in the order the "where does it hurt?" screen shows them:
// top of the back to the hips, with the neck last.
var Regions = []Region{
	{
		ID:       "upper-back",
		Name:     "upper / mid back",
		Routine:  "upper-back",
		Describe: "The mid-back is built to move but stiffens when you sit hunched over a screen. Rolling it, and the lats beside it, helps it move again.",
	},
	{
		// Sides get the lats alone: that is the muscle they name, and its pull
		// reaches the shoulders. The upper back routine adds the mid-back.
		ID:       "sides",
		Name:     "sides of the back, shoulders",
		Routine:  "lats",
		Describe: "Tight lats tug at your shoulders and down into your lower back. Rolling the side of your back eases that pull.",
	},
	{
		ID:       "lower-back",
		Name:     "lower back",
		NoRoll:   "lower-back",
		Routine:  "lower-back",
		Describe: "Tight hips, a stiff mid-back and tight lats all pull on the lower back. Loosening them takes the strain off without rolling the spine.",
	},
	{
		ID:       "hips",
		Name:     "buttocks, hips",
		Routine:  "glutes",
		Describe: "Tight glutes tilt your pelvis and load the lower back. Slow circles on each side help them let go.",
	},
	{
		ID:       "hip-front",
		Name:     "front of the hips",
		Routine:  "hip-flexors",
		Describe: "Tight hip flexors tip your pelvis forward and strain the lower back. Small moves under the hip bone help them ease.",
	},
	{
		ID:       "neck",
		Name:     "neck",
		NoRoll:   "neck",
		Routine:  "upper-back",
		Describe: "The neck is never rolled. Loosening the mid-back and lats below it is the safe way to help.",
	},
}

// RegionByID returns the region with the given ID.
func RegionByID(id string) (Region, bool) {
	for _, r := range Regions {
		if r.ID == id {
			return r, true
		}
	}
	return Region{}, false
}
