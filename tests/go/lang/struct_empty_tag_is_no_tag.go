// An empty struct tag is no tag: struct{x int} and struct{x int ""} are one type.
package main

import (
	"fmt"
	"reflect"
)

type A struct {
	X int ""
	Y int `json:"y"`
}

func main() {
	a := &struct{ x int }{}
	b := &struct{ x int "" }{}
	a = b
	var i interface{} = struct{ x int }{}
	_, ok := i.(struct{ x int "" })
	_, ok2 := i.(struct{ x int "t" })
	fmt.Println(a != nil, ok, ok2)
	t := reflect.TypeOf(A{})
	fmt.Printf("%q %q\n", t.Field(0).Tag, t.Field(1).Tag)
	fmt.Printf("%T\n", struct{ x int "" }{})
}
