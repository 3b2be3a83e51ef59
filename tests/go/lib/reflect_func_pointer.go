// reflect.Value.Pointer of a func is its code's entry pc: runtime.FuncForPC finds the
// function there, and every pc of it maps to a line of its body, the last being the final
// return's (Go's inline_literal.go).
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

func hello() string {
	return "Hello"
}

func foo() string {
	x := hello()
	y := hello()
	return x + y
}

type T struct{}

func (T) M() {}

func main() {
	pc := reflect.ValueOf(foo).Pointer()
	f := runtime.FuncForPC(pc)
	fmt.Println(f.Name(), f.Entry() == pc)
	inBody := true // lines of foo's body, or hello's return where Go inlines it
	for p := pc; runtime.FuncForPC(p) == f; p++ {
		_, line := f.FileLine(p)
		inBody = inBody && (line == 0 || line == 14 || line >= 17 && line <= 20)
	}
	fmt.Println(inBody)
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(hello).Pointer()).Name())
	fn := func() {}
	name := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
	fmt.Println(strings.HasPrefix(name, "main.main.func"))
	fmt.Println(reflect.ValueOf(T.M).Pointer() != 0, reflect.ValueOf((func())(nil)).Pointer())
}
