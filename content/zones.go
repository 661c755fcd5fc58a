package content

// NoRollZones are the parts of the back that are never rolled directly.
// Choosing one teaches why and offers its neighbours instead.
var NoRollZones = []NoRollZone{
	{
		ID:   "lower-back",
		Name: "lower back",
		Why: "Your lower back has no rib cage around it, so when you lie on a roller there " +
			"the muscles brace to guard the spine instead of letting go. " +
			"The roller also presses on the bony bumps of the spine and on the area around the kidneys. " +
			"We loosen its neighbours instead: the glutes, hip flexors, mid-back and lats.",
		Source: SourceArticle,
	},
	{
		ID:   "neck",
		Name: "neck",
		Why: "The neck is made of small joints that are not meant to carry your weight on a roller, " +
			"so never roll it. " +
			"Stop the roller before it reaches your neck, and work the mid-back and lats instead.",
		Source: SourceArticle,
	},
}

// ZoneByID returns the no-roll zone with the given ID.
func ZoneByID(id string) (NoRollZone, bool) {
	for _, z := range NoRollZones {
		if z.ID == id {
			return z, true
		}
	}
	return NoRollZone{}, false
}
