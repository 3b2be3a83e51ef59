// exit: 2
// stderr: panic: reflect: call of reflect.Value.Int on string Value
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
	M map[string]int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-14s %T: %v\n", name, r, r)
		if e, ok := r.(*reflect.ValueError); ok {
			fmt.Println("               ValueError", e.Method, e.Kind)
		}
	}()
	f()
}

func main() {
	var t T
	v := reflect.ValueOf(t)
	pv := reflect.ValueOf(&t).Elem()
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Int on zero", func() { reflect.Value{}.Int() })
	try("Float on int", func() { reflect.ValueOf(1).Float() })
	try("SetInt copy", func() { v.Field(0).SetInt(3) })
	try("SetString ro", func() { pv.Field(1).SetString("x") })
	try("Interface ro", func() { pv.Field(1).Interface() })
	try("SetInt string", func() { pv.Field(1).SetInt(1) })
	try("Set type", func() { pv.Field(0).Set(reflect.ValueOf("str")) })
	try("nil map", func() { pv.Field(2).SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(1)) })
	try("Field non-struct", func() { reflect.ValueOf(1).Field(0) })
	try("Field range", func() { v.Field(7) })
	try("Index range", func() { reflect.ValueOf([]int{1}).Index(1) })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Type.Elem", func() { reflect.TypeOf(1).Elem() })
	try("Type.Key", func() { reflect.TypeOf(1).Key() })
	try("Type.Field", func() { reflect.TypeOf(1).Field(0) })
	try("NumField", func() { reflect.TypeOf("").NumField() })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("IsNil of int", func() { reflect.ValueOf(1).IsNil() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Addr", func() { reflect.ValueOf(1).Addr() })
	try("Call args", func() { reflect.ValueOf(fmt.Sprint).Call(nil); reflect.ValueOf(func(int) {}).Call(nil) })
	try("Call type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("x")}) })
	try("MapIndex key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Implements", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("MakeSlice", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 1) })
	try("New(nil)", func() { reflect.New(nil) })
	try("iter before", func() { reflect.ValueOf(map[int]int{1: 1}).MapRange().Key() })
	fmt.Println(reflect.ValueOf(1).Int())
	reflect.ValueOf("s").Int()
}
