// error: 9:13: syntax error: unexpected newline
// A newline inside parentheses where an operand or ) is needed. (Go 1.19 continues
// ", expecting )", later versions ", expected )".)
package main

import "fmt"

func main() {
	x := (1 + 2
	fmt.Println(x)
}
