package profile

import (
	"slices"
	"strings"
)

// IDs is a set of identifiers (conditions, exercises), kept sorted and
// joined so that a Profile stays comparable with ==, as its callers and
// Save's read-back check compare whole profiles.
type IDs string

// NewIDs makes a set of ids, duplicates dropped.
func NewIDs(ids ...string) IDs {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return IDs(strings.Join(slices.Compact(ids), ","))
}

// List is the set's members in order.
func (s IDs) List() []string {
	if s == "" {
		return nil
	}
	return strings.Split(string(s), ",")
}

// Has reports whether id is in the set.
func (s IDs) Has(id string) bool { return slices.Contains(s.List(), id) }

// With is the set with id added or, when on is false, taken out.
func (s IDs) With(id string, on bool) IDs {
	ids := slices.DeleteFunc(s.List(), func(x string) bool { return x == id })
	if on {
		ids = append(ids, id)
	}
	return NewIDs(ids...)
}
