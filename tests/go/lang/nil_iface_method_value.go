package main

// A method value x.M of a nil interface panics when it is evaluated (not when it is called):
// a defer or go statement of x.M() panics at the statement. A method value of a nil pointer
// panics at evaluation when the method takes a value receiver, and not when it takes a
// pointer.

import "fmt"

type C interface{ Close() string }

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return 42 }

func try(what string, f func()) {
	defer func() {
		fmt.Println(what, "panics:", recover())
	}()
	f()
}

func deferred() (ran bool) {
	defer func() { recover() }()
	var x C
	defer x.Close()
	ran = true
	return
}

func main() {
	var c C
	try("method value", func() {
		f := c.Close
		fmt.Println("not reached", f != nil)
	})
	fmt.Println("defer statement ran on:", deferred())
	try("go statement", func() {
		go c.Close()
	})
	var p *T
	try("value method of nil pointer", func() {
		f := p.Val
		fmt.Println("not reached", f != nil)
	})
	try("pointer method of nil pointer", func() {
		f := p.Ptr
		fmt.Println(f())
	})
}
