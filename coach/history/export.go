package history

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"
)

// WriteJSON writes recs as one indented JSON array.
func WriteJSON(w io.Writer, recs []Record) error {
	if recs == nil {
		recs = []Record{} // "[]", not "null"
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}

// csvHeader names the columns WriteCSV writes.
var csvHeader = []string{"v", "id", "session", "kind", "exercise", "side", "start", "end",
	"routine", "planned_s", "rolled_s", "completed", "feel_before", "feel_after", "tender", "red_flag"}

// WriteCSV writes recs as CSV with a header row. Cells that do not apply to
// a record's kind are left empty.
func WriteCSV(w io.Writer, recs []Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range recs {
		var planned, rolled, completed, tender, redFlag string
		switch r.Kind {
		case KindHold:
			planned, rolled = strconv.Itoa(r.PlannedS), strconv.Itoa(r.RolledS)
			completed, tender = strconv.FormatBool(r.Completed), strconv.Itoa(r.Tender)
		case KindSession:
			redFlag = strconv.FormatBool(r.RedFlag)
		}
		err := cw.Write([]string{strconv.Itoa(r.V), r.ID, r.Session, r.Kind, r.Exercise, r.Side,
			timeCell(r.Start), timeCell(r.End), r.Routine, planned, rolled, completed,
			intCell(r.FeelBefore), intCell(r.FeelAfter), tender, redFlag})
		if err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
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
