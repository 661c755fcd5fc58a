package class

import "time"

// Sit seats a member who answered the first-run questions in the class
// (a new key's first connection) at now, with the answers they gave: what
// they sit out and how they roll is theirs from then on, and, as for one
// who joins late, the holds that began before are not theirs, though the
// class's clock ran on while they answered.
func (s *Seat) Sit(you You, now time.Time) {
	s.room.mu.Lock()
	defer s.room.mu.Unlock()
	s.advance(now)
	s.you, s.joined = you, now
	// What was read while they answered was read as someone else.
	s.done, s.pending, s.satOut = nil, nil, 0
	s.hits, s.spot = map[int]int{}, spot{}
}
