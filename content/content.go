// Package content holds what backroll teaches: the rollable areas, the zones
// that must never be rolled, the regions people name when something hurts, the
// routines and the cat-cow finisher. It is plain data with no behaviour beyond
// look-ups, written in backroll's own words.
package content

import "time"

// Exercise is one rollable area and how to roll it.
type Exercise struct {
	ID        string        // stable key used in routines and history, e.g. "glutes"
	Name      string        // short display name, e.g. "Glutes"
	Called    string        // the area inside a sentence, e.g. "the glutes" in "The glutes are left out"
	Plural    bool          // Called takes "are", not "is"
	OneSide   string        // one side's name for sided exercises, e.g. "glute" in "left glute"
	Position  string        // the position's name, e.g. "figure four"
	Where     string        // where on the body it is, one line
	Landmarks string        // where the roller goes and where it stops, one or two sentences
	GetOn     []string      // steps to get onto the roller safely
	Setup     []string      // steps once on the roller, numbered on after GetOn
	Feel      string        // what it should feel like, one line
	Ease      string        // how to take pressure off in this position, one line
	Cues      []string      // short lines shown during the hold, in order of importance
	Mistakes  []string      // what to avoid, short lines read after "Avoid "
	GetOff    []string      // steps to get off the roller safely, after the hold
	Hold      time.Duration // default hold per side
	Sided     bool          // rolled left then right
	// StandsIn is the ID of the exercise this one replaces when the person
	// cannot take that position (mid-back-wall for mid-back, in pregnancy).
	// Such an exercise is in no routine: the plan builder swaps it in.
	StandsIn string
	Serves   []string // region IDs this exercise helps
	Tips     []string // tip IDs that matter for this exercise (issue 4)
}

// NoRollZone is a part of the back that is never rolled directly.
type NoRollZone struct {
	ID     string // "lower-back", "neck"
	Name   string
	Why    string // two or three plain sentences
	Source string // where the rule comes from: SourceArticle
}

// Region is a place a person would name when asked where it hurts.
type Region struct {
	ID       string // "upper-back", "sides", "lower-back", "hips", "hip-front", "neck"
	Name     string // "upper / mid back"
	NoRoll   string // ID of the NoRollZone it falls in, or "" when it can be rolled
	Routine  string // ID of the routine offered for it
	Describe string // one or two sentences: why this routine helps
}

// Item is one entry of a routine: an exercise, optionally with its own hold.
// A sided exercise expands to both sides unless Side is set.
type Item struct {
	Exercise string
	Side     string        // "", "left" or "right"
	Hold     time.Duration // 0 means the exercise's default
}

// Routine is a named, ordered session.
type Routine struct {
	ID      string
	Name    string
	Summary string // one line
	Items   []Item
	CatCow  bool // finish with the cat-cow set
}

// Finisher describes the cat-cow set that closes a session.
type Finisher struct {
	Name     string
	Position string // the pose, in a few words
	Setup    []string
	Feel     string // what it should feel like
	Cow      string // cue on the in-breath
	Hold     string // cue while a held breath keeps the cow (a breath such as 4-7-8)
	Cat      string // cue on the out-breath
	Ease     string // how to make it gentler, one line
	GetOff   []string
	Reps     int // default repetitions
}
