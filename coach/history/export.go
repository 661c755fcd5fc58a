package history

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"
)

// Exporter writes records one at a time, so that an export of any length
// holds one record in memory.
type Exporter interface {
	Write(r *Record) error
	Close() error // finishes the output; the writer stays open
}

// WriteJSON writes recs as one indented JSON array.
func WriteJSON(w io.Writer, recs []Record) error { return writeAll(NewJSON(w), recs) }

// WriteCSV writes recs as CSV with a header row.
func WriteCSV(w io.Writer, recs []Record) error { return writeAll(NewCSV(w), recs) }

func writeAll(e Exporter, recs []Record) error {
	for i := range recs {
		if err := e.Write(&recs[i]); err != nil {
			return err
		}
	}
	return e.Close()
}

// NewJSON exports to w one indented JSON array, as encoding/json would
// write the whole slice of records: "[]" when there is none.
func NewJSON(w io.Writer) Exporter { return &jsonExporter{w: bufio.NewWriter(w)} }

type jsonExporter struct {
	w   *bufio.Writer
	n   int
	buf []byte
}

// indented appends r to b as json.MarshalIndent(r, "  ", "  ") writes it,
// but by hand, a few times faster, for records that passed the door,
// whose strings are identifiers; anything else goes through
// encoding/json. TestJSONExportAsEncodingJSON holds them to the same
// bytes.
func indented(b []byte, r *Record) ([]byte, error) {
	for _, s := range []string{r.ID, r.Session, r.Kind, r.Exercise, r.Side, r.Routine} {
		if s != "" && !isIdent(s) {
			return json.MarshalIndent(r, "  ", "  ")
		}
	}
	str := func(key, v string) {
		b = append(b, ",\n    \""...)
		b = append(b, key...)
		b = append(b, "\": \""...)
		b = append(b, v...)
		b = append(b, '"')
	}
	num := func(key string, v int) {
		b = append(b, ",\n    \""...)
		b = append(b, key...)
		b = append(b, "\": "...)
		b = strconv.AppendInt(b, int64(v), 10)
	}
	flag := func(key string, v bool) {
		b = append(b, ",\n    \""...)
		b = append(b, key...)
		b = append(b, "\": "...)
		b = strconv.AppendBool(b, v)
	}
	tm := func(key string, t time.Time) {
		b = append(b, ",\n    \""...)
		b = append(b, key...)
		b = append(b, "\": \""...)
		b = t.AppendFormat(b, time.RFC3339Nano)
		b = append(b, '"')
	}
	if y := r.Start.Year(); y < 0 || y > 9999 || !r.End.IsZero() && (r.End.Year() < 0 || r.End.Year() > 9999) {
		return json.MarshalIndent(r, "  ", "  ") // which refuses such a time
	}
	b = append(b, "{\n    \"v\": "...)
	b = strconv.AppendInt(b, int64(r.V), 10)
	str("id", r.ID)
	str("session", r.Session)
	str("kind", r.Kind)
	if r.Exercise != "" {
		str("exercise", r.Exercise)
	}
	if r.Side != "" {
		str("side", r.Side)
	}
	tm("start", r.Start)
	if !r.End.IsZero() {
		tm("end", r.End)
	}
	if r.Routine != "" {
		str("routine", r.Routine)
	}
	if r.Kind == KindHold {
		num("planned_s", r.PlannedS)
		num("rolled_s", r.RolledS)
		flag("completed", r.Completed)
	}
	if r.Tender != 0 {
		num("tender", r.Tender)
	}
	if r.FeelBefore != nil {
		num("feel_before", *r.FeelBefore)
	}
	if r.FeelAfter != nil {
		num("feel_after", *r.FeelAfter)
	}
	if r.RedFlag {
		flag("red_flag", true)
	}
	return append(b, "\n  }"...), nil
}

func (e *jsonExporter) Write(r *Record) error {
	b, err := indented(e.buf[:0], r)
	if err != nil {
		return err
	}
	e.buf = b
	sep := ",\n  "
	if e.n == 0 {
		sep = "[\n  "
	}
	e.n++
	e.w.WriteString(sep)
	_, err = e.w.Write(b)
	return err
}

func (e *jsonExporter) Close() error {
	if e.n == 0 {
		e.w.WriteString("[]\n")
	} else {
		e.w.WriteString("\n]\n")
	}
	return e.w.Flush()
}

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"v", "id", "session", "kind", "exercise", "side", "start", "end",
	"routine", "planned_s", "rolled_s", "completed", "feel_before", "feel_after", "tender", "red_flag"}

// NewCSV exports to w as CSV with a header row. Cells that do not apply to
// a record's kind are left empty.
func NewCSV(w io.Writer) Exporter { return &csvExporter{w: csv.NewWriter(w)} }

type csvExporter struct {
	w      *csv.Writer
	headed bool
}

func (e *csvExporter) head() error {
	if e.headed {
		return nil
	}
	e.headed = true
	return e.w.Write(csvHeader)
}

func (e *csvExporter) Write(r *Record) error {
	if err := e.head(); err != nil {
		return err
	}
	var planned, rolled, completed, tender, redFlag string
	switch r.Kind {
	case KindHold:
		planned, rolled = strconv.Itoa(r.PlannedS), strconv.Itoa(r.RolledS)
		completed, tender = strconv.FormatBool(r.Completed), strconv.Itoa(r.Tender)
	case KindSession:
		redFlag = strconv.FormatBool(r.RedFlag)
	}
	return e.w.Write([]string{strconv.Itoa(r.V), r.ID, r.Session, r.Kind, r.Exercise, r.Side,
		timeCell(r.Start), timeCell(r.End), r.Routine, planned, rolled, completed,
		intCell(r.FeelBefore), intCell(r.FeelAfter), tender, redFlag})
}

func (e *csvExporter) Close() error {
	if err := e.head(); err != nil {
		return err
	}
	e.w.Flush()
	return e.w.Error()
}

func timeCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func intCell(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
