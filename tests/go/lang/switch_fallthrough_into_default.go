package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n < 0:
		out = append(out, "negative")
		fallthrough
	default:
		out = append(out, "default")
		fallthrough
	case n == 100:
		out = append(out, "hundred-case")
	case n > 1000:
		out = append(out, "huge")
	}
	return out
}

// fallthrough transfers to the next clause in source order, whatever its condition, also
// into and out of a default clause placed in the middle.
func main() {
	fmt.Println(describe(-5))
	fmt.Println(describe(5))
	fmt.Println(describe(100))
	fmt.Println(describe(5000))
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		if x == 2 {
			break
		}
		fallthrough
	case 3:
		fmt.Println("three")
	}
}
