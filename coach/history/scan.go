package history

import (
	"bytes"
	"encoding/binary"
	"io"
	"math/bits"
	"runtime"
	"sync"
)

// blockSize is how much of the input a block holds: big enough that
// handing blocks around costs nothing next to decoding them, small enough
// that the few in flight fit in a CPU's cache and the pages a read touches
// stay few. Fresh pages are dear (a page fault each): a read that held the
// whole file and every record spent most of its time in the kernel.
const blockSize = 128 << 10

// minRecord is the shortest line that can be a record.
const minRecord = len(`{"v":1,"id":"x"}`)

// block is a run of whole lines of the input and what they decoded to.
type block struct {
	data  []byte   // whole lines, the last one maybe without its newline
	lines int      // how many lines data has
	bad   []int    // lines of data (from 0) that are not records
	recs  []Record // the records, in order...
	at    []int    // ...the line of data each is on...
	keys  []idKey  // ...and its id as a key
	done  chan struct{}
}

// scanner reads the input block by block. Decoding, most of the work, is
// shared among the CPUs; the blocks are then taken in file order, so the
// first copy of a record is the one kept and the line numbers add up.
type scanner struct {
	r         io.Reader
	blockSize int
	fn        func(*Record)
	reserve   func(n int)
	size      int64 // of the input, or -1
	noIDs     bool  // fn gets records without their ID

	// The reader's.
	carry []byte // start of a line the last block cut off
	eof   bool
	err   error

	// The taker's.
	res   Result
	lines int // in the blocks taken
	hexes idSet
	ids   map[string]struct{}
}

func scan(r io.Reader, size int64, fn func(*Record), reserve func(n int), noIDs bool) (Result, error) {
	s := &scanner{r: r, size: size, fn: fn, reserve: reserve, noIDs: noIDs, blockSize: blockSize}
	return s.run()
}

func (s *scanner) decoder() *decoder {
	d := newDecoder()
	d.noIDs = s.noIDs
	return d
}

func (s *scanner) run() (Result, error) {
	first := new(block)
	// A small file is read whole, with room to find its end.
	first.data = make([]byte, 0, s.blockSize)
	if s.size >= 0 && s.size < int64(s.blockSize) {
		first.data = make([]byte, 0, s.size+512)
	}
	s.fill(first)
	if s.err != nil {
		return Result{}, s.err
	}
	if s.eof {
		// Nothing to share.
		s.decoder().block(first)
		s.take(first)
		return s.res, nil
	}

	// The taker goes through the records one at a time: more than a few
	// decoders only wait for it.
	procs := min(runtime.GOMAXPROCS(0), 4)
	inflight := 2*procs + 1
	work := make(chan *block, inflight)
	order := make(chan *block, inflight)
	free := make(chan *block, inflight)
	quit := make(chan struct{}) // the taker has stopped, maybe in a panic
	var workers, reader sync.WaitGroup
	// Even after a panic in fn, no goroutine outlives the call.
	defer func() {
		close(quit)
		reader.Wait()
		workers.Wait()
	}()

	for range procs {
		workers.Go(func() {
			d := s.decoder()
			for b := range work {
				d.block(b)
				close(b.done)
			}
		})
	}
	// The reader. Only inflight blocks ever exist, so sends never block.
	reader.Go(func() {
		defer close(order)
		defer close(work)
		b, made := first, 1
		for {
			b.done = make(chan struct{})
			work <- b
			order <- b
			if s.eof || s.err != nil {
				return
			}
			select {
			case b = <-free:
			default:
				if made < inflight {
					b = &block{data: make([]byte, 0, s.blockSize)}
					made++
					break
				}
				select {
				case b = <-free:
				case <-quit:
					return
				}
			}
			s.fill(b)
		}
	})
	for b := range order {
		<-b.done
		s.take(b)
		free <- b
	}
	workers.Wait()
	if s.err != nil {
		return Result{}, s.err
	}
	return s.res, nil
}

// fill reads the next block: as much as fits, cut after its last newline,
// or to the end of the input. A line longer than the block makes it grow.
func (s *scanner) fill(b *block) {
	b.data = append(b.data[:0], s.carry...)
	s.carry = s.carry[:0]
	for {
		if len(b.data) == cap(b.data) {
			b.data = append(b.data, 0)[:len(b.data)] // grow
		}
		n, err := s.r.Read(b.data[len(b.data):cap(b.data)])
		b.data = b.data[:len(b.data)+n]
		if err == io.EOF {
			s.eof = true
			return
		}
		if err != nil {
			s.err = err
			return
		}
		if len(b.data) < cap(b.data) {
			continue
		}
		if i := bytes.LastIndexByte(b.data, '\n'); i >= 0 {
			s.carry = append(s.carry, b.data[i+1:]...)
			b.data = b.data[:i+1]
			return
		}
	}
}

