// go: skip
package main

import (
	"fmt"
	"io"
)

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// Since Go 1.20 interface types (any, error) satisfy comparable; comparing two interface
// values that hold the same uncomparable dynamic type then panics at run time. Derived
// from the Go 1.20 specification (Go 1.19 rejects Index[any] at compile time).
func main() {
	vals := []any{1, "two", 3.0, nil}
	fmt.Println(Index(vals, any("two")), Index(vals, any(nil)), Index(vals, any(3)))
	errs := []error{nil, io.EOF}
	fmt.Println(Index(errs, io.EOF), Index(errs, nil))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(Index([]any{"x", []int{1}}, any([]int{1})))
}
