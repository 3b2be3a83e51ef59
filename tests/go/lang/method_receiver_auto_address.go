package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Nil() bool { return c == nil }

type Wrapper struct{ C Counter }

// Calling a pointer method on an addressable value takes its address automatically; a
// value method called through a pointer dereferences it; value receivers get a copy; a
// pointer method can run on a nil receiver.
func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	w := Wrapper{}
	w.C.Inc()
	fmt.Println(w.C.Get())
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr[1].Get())
	cs := []Counter{{}, {}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, v := range cs {
		v.Inc()
	}
	fmt.Println(cs[0].Get(), cs[1].Get())
	var np *Counter
	fmt.Println(np.Nil())
	pw := &Wrapper{}
	pw.C.Inc()
	fmt.Println(pw.C.n)
}
