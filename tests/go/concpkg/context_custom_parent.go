package main

import (
	"context"
	"fmt"
	"time"
)

// myCtx is a Context of its own making: it is done when its channel is closed.
type myCtx struct {
	done chan struct{}
	err  error
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error {
	select {
	case <-c.done:
		return c.err
	default:
		return nil
	}
}
func (c *myCtx) Value(key any) any { return nil }

// wrapped embeds a cancelable context and adds a value method of its own.
type wrapped struct {
	context.Context
}

func (w wrapped) Value(key any) any {
	if key == "wrapped" {
		return true
	}
	return w.Context.Value(key)
}

func main() {
	parent := &myCtx{done: make(chan struct{}), err: context.Canceled}
	child, cancel := context.WithCancel(parent)
	defer cancel()
	grandchild, cancel2 := context.WithTimeout(child, time.Hour)
	defer cancel2()
	fmt.Println("before:", child.Err(), grandchild.Err())
	close(parent.done)
	<-child.Done()
	<-grandchild.Done()
	fmt.Println("after closing the custom parent:", child.Err(), grandchild.Err())

	// A child of a canceled custom parent.
	late, cl := context.WithCancel(parent)
	defer cl()
	fmt.Println("late:", late.Err())

	// Canceling the child first stops the watcher; the parent stays open.
	p2 := &myCtx{done: make(chan struct{})}
	c2, cancelC2 := context.WithCancel(p2)
	cancelC2()
	fmt.Println("child canceled:", c2.Err(), "custom parent:", p2.Err())

	// Through a wrapper that embeds a cancelable context.
	base, cb := context.WithCancel(context.Background())
	w := wrapped{base}
	inner, ci := context.WithCancel(w)
	defer ci()
	fmt.Println("wrapped value:", inner.Value("wrapped"))
	cb()
	<-inner.Done()
	fmt.Println("inner after base cancel:", inner.Err())
}
