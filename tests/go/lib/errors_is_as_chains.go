package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

// QueryError wraps an error with the query that caused it (pointer receiver).
type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

// CodeError is a value type error with an Is method matching by code.
type CodeError struct{ Code int }

func (e CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }
func (e CodeError) Is(target error) bool {
	t, ok := target.(CodeError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

// TimeoutError answers a behaviour interface.
type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e *TimeoutError) Timeout() bool   { return true }
func (e *TimeoutError) Temporary() bool { return false }

// ListError is not comparable (it holds a slice); == on it would panic.
type ListError struct{ Items []string }

func (e ListError) Error() string { return fmt.Sprint("bad items ", e.Items) }

// Alias converts itself into a target of another type through an As method.
type Alias struct{ Name string }

func (a Alias) Error() string { return "alias " + a.Name }
func (a Alias) As(target any) bool {
	if p, ok := target.(**TimeoutError); ok {
		*p = &TimeoutError{Op: "alias-" + a.Name}
		return true
	}
	return false
}

// Named error kinds of the same underlying type: assignability is by type, not shape.
type Kind string
type OtherKind string

func (k Kind) Error() string      { return "kind " + string(k) }
func (k OtherKind) Error() string { return "other kind " + string(k) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, errors.Is(a, b), errors.Is(a, a), a.Error() == b.Error())
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, a), errors.Is(a, nil), errors.Unwrap(a) == nil)
	fmt.Printf("%T %v\n", a, a)

	// A chain: fmt %w, a struct wrapper, fmt %w again.
	base := fmt.Errorf("lookup user %d: %w", 7, ErrNotFound)
	mid := &QueryError{Query: "SELECT 1", Err: base}
	top := fmt.Errorf("handler: %w", mid)
	fmt.Println(top)
	for e, depth := error(top), 0; e != nil; e, depth = errors.Unwrap(e), depth+1 {
		fmt.Printf("  %d %T is-notfound=%v\n", depth, e, errors.Is(e, ErrNotFound))
	}
	fmt.Println(errors.Is(top, ErrNotFound), errors.Is(top, mid), errors.Is(top, base),
		errors.Is(top, errors.New("not found")))
	notWrapped := fmt.Errorf("flattened: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), errors.Unwrap(notWrapped))

	// As into a pointer type, through the chain.
	var qe *QueryError
	fmt.Println(errors.As(top, &qe), qe == mid, qe.Query)
	var te *TimeoutError
	fmt.Println(errors.As(top, &te), te == nil)

	// Is methods: code 0 matches every CodeError.
	coded := fmt.Errorf("saving: %w", CodeError{404})
	fmt.Println(errors.Is(coded, CodeError{404}), errors.Is(coded, CodeError{0}),
		errors.Is(coded, CodeError{500}))
	var ce CodeError
	fmt.Println(errors.As(coded, &ce), ce.Code)

	// Interface targets: the first error in the chain with the methods wins.
	timeout := fmt.Errorf("dial: %w", &TimeoutError{Op: "connect"})
	var tmo interface{ Timeout() bool }
	fmt.Println(errors.As(timeout, &tmo), tmo.Timeout())
	fmt.Printf("%T %v\n", tmo, tmo)
	var anyErr error
	fmt.Println(errors.As(timeout, &anyErr), anyErr == timeout)
	var stringer interface{ String() string }
	fmt.Println(errors.As(timeout, &stringer), stringer == nil)

	// As methods.
	al := fmt.Errorf("wrapped: %w", Alias{"x"})
	te = nil
	fmt.Println(errors.As(al, &te), te)
	var alias Alias
	fmt.Println(errors.As(al, &alias), alias.Name)

	// Uncomparable errors: no == is attempted, so nothing panics.
	le := fmt.Errorf("ctx: %w", ListError{[]string{"a", "b"}})
	fmt.Println(errors.Is(le, ListError{[]string{"a", "b"}}), errors.Is(le, ErrNotFound))
	var lv ListError
	fmt.Println(errors.As(le, &lv), lv.Items)

	// Assignability is by exact named type.
	k := fmt.Errorf("k: %w", Kind("red"))
	var ok1 Kind
	var ok2 OtherKind
	fmt.Println(errors.As(k, &ok1), ok1, errors.As(k, &ok2), ok2 == "")
	fmt.Println(errors.Is(k, Kind("red")), errors.Is(k, OtherKind("red")))

	// As on a nil error is false and leaves the target alone.
	qe = &QueryError{Query: "kept"}
	fmt.Println(errors.As(nil, &qe), qe.Query)

	// Bad targets panic.
	try("nil target", func() { errors.As(top, nil) })
	try("non-pointer", func() { errors.As(top, qe) })
	try("nil pointer", func() { errors.As(top, (**QueryError)(nil)) })
	try("not an error", func() {
		var n int
		errors.As(top, &n)
	})
	try("value of pointer-method type", func() {
		var v QueryError
		errors.As(top, &v)
	})
}
