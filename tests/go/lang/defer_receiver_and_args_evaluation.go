package main

import "fmt"

type T struct{ name string }

func (t T) Show()     { fmt.Println("value receiver:", t.name) }
func (t *T) ShowPtr() { fmt.Println("pointer receiver:", t.name) }

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

// A deferred call's function value, receiver and arguments are evaluated when the defer
// statement runs; only the call itself waits. Closures read variables at call time.
func main() {
	t := T{"first"}
	defer t.Show()
	defer t.ShowPtr()
	f := func() { fmt.Println("f one") }
	defer f()
	f = func() { fmt.Println("f two") }
	x := 1
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	defer un(trace("a"))
	x = 2
	t.name = "second"
	fmt.Println("end of main")
}
