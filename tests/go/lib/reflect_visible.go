// reflect.VisibleFields (promoted fields, hiding, cycles through pointers), Value.SetCap,
// OverflowComplex and FieldByIndexErr.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct {
	X, Dup int
	deep   string
}

type Other struct {
	Dup  int
	Y    bool
	Next *Other
}

type Outer struct {
	Inner
	*Other
	Z    float64
	deep int
}

func main() {
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Outer{})) {
		fmt.Println(f.Name, f.Index, f.Type, f.Anonymous, f.IsExported())
	}
	fmt.Println(len(reflect.VisibleFields(reflect.TypeOf(struct{}{}))))

	s := make([]int, 2, 10)
	v := reflect.ValueOf(&s).Elem()
	v.SetCap(5)
	fmt.Println(len(s), cap(s))
	func() {
		defer func() { fmt.Println(recover()) }()
		v.SetCap(1)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.VisibleFields(reflect.TypeOf(1))
	}()

	var c64 complex64
	cv := reflect.ValueOf(c64)
	fmt.Println(cv.OverflowComplex(1e39+1i), cv.OverflowComplex(1+1e39i), cv.OverflowComplex(3+4i),
		reflect.ValueOf(complex128(0)).OverflowComplex(1e300))

	o := reflect.ValueOf(Outer{})
	_, err := o.FieldByIndexErr([]int{1, 1})
	fmt.Println(err)
	f, err := o.FieldByIndexErr([]int{0, 0})
	fmt.Println(f, err)
}
