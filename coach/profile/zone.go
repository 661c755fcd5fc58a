package profile

import (
	"errors"
	"regexp"
	"time"
)

// zoneName is the form of a name in the time zone database, such as
// Europe/Paris, America/Argentina/Buenos_Aires or Etc/GMT+5: never a path,
// as "/etc/..." or "../" would be, since time.LoadLocation would look for
// those on the disk.
var zoneName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_+-]{0,30}(/[A-Za-z0-9_+-]{1,30}){0,3}$`)

// Zone is the time zone name names, such as "Europe/Paris". Local, the
// machine's own, is not one a person can name: over SSH it is the server's.
func Zone(name string) (*time.Location, error) {
	if !zoneName.MatchString(name) || name == "Local" {
		return nil, errors.New("not a time zone name such as \"Europe/Paris\"")
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, errors.New("not a time zone this machine knows, such as \"Europe/Paris\"")
	}
	return loc, nil
}
