// error: 14:14: use of package fmt not in selector
// error: 16:2: non-name t.x on left side of :=
// error: 17:6: cannot use _ as value
// error: 18:10: cannot use _ as value
// A package name is only usable as a qualifier; := declares plain names only; the blank
// identifier can be assigned to but never read.
package main

import "fmt"

type T struct{ x int }

func main() {
	fmt.Println(fmt)
	t := T{}
	t.x := 2
	_ = _
	var y = _
	_ = y
}
