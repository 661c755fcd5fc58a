package plan

import (
	"time"

	"github.com/backroll/backroll/coach"
)

// MostlySkipped reports whether a session rolled under a third of the
// holds it planned: it earns no praise and no step up.
func MostlySkipped(sum coach.Summary, p coach.Plan) bool {
	var planned time.Duration
	for _, st := range p.Steps {
		planned += st.Hold
	}
	return 3*sum.Rolled < planned
}

// SummaryHead is the first line of a session's summary: what it
// amounted to, praised only when it earned it. The full-screen summary and
// plain mode both say it.
func SummaryHead(sum coach.Summary, p coach.Plan) string {
	switch {
	case sum.Finished && sum.Rolled.Round(time.Second) == 0 && !sum.RedFlag:
		return "Session complete, with every area skipped." // nothing to praise
	case sum.Finished && !sum.RedFlag && MostlySkipped(sum, p):
		// Most of it skipped: said plainly, kindly, with no praise.
		return "Session over, with most of it skipped. A few slow minutes next time will do more."
	case sum.Finished && sum.RedFlag:
		return "Session complete." // no cheer above the advice to stop
	case !sum.Finished && sum.RedFlag:
		return "Session stopped."
	case !sum.Finished && sum.Rolled.Round(time.Second) == 0:
		return "Session stopped early. Nothing was rolled yet."
	case !sum.Finished:
		return "Session stopped early."
	}
	return "Session complete. Well done."
}
