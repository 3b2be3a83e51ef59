package main

import (
	"fmt"
	"strings"
)

type op func(int, int) int

func apply(f op, a, b int) int { return f(a, b) }

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func named() (n int, err error) { return }

// Function values: nil comparison, named func types, library functions as values,
// composition, and the printed form of function types.
func main() {
	var f op
	fmt.Println(f == nil)
	f = func(a, b int) int { return a*10 + b }
	fmt.Println(f != nil, apply(f, 4, 2), apply(func(a, b int) int { return a - b }, 4, 2))
	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hey "))
	table := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(table["add"](3, 4), table["sub"](3, 4), table["mul"] == nil)
	fmt.Printf("%T\n%T\n%T\n%T\n", f, compose, named, main)
	fmt.Printf("%T\n", func(...string) (bool, error) { return false, nil })
}
