// Package store owns the history for everyone: the journal the app writes
// holds and sessions to, today's figures, the summaries behind status and
// stats, export and merge. Records come in through history's one door.
//
// The running app reads the history once, when it first asks for a
// figure; after that its own records are added to what it knows, and
// nothing re-reads the file after its own writes. Lines another process
// adds (a second backroll, a merge, a sync) are seen by the file's size,
// and the next figure asked for reads the history again. Status and stats read only the
// lines added since the rollup kept in the cache folder (see rollup.go).
package store

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/backroll/backroll/coach"
	"github.com/backroll/backroll/coach/advice"
	"github.com/backroll/backroll/coach/history"
	"github.com/backroll/backroll/coach/profile"
	"github.com/backroll/backroll/coach/streak"
)

// Store is the history of one data folder. Its methods are safe to call
// from several goroutines: the app writes and reads from commands.
type Store struct {
	dir, cache string
	set        streak.Settings

	mu    sync.Mutex
	log   *history.Log // opened on the first write
	known *known       // what the history holds, once read
}

// known is what the app keeps of the history while it runs.
type known struct {
	tally   *streak.Tally
	skipped history.Result
	recent  []history.Record // since advice.Window before the read
	size    int64            // the file's size this covers, from before the read; -1 for none
}

// SessionEnd is what the session's own record keeps.
type SessionEnd struct {
	Summary               coach.Summary
	FeelBefore, FeelAfter *int // 0 fine to 10 very sore, when given
}

// Today is what home and the summary say about the streak.
type Today struct {
	Streak  int           // current streak in days
	Done    bool          // today already counts
	Rolled  time.Duration // rolled today
	Warning string        // e.g. unreadable lines in the history, left as they are
	// A streak at rest: the last day of the pause (2006-01-02) and why
	// (streak.PausedByYou or PausedByRedFlag); "" when not paused.
	PausedUntil, PausedBy string
	RedFlag               bool // a session today reported a sign to stop (p)
}

// Open returns the store of the history in dir, keeping its rollup in the
// folder cache ("" keeps none). Nothing is read or written yet: a folder
// that cannot be written costs the person their record, never their
// session.
func Open(dir, cache string, set streak.Settings) *Store {
	return &Store{dir: dir, cache: cache, set: set}
}

// Path is the history file's path.
func (s *Store) Path() string { return filepath.Join(s.dir, history.FileName) }

// Settings are the streak settings the store sums up under.
func (s *Store) Settings() streak.Settings { return s.set }

// Start makes the id of a new session.
func (s *Store) Start(string, time.Time) string { return history.NewID() }

// Hold saves a hold that ended.
func (s *Store) Hold(session string, e coach.HoldEvent) error {
	return s.Append(HoldRecord(session, e))
}

// End saves the session's own record.
func (s *Store) End(session string, e SessionEnd) error {
	return s.Append(history.Record{
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

// HoldRecord is the record of the hold e of session.
func HoldRecord(session string, e coach.HoldEvent) history.Record {
	return history.Record{
		Session:   session,
		Kind:      history.KindHold,
		Exercise:  e.Exercise,
		Side:      e.Side,
		Start:     e.Start,
		PlannedS:  seconds(e.Planned),
		RolledS:   seconds(e.Rolled),
		Completed: e.Completed,
		Tender:    e.Tender,
	}
}

func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }

// Append durably adds r to the history and to what the store knows.
func (s *Store) Append(r history.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.log == nil {
		l, err := history.Open(s.dir)
		if err != nil {
			return err
		}
		s.log = l
	}
	before := s.size()
	r, err := s.log.Append(r)
	if err != nil {
		return err
	}
	if s.known != nil {
		s.known.tally.Add(&r)
		s.known.recent = append(s.known.recent, r)
		if before == s.known.size {
			s.known.size = s.size()
		} else {
			s.known = nil // others wrote too: read it all again when asked
		}
	}
	return nil
}

// size is the history file's size now, or -1 when it cannot be told.
func (s *Store) size() int64 {
	st, err := os.Lstat(s.Path())
	if err != nil {
		return -1
	}
	return st.Size()
}

// load reads the history by way of the rollup: once, and again when the
// file's size says another process wrote to it. The caller holds mu.
func (s *Store) load(now time.Time) error {
	size := s.size()
	if s.known != nil && s.known.size == size {
		return nil
	}
	k := &known{size: size}
	var err error
	k.tally, k.skipped, k.recent, err = s.summary(now, true)
	if err != nil {
		return err
	}
	s.known = k
	return nil
}

// Today is what home says about today, from what the store knows.
func (s *Store) Today(now time.Time) (Today, error) {
	st, skipped, err := s.stats(now)
	if err != nil {
		return Today{}, err
	}
	t := Today{Streak: st.CurrentStreak, Done: st.TodayDone, Warning: skipped.Warning(history.FileName),
		PausedUntil: st.PausedUntil, PausedBy: st.PausedBy, RedFlag: st.RedFlagToday}
	if n := len(st.Days); n > 0 {
		t.Rolled = time.Duration(st.Days[n-1].Minutes * float64(time.Minute))
	}
	return t, nil
}

// Progress is the figures the progress screen shows.
func (s *Store) Progress(now time.Time) (streak.Stats, error) {
	st, _, err := s.stats(now)
	return st, err
}

func (s *Store) stats(now time.Time) (streak.Stats, history.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(now); err != nil {
		return streak.Stats{}, history.Result{}, err
	}
	return s.known.tally.Stats(s.known.skipped, now), s.known.skipped, nil
}

// Advice is what the history suggests for this person now.
func (s *Store) Advice(now time.Time, prof profile.Profile) (advice.Advice, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(now); err != nil {
		return advice.Advice{}, err
	}
	return advice.Advise(s.known.recent, prof, s.set, now), nil
}

// Stats sums up the whole history as of now, for status and stats: from
// the rollup and the lines added since.
func (s *Store) Stats(now time.Time) (streak.Stats, history.Result, error) {
	t, skipped, _, err := s.summary(now, false)
	if err != nil {
		return streak.Stats{}, history.Result{}, err
	}
	return t.Stats(skipped, now), skipped, nil
}

// Scan hands every record to fn, each id once, in file order, for export
// and the report: in memory that does not grow with the history (see
// history.ScanFile).
func (s *Store) Scan(now time.Time, fn func(*history.Record)) (history.Result, error) {
	if err := history.CheckDir(s.dir); err != nil {
		return history.Result{}, err
	}
	return history.ScanFile(s.Path(), now, fn)
}

// Merge folds the history file src into this one (see history.Merge).
func (s *Store) Merge(src string, now time.Time) (history.MergeResult, error) {
	if _, err := history.Open(s.dir); err != nil {
		return history.MergeResult{}, err
	}
	return history.Merge(s.Path(), src, now)
}
