//go:build !unix

package files

import "testing"

func fifo(t *testing.T, _ string) { t.Skip("no FIFOs here") }
