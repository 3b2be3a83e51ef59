// go: skip
// error: 14:9: declared and not used: x
// error: 22:9: declared and not used: c
// error: 25:6: declared and not used: z
// Go 1.19 words these "x declared but not used"; Go 1.20 and later "declared and not
// used: x" (positions checked with Go 1.19). The symbol of a type switch is unused when no
// clause uses it; so is a range value never read, and one name of a var list. Unused
// parameters are not errors, and n++ counts as a use of n (no error for n).
package main

import "fmt"

func describe(v interface{}, unusedParam int) {
	switch x := v.(type) {
	case int:
		fmt.Println("int")
	}
}

func main() {
	s := "abc"
	for i, c := range s {
		fmt.Println(i)
	}
	var z, w int
	w = 1
	fmt.Println(w)
	n := 0
	n++
	describe(1, 2)
}
