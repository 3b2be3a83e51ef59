// Package errors: error values, wrapping trees and their inspection (Go 1.22 semantics).
//
// Natives stand in for the reflection Go's errors package uses (is a dynamic type
// comparable, is As's target usable, does an error's type fit it).
//
// Natives: lib_errors_funcs in runtime/lib/errors.c.
package errors

// New returns an error whose Error method returns text. Each call makes a distinct value,
// even for the same text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported tells that an operation cannot be carried out because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns what err's Unwrap() error method returns, or nil when err has none.
// An Unwrap() []error method (as Join's errors have) is not followed.
func Unwrap(err error) error {
	w, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return w.Unwrap()
}

// Is reports whether some error in err's tree matches target: is equal to it, or has an
// Is(error) bool method that says so. The tree is walked depth first: err, then what its
// Unwrap() error or Unwrap() []error method gives.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return isIn(err, target, isComparable(target))
}

func isIn(err, target error, comparable bool) bool {
	for {
		if comparable && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && isIn(e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Results of the native asCheck.
const (
	asTargetOK = iota
	asTargetNil
	asTargetNotPointer
	asTargetBadElem
)

// errorPtr's dynamic type is *error: the native finds the error interface through it.
var errorPtr any = (*error)(nil)

// As finds the first error in err's tree whose dynamic type is assignable to the type
// target points at (or that has an As(any) bool method accepting target), stores it in
// *target and reports true. It panics unless target is a non-nil pointer to an interface
// or to a type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	switch asCheck(target, errorPtr) {
	case asTargetNil:
		panic("errors: target cannot be nil")
	case asTargetNotPointer:
		panic("errors: target must be a non-nil pointer")
	case asTargetBadElem:
		panic("errors: *target must be interface or implement error")
	}
	return asIn(err, target)
}

func asIn(err error, target any) bool {
	for {
		if asStore(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		switch w := err.(type) {
		case interface{ Unwrap() error }:
			err = w.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range w.Unwrap() {
				if e != nil && asIn(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error wrapping the non-nil errors of errs, or nil if there are none.
// Its message is their messages, one per line.
func Join(errs ...error) error {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	j := &joinError{errs: make([]error, 0, n)}
	for _, e := range errs {
		if e != nil {
			j.errs = append(j.errs, e)
		}
	}
	return j
}

type joinError struct {
	errs []error
}

func (j *joinError) Error() string {
	if len(j.errs) == 1 {
		return j.errs[0].Error()
	}
	var b []byte
	for i, e := range j.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, e.Error()...)
	}
	return string(b)
}

func (j *joinError) Unwrap() []error {
	return j.errs
}
