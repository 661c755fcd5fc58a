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
	w *bufio.Writer
	n int
}

func (e *jsonExporter) Write(r *Record) error {
	b, err := json.MarshalIndent(r, "  ", "  ")
	if err != nil {
		return err
	}
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
