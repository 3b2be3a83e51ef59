package main

import (
	"context"
	"fmt"
	"time"
)

func state(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return fmt.Sprint(ctx.Err())
	default:
		return "running"
	}
}

func main() {
	//        root
	//       /    \
	//      a      b
	//     / \      \
	//    a1  a2    b1 (WithValue, then WithCancel under it)
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithCancel(root)
	defer cancelB()
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	a2, cancelA2 := context.WithTimeout(a, time.Hour)
	defer cancelA2()
	bv := context.WithValue(b, "k", "v")
	b1, cancelB1 := context.WithCancel(bv)
	defer cancelB1()

	show := func(when string) {
		fmt.Printf("%-18s root=%s a=%s a1=%s a2=%s b=%s b1=%s\n", when,
			state(root), state(a), state(a1), state(a2), state(b), state(b1))
	}
	show("at start:")
	cancelA1()
	show("after cancel a1:")
	cancelA()
	show("after cancel a:")
	cancelRoot()
	<-b1.Done()
	show("after cancel root:")
	fmt.Println("b1 still sees the value:", b1.Value("k"))

	// The first reason sticks: a deadline that expired stays DeadlineExceeded
	// after cancel, and a cancel stays Canceled after the deadline passes.
	d, cancelD := context.WithTimeout(context.Background(), 10*time.Millisecond)
	<-d.Done()
	cancelD()
	fmt.Println("expired, then cancelled:", d.Err())
	c, cancelC := context.WithTimeout(context.Background(), 10*time.Millisecond)
	cancelC()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("cancelled, then expired:", c.Err())

	// A child of an already cancelled parent is born cancelled, with the parent's reason.
	late, cancelLate := context.WithTimeout(d, time.Hour)
	defer cancelLate()
	fmt.Println("child of an expired parent:", state(late))

	// Done returns the same channel every time; Background's is nil and never closes.
	fmt.Println("same Done channel:", a.Done() == a.Done())
	fmt.Println("Background: Done is nil:", context.Background().Done() == nil,
		"Err:", context.Background().Err(), "TODO Err:", context.TODO().Err())
}