// block decodes the lines of b.
func (d *decoder) block(b *block) {
	b.lines, b.bad, b.recs, b.at, b.keys = 0, b.bad[:0], b.recs[:0], b.at[:0], b.keys[:0]
	d.textHint = len(b.data) / 4
	for line := range bytes.Lines(b.data) {
		switch {
		case skipSpace(line, 0) == len(line): // blank: not counted
		case len(line) < minRecord:
			b.bad = append(b.bad, b.lines)
		default:
			b.recs = append(b.recs, Record{})
			if r := &b.recs[len(b.recs)-1]; d.decode(line, r) {
				b.at = append(b.at, b.lines)
				k := idKey{d.key, true}
				if !d.elided {
					k.id, k.hex = hexID(r.ID)
				}
				b.keys = append(b.keys, k)
			} else {
				b.recs = b.recs[:len(b.recs)-1]
				b.bad = append(b.bad, b.lines)
			}
		}
		b.lines++
	}
}

// take hands the records of the next block in file order to fn, each id
// once, and notes the lines skipped.
func (s *scanner) take(b *block) {
	if s.lines == 0 && s.hexes.slots == nil {
		// Guess from the first block how many records there are.
		n := len(b.recs) + 16
		if s.size > int64(len(b.data)) && len(b.data) > 0 {
			n = int(float64(s.size)/float64(len(b.data))*float64(len(b.recs))*1.02) + 16
			// Short records up front say little about the rest; no line
			// backroll writes is under a hundred bytes.
			n = min(n, int(s.size/100)+16)
		}
		if s.reserve != nil {
			s.reserve(n)
		}
		s.hexes.init(n)
	}
	for _, l := range b.bad {
		s.res.Unreadable = append(s.res.Unreadable, s.lines+l+1)
	}
	s.hexes.touch(b.keys)
	for i := range b.recs {
		r := &b.recs[i]
		switch {
		case s.seen(r.ID, &b.keys[i]):
		case r.V > Version:
			s.res.Newer = append(s.res.Newer, s.lines+b.at[i]+1)
		default:
			if s.noIDs {
				r.ID = ""
			}
			s.fn(r)
		}
	}
	s.lines += b.lines
}

// seen reports whether id, whose key is k, was seen before, and remembers
// it.
func (s *scanner) seen(id string, k *idKey) bool {
	if k.hex {
		return !s.hexes.add(&k.id)
	}
	if s.ids == nil {
		s.ids = make(map[string]struct{})
	}
	if _, ok := s.ids[id]; ok {
		return true
	}
	s.ids[id] = struct{}{}
	return false
}

// idKey is an id made by NewID as the 16 bytes it stands for.
type idKey struct {
	id  [16]byte
	hex bool // id is the key; else the id is not in hex
}

// idSet is a set of ids as 16 bytes, with open addressing: a Go map of
// them took a read's whole time to itself, a cache miss or two per id.
type idSet struct {
	slots [][16]byte // an empty slot is all zero...
	zero  bool       // ...so the zero id is kept here
	n     int
}

// init makes room for n ids.
func (t *idSet) init(n int) {
	t.slots = make([][16]byte, max(n*10/7, 64))
	// Write the fresh pages in order: reading one first (see touch) would
	// map the zero page, and writing it then fault a second time.
	clear(t.slots)
}

// add adds k and reports whether it was new.
func (t *idSet) add(k *[16]byte) bool {
	if *k == ([16]byte{}) {
		seen := t.zero
		t.zero = true
		return !seen
	}
	if t.slots == nil || (t.n+1)*10 > len(t.slots)*7 {
		t.grow()
	}
	for i := t.home(k); ; {
		slot := &t.slots[i]
		if *slot == *k {
			return false
		}
		if *slot == ([16]byte{}) {
			*slot = *k
			t.n++
			return true
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// touch reads the slots where keys go before they are added. Each add
// would wait for memory in turn (a read with random ids touches a cache
// line and a page no read before did); loads that depend on nothing wait
// all at once.
func (t *idSet) touch(keys []idKey) {
	var sum byte
	for i := range keys {
		if keys[i].hex {
			sum += t.slots[t.home(&keys[i].id)][0]
		}
	}
	touchSink = sum
}

var touchSink byte

// home is where k goes if nothing else is there.
func (t *idSet) home(k *[16]byte) int {
	lo, hi := binary.LittleEndian.Uint64(k[:8]), binary.LittleEndian.Uint64(k[8:])
	// Ids from NewID are random already; mixing keeps others apart too.
	h := (lo ^ bits.RotateLeft64(hi, 29)) * 0x9e3779b97f4a7c15
	i, _ := bits.Mul64(h, uint64(len(t.slots))) // h scaled to the slots
	return int(i)
}

func (t *idSet) grow() {
	old := t.slots
	t.init(len(old) * 2 * 7 / 10)
	t.n = 0
	for i := range old {
		if old[i] != ([16]byte{}) {
			t.add(&old[i])
		}
	}
}

// hexID decodes an id of 32 lowercase hex digits, as NewID makes them.
// Upper case is left out: "A" and "a" are different ids.
func hexID[T string | []byte](id T) (k [16]byte, ok bool) {
	if len(id) != 32 {
		return k, false
	}
	for i := range k {
		hi, lo := unhex[id[2*i]], unhex[id[2*i+1]]
		if hi|lo > 0xf {
			return k, false
		}
		k[i] = hi<<4 | lo
	}
	return k, true
}

var unhex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i, c := range "0123456789abcdef" {
		t[c] = byte(i)
	}
	return t
}()
