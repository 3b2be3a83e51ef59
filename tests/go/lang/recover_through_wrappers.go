// recover() in a method deferred through an interface or a method value (Go runs it through
// a wrapper, which does not count as a frame), and in functions reflect calls for a deferred
// call: a func made by MakeFunc, a method value turned into a func, a Method.Func. A call
// one level deeper, or one a deferred function makes through reflect, does not recover.
// fmt output while a panic is in flight works inside such calls too.
package main

import (
	"fmt"
	"reflect"
)

type I interface{ M() }

type P struct{ tag string }

func (p *P) M() { fmt.Println(p.tag, "recovers", recover()) }

type V int

func (v V) M() { fmt.Println("V", int(v), "recovers", recover()) }

type Big struct {
	a, b, c int
	s       string
}

func (b Big) M() { fmt.Println("Big", b.s, "recovers", recover()) }

func helper() { fmt.Println("helper recovers", recover()) }

func run(name string, f func()) {
	defer func() { fmt.Println(name, "left:", recover()) }()
	f()
}

func main() {
	for _, i := range []I{&P{"ptr"}, V(3), Big{s: "big"}} {
		run("iface", func() {
			defer i.M()
			panic("p1")
		})
		run("method value", func() {
			f := i.M
			defer f()
			panic("p2")
		})
		run("reflect method value", func() {
			f := reflect.ValueOf(i).Method(0).Interface().(func())
			defer f()
			panic("p3")
		})
	}
	run("Method.Func", func() {
		f := reflect.TypeOf(&P{}).Method(0).Func.Interface().(func(*P))
		defer f(&P{"func"})
		panic("p4")
	})
	run("MakeFunc", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			fmt.Println("made recovers", recover())
			return nil
		}).Interface().(func())
		defer f()
		panic("p5")
	})
	run("MakeFunc calls a deeper one", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			helper()
			return nil
		}).Interface().(func())
		defer f()
		panic("p6")
	})
	run("deferred func calls through reflect", func() {
		defer func() { reflect.ValueOf(helper).Call(nil) }()
		panic("p7")
	})
	run("nested MakeFunc", func() {
		inner := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			fmt.Println("inner recovers", recover())
			return nil
		}).Interface().(func())
		outer := reflect.MakeFunc(reflect.TypeOf(func(func()) {}), func(in []reflect.Value) []reflect.Value {
			in[0].Interface().(func())()
			return nil
		}).Interface().(func(func()))
		defer outer(inner)
		panic("p8")
	})
	run("not panicking", func() {
		defer reflect.ValueOf(&P{"calm"}).Method(0).Interface().(func())()
	})
}
