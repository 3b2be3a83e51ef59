package main

// Run-time panics worded as Go words them: makechan's message has no "runtime error: "
// prefix (but is a runtime.Error), a negative map size hint is ignored, makeslice's and
// growslice's limits count bytes (a zero-size element has none), converting a slice to a
// longer array pointer panics, a failed type assertion names the static interface type and
// says when two types print alike, and a value method called through an interface holding a
// nil pointer panics as Go's wrapper does. Float-to-integer conversions of NaN and of values
// out of range give what Go gives on amd64.

import (
	"fmt"
	"math"
	"runtime"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", what, r, isRuntime)
	}()
	f()
}

type T int

func (t T) F() {}

type I interface{ F() }

type Z struct{}

var X any

func setLocal() {
	type Z struct{}
	X = Z{}
}

func main() {
	n := -1
	try("makechan", func() { _ = make(chan int, n) })
	try("makemap", func() { _ = make(map[int]int, n) })
	try("makeslice len", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 1, n) })
	const maxInt = int(^uint(0) >> 1)
	huge := make([]struct{}, 1<<62)
	huge = append(huge, struct{}{}) // the capacity grows past 2^63 without wrapping
	fmt.Println(len(huge), cap(huge) >= len(huge))
	try("zero-size", func() {
		s := make([]struct{}, maxInt)
		fmt.Println(len(s))
		s = append(s, struct{}{})
	})

	s := make([]byte, 8, 10)
	try("slice to *[8]byte", func() { p := (*[8]byte)(s); fmt.Println(&p[0] == &s[0]) })
	try("slice to *[9]byte", func() { _ = (*[9]byte)(s) })
	var nilSlice []byte
	try("nil slice to *[0]byte", func() { fmt.Println((*[0]byte)(nilSlice) == nil) })

	var e error
	try("nil error", func() { _ = e.(interface{ Error() string }) })
	var i I = T(1)
	try("assert I", func() { _ = i.(*T) })
	setLocal()
	try("local type", func() { _ = X.(Z) })
	var tp *T
	i = tp
	try("nil *T", func() { i.F() })

	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e19, -1e19, 3e9, -3e9,
		1.5e10, -0.5, 255.9, -129.5, 65536.5, 4294967296.5} {
		fmt.Println(f, int(f), int8(f), int16(f), int32(f), int64(f), uint(f), uint8(f),
			uint16(f), uint32(f), uint64(f), uintptr(f))
		f32 := float32(f)
		fmt.Println(" float32:", int(f32), int32(f32), uint32(f32), uint64(f32), int16(f32),
			uint8(f32))
	}
}
