// Package fmt: formatted output as Go's fmt does it, byte for byte.
//
// The formatting engine is C (runtime/lib/format.c); its natives (runtime/lib/fmt.c) are:
//
//	Print, Println, Printf, Sprint, Sprintln, Sprintf, Fprint, Fprintln, Fprintf
//	errorf(format string, a []any) (string, []int)   Errorf's message and its %w operands
//
// Fprint* take any value with a Write([]byte) (int, error) method (io.Writer's method set);
// os.Stdout and os.Stderr are written to directly. Formatter, State and the Scan family are
// not provided.
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
