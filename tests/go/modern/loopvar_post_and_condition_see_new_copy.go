// go: skip
package main

import "fmt"

// Go 1.22 three-clause loops: "The variable used by each subsequent iteration is declared
// implicitly before executing the post statement and initialized to the value of the
// previous iteration's variable at that moment." So a closure made in the post statement
// captures the next iteration's variable, and the condition is evaluated on each new
// variable. Derived from the Go 1.22 specification (Go 1.19 prints [3 3 3] and [3 3 3 3]).
func main() {
	var fs []func() int
	for i := 0; i < 3; fs = append(fs, func() int { return i }) {
		i++
	}
	var vals []int
	for _, f := range fs {
		vals = append(vals, f())
	}
	fmt.Println(vals)

	var ptrs []*int
	record := func(p *int) bool {
		ptrs = append(ptrs, p)
		return *p < 3
	}
	for i := 0; record(&i); i++ {
	}
	vals = nil
	for _, p := range ptrs {
		vals = append(vals, *p)
	}
	fmt.Println(vals, ptrs[0] != ptrs[1])
}
