// go: skip
package main

import (
	"errors"
	"fmt"
)

// Go 1.20+: errors.Join, Unwrap() []error trees walked depth first by Is and As;
// Go 1.21's ErrUnsupported; As(nil, ...) is false before any check.

var (
	ErrA = errors.New("A")
	ErrB = errors.New("B")
	ErrC = errors.New("C")
)

type Tagged struct{ Tag string }

func (t *Tagged) Error() string { return "tagged " + t.Tag }

// multi has its own Unwrap() []error, with a nil in the list.
type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprintf("multi of %d", len(m.errs)) }
func (m multi) Unwrap() []error { return m.errs }

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)

	j := errors.Join(ErrA, nil, ErrB)
	fmt.Printf("%q\n", j.Error())
	fmt.Printf("%T %v\n", j, errors.Unwrap(j) == nil)
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	one := errors.Join(ErrC)
	fmt.Printf("%q %v %v\n", one.Error(), one == ErrC, errors.Is(one, ErrC))

	// A tree: a multi holding a Join and a wrapped error.
	t1, t2 := &Tagged{"first"}, &Tagged{"second"}
	tree := multi{[]error{errors.Join(ErrA, t1), fmt.Errorf("inner: %w", t2)}}
	fmt.Println(tree)
	fmt.Println(errors.Unwrap(tree) == nil, errors.Is(tree, ErrA), errors.Is(tree, ErrB))
	var tg *Tagged
	fmt.Println(errors.As(tree, &tg), tg.Tag) // depth first: "first" before "second"

	// Nested joins print one message per line.
	nested := errors.Join(errors.Join(ErrA, ErrB), ErrC)
	fmt.Printf("%q\n", nested.Error())
	fmt.Println(errors.Is(nested, ErrB))

	// A custom tree with a nil child.
	m := fmt.Errorf("wrapped: %w", multi{[]error{nil, ErrB, &Tagged{"deep"}}})
	fmt.Println(m, errors.Is(m, ErrB), errors.Is(m, ErrA))
	tg = nil
	fmt.Println(errors.As(m, &tg), tg)

	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported),
		errors.ErrUnsupported))

	// As with a nil error returns false before looking at the target.
	fmt.Println(errors.As(nil, nil), errors.As(nil, 42))
}
