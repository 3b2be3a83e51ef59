package main

import "fmt"

// Building strings with += in a loop, concatenating empty strings, and comparing results
// built in different ways.
func main() {
	s := ""
	for i := 0; i < 1000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], s[len(s)-5:])
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	e := ""
	fmt.Println(e+e == "", e+"x"+e == "x", len(e+e+e))
	a := "con" + "cat"
	b := "c"
	for _, p := range []string{"o", "n", "c", "a", "t"} {
		b += p
	}
	fmt.Println(a == b, a, b)
	words := []string{"alpha", "beta", "gamma"}
	joined := ""
	for i, w := range words {
		if i > 0 {
			joined += ", "
		}
		joined += w
	}
	fmt.Println(joined, len(joined))
}
