// Package fmt: formatted output as Go's fmt does it, byte for byte.
//
// The formatting engine is C (runtime/lib/format.c); its natives (runtime/lib/fmt.c) are:
//
//	Print, Println, Printf, Sprint, Sprintln, Sprintf, Fprint, Fprintln, Fprintf
//	errorf(format string, a []any) (string, []int)   Errorf's message and its %w operands
//
//	setFormatHook(hook func(Formatter, rune, *[]byte, int, int, int))
//
// Fprint* take any value with a Write([]byte) (int, error) method (io.Writer's method set);
// os.Stdout and os.Stderr are written to directly. The printer calls a Format method through
// formatHook, which this package registers when it is initialised.
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

// The options of a verb, as the printer passes them to formatHook.
const (
	flagMinus = 1 << iota
	flagPlus
	flagSharp
	flagSpace
	flagZero
	flagWidth
	flagPrec
)

// state is the State a Format method writes to: its output goes to *out, which the printer
// appends to its own, even when Format panics half way.
type state struct {
	out       *[]byte
	wid, prec int
	flags     int
}

func (s *state) Write(b []byte) (int, error) {
	*s.out = append(*s.out, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	*s.out = append(*s.out, str...)
	return len(str), nil
}

func (s *state) Width() (int, bool) { return s.wid, s.flags&flagWidth != 0 }

func (s *state) Precision() (int, bool) { return s.prec, s.flags&flagPrec != 0 }

func (s *state) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&flagMinus != 0
	case '+':
		return s.flags&flagPlus != 0
	case '#':
		return s.flags&flagSharp != 0
	case ' ':
		return s.flags&flagSpace != 0
	case '0':
		return s.flags&flagZero != 0
	}
	return false
}

// formatHook is how the printer (runtime/lib/format.c) calls a Format method.
func formatHook(f Formatter, verb rune, out *[]byte, wid, prec, flags int) {
	f.Format(&state{out, wid, prec, flags}, verb)
}

func init() {
	setFormatHook(formatHook)
}

// FormatString returns the directive (such as "%-08.3x") that state was made for.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	return string(append(b, string(verb)...))
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
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
