package main

import "fmt"

// CRLF line endings: carriage returns are white space, and they are removed from raw
// string literals (but kept when written as \r in interpreted ones).
func main() {
	raw := `line one
line two`
	fmt.Printf("%q %d\n", raw, len(raw))
	fmt.Printf("%q\n", "a\r\nb")
	x := 1 +
		2
	fmt.Println(x)
}
