package plan

import (
	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/class"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/content"
)

// ClassMember is what prof brings to a class of r: the class rolls r as
// written, and their answers decide what they sit out and whether k is
// theirs to press. Asked when they join, and again when they answer the
// first-run questions in the class.
func ClassMember(r content.Routine, prof profile.Profile) class.You {
	mine, err := For(r, coach.Options{}, prof)
	return class.You{Conditions: prof.Conditions.List(), Avoid: prof.Avoid.List(), NoTender: err == nil && mine.NoTender}
}
