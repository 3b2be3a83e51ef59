// go: skip
package main

import (
	"fmt"
	"sort"
)

// Go 1.22: each iteration of a range loop has its own key and value variables, so
// closures and pointers taken in different iterations see different variables. Go 1.19
// shares one pair of variables across the loop (and has no range over int), so this
// expectation was derived from the Go 1.22 specification rather than run.
func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*rune
	for _, r := range "héllo" {
		ptrs = append(ptrs, &r)
	}
	for _, p := range ptrs {
		fmt.Print(string(*p))
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var gets []func() string
	for k, v := range m {
		gets = append(gets, func() string { return fmt.Sprint(k, "=", v) })
	}
	var out []string
	for _, g := range gets {
		out = append(out, g())
	}
	sort.Strings(out)
	fmt.Println(out)

	var counters []func() int
	for i := range 3 {
		counters = append(counters, func() int { i += 10; return i })
	}
	fmt.Println(counters[0](), counters[0](), counters[1](), counters[2]())

	// Changing this iteration's copies does not affect the iteration.
	for i, v := range []int{10, 20, 30} {
		v *= 2
		i += 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
