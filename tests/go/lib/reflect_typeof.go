// Types made at run time: SliceOf, ArrayOf, MapOf, ChanOf, FuncOf and StructOf give the very
// types the program spells, and values of them work as the program's own.
package main

import (
	"fmt"
	"reflect"
)

type K struct {
	A int
	B string
}

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	intT, strT := reflect.TypeOf(0), reflect.TypeOf("")
	st := reflect.SliceOf(intT)
	fmt.Println(st, st == reflect.TypeOf([]int(nil)), st.Elem() == intT)
	s := reflect.MakeSlice(st, 2, 4)
	s.Index(1).SetInt(7)
	fmt.Println(s.Interface().([]int), s.Cap())
	fmt.Println(reflect.SliceOf(reflect.SliceOf(reflect.TypeOf(K{}))))

	at := reflect.ArrayOf(8, strT)
	fmt.Println(at, at.Len(), at.Size(), at == reflect.TypeOf([8]string{}))
	a := reflect.New(at).Elem()
	a.Index(3).SetString("three")
	fmt.Printf("%q\n", a.Interface())
	big := reflect.New(reflect.ArrayOf(10000, reflect.PointerTo(intT))).Elem()
	x := 5
	big.Index(9999).Set(reflect.ValueOf(&x))
	fmt.Println(*big.Index(9999).Interface().(*int), big.Len())

	mt := reflect.MapOf(reflect.TypeOf(K{}), reflect.TypeOf(true))
	fmt.Println(mt, mt == reflect.TypeOf(map[K]bool{}))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf(K{1, "a"}), reflect.ValueOf(true))
	var mm map[K]bool
	reflect.ValueOf(&mm).Elem().Set(m)
	fmt.Println(mm[K{1, "a"}], mm[K{2, "a"}], len(mm))
	m2 := reflect.MakeMap(reflect.MapOf(strT, reflect.SliceOf(intT)))
	m2.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1, 2}))
	fmt.Println(m2.Interface(), m2.Type())

	ct := reflect.ChanOf(reflect.BothDir, intT)
	fmt.Println(ct, ct == reflect.TypeOf(make(chan int)), reflect.ChanOf(reflect.RecvDir, intT),
		reflect.ChanOf(reflect.SendDir, strT).ChanDir())

	ft := reflect.FuncOf([]reflect.Type{intT, reflect.SliceOf(strT)}, []reflect.Type{strT}, true)
	fmt.Println(ft, ft == reflect.TypeOf(func(int, ...string) string { return "" }), ft.IsVariadic())
	fmt.Println(reflect.FuncOf(nil, nil, false))
	f := reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Sprint(in[0].Int(), in[1].Len()))}
	}).Interface().(func(int, ...string) string)
	fmt.Println(f(4, "a", "b"))

	sf := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: intT},
		{Name: "B", Type: strT},
	})
	fmt.Println(sf, sf == reflect.TypeOf(struct {
		A int
		B string
	}{}), sf.NumField())
	v := reflect.New(sf).Elem()
	v.Field(0).SetInt(3)
	v.FieldByName("B").SetString("bee")
	fmt.Printf("%+v\n", v.Interface())
	conv := v.Convert(reflect.TypeOf(K{})).Interface().(K)
	fmt.Println(conv.A, conv.B)
	tagged := reflect.StructOf([]reflect.StructField{
		{Name: "X", Type: reflect.TypeOf(1.5), Tag: `json:"x"`},
		{Name: "y", PkgPath: "main", Type: reflect.ArrayOf(2, intT)},
		{Name: "_", PkgPath: "main", Type: intT},
		{Name: "_", PkgPath: "main", Type: intT},
	})
	fmt.Println(tagged, tagged.Field(0).Tag.Get("json"), tagged.Field(1).IsExported())
	fmt.Println(reflect.Zero(tagged).Interface())
	fmt.Println(reflect.StructOf(nil), reflect.StructOf(nil).Size())

	try(func() { reflect.MapOf(reflect.TypeOf([]int{}), intT) })
	try(func() { reflect.ArrayOf(-1, intT) })
	try(func() { reflect.ArrayOf(1<<62, strT) })
	try(func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: intT}}) })
	try(func() { reflect.StructOf([]reflect.StructField{{Name: "A", PkgPath: "main", Type: intT}}) })
	try(func() { reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "A", Type: intT}}) })
	try(func() { reflect.StructOf([]reflect.StructField{{Name: "1x", Type: intT}}) })
	try(func() { reflect.FuncOf([]reflect.Type{intT}, nil, true) })
}
