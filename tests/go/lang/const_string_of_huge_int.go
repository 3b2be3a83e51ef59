// string(c) of an integer constant out of rune range is "\uFFFD", even past int (Go's
// fixedbugs/issue15039): the untyped operand keeps its untyped type.
package main

import "fmt"

func main() {
	const huge = string(1 << 100)
	const neg = string(-1)
	const r = string('a' + 1)
	type S string
	var s S = S(0x10FFFF + 1)
	fmt.Printf("%q %q %q %q %q\n", huge, neg, r, s, string(rune(65)))
}
