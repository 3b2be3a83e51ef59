package main

import "fmt"

func min(a, b string) string {
	if len(a) < len(b) {
		return a
	}
	return b
}

var max = "package-level max"

type clear struct{ n int }

// min, max and clear are predeclared only since Go 1.21, in the universe block: programs
// that declare their own min, max or clear keep working, their declarations win.
func main() {
	fmt.Println(min("longer", "short"))
	fmt.Println(max)
	c := clear{3}
	fmt.Println(c.n)
}
