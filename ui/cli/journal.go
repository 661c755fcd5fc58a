package cli

import (
	"path/filepath"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
	"github.com/backroll/backroll/ui"
)

// journal keeps sessions in history.jsonl in the data folder. It opens the
// log on the first write, so a folder that cannot be written costs the
// person their record, never their session.
type journal struct {
	dir      string
	settings streak.Settings
	log      *history.Log
	starts   map[string]time.Time
}

func newJournal(dir string, set streak.Settings) *journal {
	return &journal{dir: dir, settings: set, starts: map[string]time.Time{}}
}

func (j *journal) path() string { return filepath.Join(j.dir, history.FileName) }

func (j *journal) append(r history.Record) error {
	if j.log == nil {
		l, err := history.Open(j.dir)
		if err != nil {
			return err
		}
		j.log = l
	}
	return j.log.Append(r)
}

func (j *journal) Start(string, time.Time) string { return history.NewID() }

func (j *journal) Hold(session string, e coach.HoldEvent) error {
	return j.append(history.Record{
		Session:   session,
		Kind:      history.KindHold,
		Exercise:  e.Exercise,
		Side:      e.Side,
		Start:     e.Start,
		PlannedS:  seconds(e.Planned),
		RolledS:   seconds(e.Rolled),
		Completed: e.Completed,
		Tender:    e.Tender,
	})
}

func (j *journal) End(session string, e ui.SessionEnd) error {
	return j.append(history.Record{
		Session:    session,
		Kind:       history.KindSession,
		Start:      e.Summary.Start,
		End:        e.Summary.End,
		Routine:    e.Summary.Routine,
		FeelBefore: e.FeelBefore,
		FeelAfter:  e.FeelAfter,
		RedFlag:    e.Summary.RedFlag,
	})
}

func (j *journal) Today(now time.Time) (ui.Today, error) {
	st, res, err := streak.ComputeFile(j.path(), j.settings, now)
	if err != nil {
		return ui.Today{}, err
	}
	t := ui.Today{Streak: st.CurrentStreak, Done: st.TodayDone, Warning: res.Warning(history.FileName),
		PausedUntil: st.PausedUntil, PausedBy: st.PausedBy}
	if n := len(st.Days); n > 0 {
		t.Rolled = time.Duration(st.Days[n-1].Minutes * float64(time.Minute))
	}
	return t, nil
}

func (j *journal) Advice(now time.Time, prof profile.Profile) (advice.Advice, error) {
	return advice.AdviseFile(j.path(), prof, now)
}

func (j *journal) Progress(now time.Time) (streak.Stats, error) {
	st, _, err := streak.ComputeFile(j.path(), j.settings, now)
	return st, err
}

func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }
