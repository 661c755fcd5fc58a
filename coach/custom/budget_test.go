package custom

import (
	"strings"
	"testing"
)

// Two minutes on one area in all is within the budget, however it is
// split; left and right are areas of their own.
func TestWithinBudget(t *testing.T) {
	for _, file := range []string{
		strings.Repeat("[[step]]\nexercise = \"mid-back\"\nhold = \"1m\"\n", 2),
		strings.Repeat("[[step]]\nexercise = \"glutes\"\nhold = \"2m\"\n", 1) + "[[step]]\nexercise = \"lats\"\nhold = \"2m\"\n",
		"[[step]]\nexercise = \"glutes\"\nsides = \"left\"\nhold = \"2m\"\n[[step]]\nexercise = \"glutes\"\nsides = \"right\"\nhold = \"2m\"\n",
	} {
		if _, probs := Parse("mine", []byte(file)); len(probs) > 0 {
			t.Errorf("refused %q: %v", file, probs)
		}
	}
}
