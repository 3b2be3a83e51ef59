// reflect.MakeFunc, method values as funcs (Value.Method(i).Interface()), Method.Func and
// Method.Type of a concrete type, CallSlice, and Value.Pointer of a func as FuncForPC reads it.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type T struct{ n int }

func (t T) Add(x int) int { return t.n + x }

func (t *T) Inc(by ...int) int {
	for _, b := range by {
		t.n += b
	}
	return t.n
}

func (t T) String() string { return fmt.Sprint("T", t.n) }

func (t T) Pair(a string, b float64) (string, float64, error) { return a + "!", b * 2, nil }

type I interface{ Add(int) int }

func hello() int { return 1 }

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	reflect.ValueOf(&intSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(intSwap), swap))
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	var cplx func(complex128, [3]int, struct{ A, B string }) (struct{ A, B string }, complex128)
	reflect.ValueOf(&cplx).Elem().Set(reflect.MakeFunc(reflect.TypeOf(cplx),
		func(in []reflect.Value) []reflect.Value {
			s := in[2].Interface().(struct{ A, B string })
			s.A += fmt.Sprint(in[1].Index(2).Int())
			return []reflect.Value{reflect.ValueOf(s), in[0]}
		}))
	fmt.Println(cplx(1+2i, [3]int{4, 5, 6}, struct{ A, B string }{"x", "y"}))

	sum := reflect.MakeFunc(reflect.TypeOf(func(...int) int { return 0 }),
		func(in []reflect.Value) []reflect.Value {
			s := 0
			for i := 0; i < in[0].Len(); i++ {
				s += int(in[0].Index(i).Int())
			}
			return []reflect.Value{reflect.ValueOf(s)}
		})
	fmt.Println(sum.Interface().(func(...int) int)(1, 2, 3), sum.Call(nil)[0])
	fmt.Println(sum.CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})[0])

	// a func made by MakeFunc as an error-returning func, started as a goroutine, deferred
	errf := reflect.MakeFunc(reflect.TypeOf(func() error { return nil }),
		func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(fmt.Errorf("boom"))}
		}).Interface().(func() error)
	fmt.Println(errf())
	done := make(chan bool)
	g := reflect.MakeFunc(reflect.TypeOf(func(chan bool) {}), func(in []reflect.Value) []reflect.Value {
		in[0].Interface().(chan bool) <- true
		return nil
	}).Interface().(func(chan bool))
	go g(done)
	fmt.Println(<-done)
	back := make(chan bool)
	func() {
		defer g(done)
		go func() { fmt.Println("deferred call sent:", <-done); back <- true }()
	}()
	<-back

	// method values as funcs
	t := T{5}
	add := reflect.ValueOf(t).MethodByName("Add").Interface().(func(int) int)
	t.n = 100
	fmt.Println(add(3))
	pt := &T{1}
	inc := reflect.ValueOf(pt).MethodByName("Inc").Interface().(func(...int) int)
	fmt.Println(inc(1, 2), pt.n)
	var i I = T{7}
	fmt.Println(reflect.ValueOf(&i).Elem().Method(0).Interface().(func(int) int)(10))
	addr := reflect.ValueOf(&t).Elem().Method(0).Interface().(func(int) int)
	t.n = 1000
	fmt.Println(addr(1), reflect.ValueOf(&t).Elem().Method(0).Call([]reflect.Value{reflect.ValueOf(1)})[0])
	var f func(int) int
	reflect.ValueOf(&f).Elem().Set(reflect.ValueOf(T{9}).Method(0))
	fmt.Println(f(1), reflect.ValueOf(T{}).Method(0).Type())

	// Method.Func and Method.Type of concrete types
	tt := reflect.TypeOf(t)
	for k := 0; k < tt.NumMethod(); k++ {
		m := tt.Method(k)
		fmt.Println(m.Name, m.Index, m.Type, m.Func.Type() == m.Type)
	}
	m := tt.Method(0)
	fmt.Println(m.Func.Interface().(func(T, int) int)(T{2}, 40))
	fmt.Println(m.Func.Call([]reflect.Value{reflect.ValueOf(T{1}), reflect.ValueOf(1)})[0])
	pm, _ := reflect.TypeOf(pt).MethodByName("Inc")
	fmt.Println(pm.Type, pm.Func.Interface().(func(*T, ...int) int)(pt, 10))
	sm, _ := reflect.TypeOf(pt).MethodByName("String")
	fmt.Println(sm.Type, sm.Func.Call([]reflect.Value{reflect.ValueOf(pt)})[0])
	res := tt.Method(1).Func.Call([]reflect.Value{reflect.ValueOf(t), reflect.ValueOf("hi"),
		reflect.ValueOf(1.5)})
	fmt.Println(res[0], res[1], res[2].IsNil(), res[2].Type())

	// what MakeFunc's function must return
	try(func() {
		reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf("x")}
		}).Interface().(func() int)()
	})
	try(func() {
		reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value {
			return nil
		}).Interface().(func() int)()
	})
	try(func() {
		reflect.MakeFunc(reflect.TypeOf(func() error { return nil }), func([]reflect.Value) []reflect.Value {
			return make([]reflect.Value, 1)
		}).Interface().(func() error)()
	})
	try(func() { reflect.MakeFunc(reflect.TypeOf(0), nil) })
	try(func() { reflect.ValueOf(hello).CallSlice(nil) })
	try(func() {
		reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			panic("inside")
		}).Interface().(func())()
	})

	// Pointer of a func: its entry, which runtime.FuncForPC knows
	pc := reflect.ValueOf(hello).Pointer()
	fn := runtime.FuncForPC(pc)
	_, line := fn.FileLine(pc)
	fmt.Println(fn.Name(), fn.Entry() == pc, line)
	fmt.Println(reflect.ValueOf(main).Pointer() != pc, reflect.ValueOf((func())(nil)).Pointer())
	fmt.Println(strings.HasPrefix(runtime.FuncForPC(reflect.ValueOf(try).Pointer()).Name(), "main.try"))
	up := reflect.ValueOf(strings.ToUpper).Pointer()
	fmt.Println(runtime.FuncForPC(up).Name(), runtime.FuncForPC(up).Entry() == up)
}
