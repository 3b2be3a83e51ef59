package main

import (
	"fmt"
	"reflect"
)

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x int
	try(func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf(nil)) })
	try(func() { reflect.Value{}.Set(reflect.ValueOf(1)) })
	try(func() { reflect.ValueOf(map[string]int{}).SetMapIndex(reflect.Value{}, reflect.ValueOf(1)) })
	try(func() { reflect.ValueOf(1).SetInt(2) })
	try(func() { reflect.Value{}.SetInt(2) })
	try(func() { reflect.ValueOf(&x).Elem().SetString("s") })
	try(func() { reflect.ValueOf(&x).Elem().SetFloat(1) })
	try(func() { reflect.Append(reflect.ValueOf(1)) })
	try(func() { reflect.Value{}.Interface() })
	try(func() { reflect.Value{}.Len() })
	try(func() { reflect.Value{}.Kind(); reflect.Value{}.CanSet(); reflect.Value{}.IsValid(); panic("ok") })
	try(func() { reflect.ValueOf(1).Call(nil) })
	try(func() { reflect.Value{}.Call(nil) })
	try(func() { reflect.ValueOf([]int{}).SetLen(1) })
	try(func() { reflect.Value{}.NumField() })
	try(func() { reflect.ValueOf(1).Slice(0, 1) })
	try(func() { reflect.ValueOf(1).MapKeys() })
	try(func() { reflect.ValueOf(1).MapIndex(reflect.ValueOf(1)) })
	try(func() { reflect.ValueOf(1).Bool() })
	try(func() { reflect.ValueOf(1).Complex() })
	try(func() { reflect.ValueOf(1).Uint() })
	try(func() { reflect.ValueOf(1).Bytes() })
	try(func() { reflect.ValueOf(1).IsZero(); reflect.Value{}.IsZero() })
	try(func() { reflect.ValueOf(1).FieldByName("x") })
	try(func() { reflect.ValueOf(1).Method(0) })
	try(func() { reflect.ValueOf(1).NumMethod(); reflect.Value{}.NumMethod() })
	try(func() { reflect.ValueOf(1).OverflowInt(1); reflect.ValueOf("").OverflowInt(1) })
	try(func() { reflect.ValueOf(1).MapRange() })
	try(func() { reflect.ValueOf(1).Cap() })
	try(func() { reflect.ValueOf(1).Pointer() })
	try(func() { reflect.ValueOf(1).Convert(reflect.TypeOf("")); reflect.ValueOf("").Convert(reflect.TypeOf(1)) })
	try(func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try(func() { reflect.TypeOf(1).In(0) })
	try(func() { reflect.TypeOf(1).Len() })
	try(func() { reflect.TypeOf(1).ChanDir() })
	try(func() { reflect.TypeOf(1).Method(0) })
	try(func() { reflect.TypeOf(struct{ A int }{}).Field(3) })
	try(func() { reflect.TypeOf(1).FieldByName("A") })
	try(func() { reflect.TypeOf("").Bits() })
	try(func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try(func() { reflect.Zero(nil) })
	try(func() { reflect.Indirect(reflect.Value{}) ; panic("ok2")})
}
