// error: 16:9: invalid break label L
// error: 19:12: invalid continue label L
// error: 21:1: label M defined and not used
// A labelled break must name an enclosing for, switch or select; a labelled continue an
// enclosing for; every label must be used.
package main

import "fmt"

func main() {
L:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for {
		break L
	}
	if true {
		continue L
	}
M:
	fmt.Println()
}
