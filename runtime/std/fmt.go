// Package fmt: formatted output as Go's fmt does it, byte for byte.
//
// The formatting engine is C (runtime/lib/format.c): the Print, Sprint and Fprint families,
// Errorf's message, the Scan families, the methods of a Format method's State and of a Scan
// method's ScanState, and FormatString are natives.
//
// Fprint* take any value with a Write([]byte) (int, error) method (io.Writer's method set);
// os.Stdout and os.Stderr are written to directly. Fscan* take any value with a Read method,
// and call its ReadRune and UnreadRune when it has them (io.RuneScanner). The scanning engine
// is C too (runtime/lib/format_scan.c). The printer and the scanner call Format and Scan
// methods through formatHook and scanHook, which this package registers when it is
// initialised.
//
// Natives: lib_fmt_funcs in runtime/lib/fmt.c.
package fmt

import "errors"

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value: %v, %s, %q, %x, %X and Print use it.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which %#v uses.
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by any value that has a Format method: it takes over every verb
// (but %T and %p) and writes its own output to f.
type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Format method gets: where to write, and the verb's options.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// formatC is the printer's side of a Format call, which only its C natives see into.
type formatC struct{}

// state is the State a Format method gets: its methods (Write, WriteString, Width, Precision,
// Flag) are natives that write into the printer and read the verb's options.
type state struct {
	c *formatC
}

// formatHook is how the printer (runtime/lib/format.c) calls a Format method.
func formatHook(f Formatter, verb rune, c *formatC) {
	f.Format(&state{c}, verb)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for the
// representation of a value and stores the result in the receiver (a pointer, to be useful).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is what a Scan method gets: the input, rune by rune or token by token.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// reader is io.Reader's method set: what the Fscan family reads from.
type reader interface {
	Read(p []byte) (n int, err error)
}

// scanC is the scanner's state, which only its C natives see into.
type scanC struct{}

// ss is the ScanState a Scan method gets; its methods but Read are natives.
type ss struct {
	c *scanC
}

func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// scanHook is how the scanner (runtime/lib/format_scan.c) calls a Scan method.
func scanHook(x Scanner, verb rune, c *scanC) error {
	return x.Scan(&ss{c}, verb)
}

func init() {
	setHooks(formatHook, scanHook, errors.New)
}

// writer is io.Writer's method set: what the Fprint family writes to.
type writer interface {
	Write(p []byte) (n int, err error)
}

// Errorf formats according to a format specifier and returns the string as an error.
// A %w verb with an error operand makes the result wrap that operand (Unwrap() error);
// several %w verbs make it wrap them all (Unwrap() []error).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	default:
		var errs []error
		for i, n := range wrapped {
			if i > 0 && wrapped[i-1] == n {
				continue
			}
			if e, ok := a[n].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{s, errs}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// Append formats its operands as Sprint does and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats its operands as Sprintln does and appends the result to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}
