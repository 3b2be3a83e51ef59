// A struct literal evaluates the value given for a blank field but stores none (Go's issue
// 31546): the field stays zero, in registers and in memory.
package main

import (
	"fmt"
	"reflect"
)

var x = struct{ a, _, c int }{1, 2, 3}

func f() int { fmt.Println("f called"); return 7 }

type Big struct {
	a int
	_ [100]int
	_ int
	c int
}

func main() {
	fmt.Println(x, reflect.ValueOf(x).Field(1).Int())
	y := struct{ a, _, c int }{1, f(), 3}
	fmt.Println(y, reflect.ValueOf(y).Field(1).Int())
	b := Big{1, [100]int{5}, f(), 4}
	fmt.Println(b.a, b.c, reflect.ValueOf(b).Field(1).Index(0).Int(), reflect.ValueOf(b).Field(2).Int())
	p := &Big{1, [100]int{5}, 6, 4}
	fmt.Println(p.a, p.c, *p == Big{a: 1, c: 4}, reflect.ValueOf(p).Elem().Field(2).Int())
}
