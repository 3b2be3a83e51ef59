// reflect's channel operations: MakeChan, Send, Recv, TrySend, TryRecv, Close, Len and Cap,
// blocking and waking as the statements do, on elements of one and of several slots.
package main

import (
	"fmt"
	"reflect"
)

type pair struct {
	s string
	n int
}

func try(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	c := reflect.MakeChan(reflect.TypeOf(make(chan int)), 2)
	fmt.Println(c.Type(), c.Len(), c.Cap())
	c.Send(reflect.ValueOf(1))
	fmt.Println(c.TrySend(reflect.ValueOf(2)), c.TrySend(reflect.ValueOf(3)), c.Len())
	x, ok := c.Recv()
	fmt.Println(x, ok)
	x, ok = c.TryRecv()
	fmt.Println(x, ok)
	x, ok = c.TryRecv()
	fmt.Println(x.IsValid(), ok)
	ch := c.Interface().(chan int)
	ch <- 9
	fmt.Println(<-ch, c.Len())

	// blocking: a goroutine sends, the reflect receive waits for it; and the other way
	pc := make(chan pair)
	pv := reflect.ValueOf(pc)
	go func() { pc <- pair{"a", 1}; pc <- pair{"b", 2}; close(pc) }()
	for {
		v, ok := pv.Recv()
		fmt.Println(v.Interface(), ok)
		if !ok {
			break
		}
	}
	sc := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range sc {
			fmt.Println("got", s)
		}
		done <- true
	}()
	sv := reflect.ValueOf(sc)
	sv.Send(reflect.ValueOf("x"))
	sv.Send(reflect.ValueOf("y"))
	sv.Close()
	<-done

	var iv chan interface{} = make(chan interface{}, 1)
	reflect.ValueOf(iv).Send(reflect.ValueOf(3.5))
	fmt.Println(<-iv)
	e := make(chan struct{}, 1)
	reflect.ValueOf(e).Send(reflect.ValueOf(struct{}{}))
	v, ok := reflect.ValueOf(e).Recv()
	fmt.Println(v, ok)

	try(func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) })
	try(func() { reflect.ValueOf(make(chan<- int)).Recv() })
	try(func() { reflect.ValueOf(make(chan int)).Send(reflect.ValueOf("s")) })
	try(func() { reflect.ValueOf(1).Recv() })
	try(func() { reflect.MakeChan(reflect.TypeOf(1), 0) })
	try(func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), -1) })
	try(func() { reflect.MakeChan(reflect.TypeOf(make(<-chan int)), 0) })
	try(func() { cl := make(chan int); close(cl); reflect.ValueOf(cl).Send(reflect.ValueOf(1)) })
	try(func() { cl := make(chan int); close(cl); reflect.ValueOf(cl).Close() })
	try(func() { cl := make(chan int); close(cl); fmt.Println(reflect.ValueOf(cl).TrySend(reflect.ValueOf(1))) })
	try(func() { var n chan int; reflect.ValueOf(n).Close() })
	fmt.Println(reflect.ValueOf((chan int)(nil)).TryRecv())
}
