package ui

import (
	"fmt"
	"strings"

	"github.com/backroll/backroll/content"
)

func unknownRoutine(id string) error {
	ids := make([]string, len(content.Routines))
	for i, r := range content.Routines {
		ids[i] = r.ID
	}
	return fmt.Errorf("unknown routine %q (try one of: %s)", id, strings.Join(ids, ", "))
}
