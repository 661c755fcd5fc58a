package screen

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/backroll/backroll/coach/files"
	"github.com/backroll/backroll/coach/text"
)

// CrashError is Run's error when a panic stopped the program. It matches
// tea.ErrProgramPanic.
type CrashError struct {
	Value any    // what was passed to panic
	Path  string // the crash file, holding the value and the stack; "" if it could not be written
	stack []byte
	write error // why the crash file is missing
}

func (e *CrashError) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("panic: %v (the crash file could not be written: %v)\n%s", e.Value, e.write, e.stack)
	}
	return fmt.Sprintf("panic: %v; the details are in %s", e.Value, e.Path)
}

func (e *CrashError) Unwrap() error { return tea.ErrProgramPanic }

// caught is the panic being recovered, with the stack of the goroutine that
// panicked: debug.Stack in a deferred call still sees the frames that
// panicked.
func caught(r any) *CrashError {
	return &CrashError{Value: r, stack: debug.Stack()}
}

// save writes the crash file in dir, named for the moment it happened.
func (e *CrashError) save(dir string, now time.Time) {
	if dir == "" {
		e.write = fmt.Errorf("no folder for it")
		return
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		e.write = err
		return
	}
	path := filepath.Join(dir, "crash-"+now.Format("20060102-150405.000")+".txt")
	// A panic's value may quote outside text: written out, never sent.
	body := text.InertLines(fmt.Sprintf("panic: %v\n\n%s", e.Value, e.stack))
	// Whole or not at all, and never through a link planted at its name.
	if err := files.WriteWhole(path, 0o600, func(w io.Writer) error {
		_, err := io.WriteString(w, body)
		return err
	}); err != nil {
		e.write = err
		return
	}
	e.Path = path
}

// crashMsg carries a panic from a command or a goroutine of Run's to the
// event loop, which ends the program with it.
type crashMsg struct{ err *CrashError }

// guard runs cmd with its panic, if any, turned into a crashMsg. Bubble Tea
// would catch it too, but print its stack on the alternate screen, where it
// vanishes.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{caught(r)}
			}
		}()
		return guardEach(cmd())
	}
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// guardEach guards the commands of a batch or a sequence, which Bubble Tea
// runs itself. A sequence's type is unexported, hence reflect: the copy
// keeps the type, so Bubble Tea still runs it in order.
func guardEach(msg tea.Msg) tea.Msg {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	g := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		g.Index(i).Set(reflect.ValueOf(guard(v.Index(i).Interface().(tea.Cmd))))
	}
	return g.Interface()
}
