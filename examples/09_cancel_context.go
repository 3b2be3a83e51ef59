// 09_cancel_context.go: cancellation with the context package.
//
// A context.Context carries a done channel, plus the reason it was closed,
// down a call tree. It is the standard form of the done channel from the
// previous example:
//
//	ctx.Done()   a channel that is closed when the work should stop
//	ctx.Err()    nil while running; context.Canceled or
//	             context.DeadlineExceeded once Done is closed
//
// You derive contexts from a parent:
//
//	context.WithCancel(parent)      cancelled when you call cancel()
//	context.WithTimeout(parent, d)  also cancelled by itself after d
//
// Cancelling a context cancels every context derived from it, never its
// parent. Always call the cancel function when you are finished (defer it):
// that releases the context's resources.
//
// What to look for: a worker stops when cancelled and reports why; a slow
// operation is cut short by a timeout; cancelling a parent reaches a child.
//
// Run it with: gosub run examples/09_cancel_context.go
package main

import (
	"context"
	"fmt"
	"time"
)

// worker squares numbers until ctx is cancelled.
func worker(ctx context.Context, out chan<- int, report chan<- string) {
	for i := 1; ; i++ {
		select {
		case out <- i * i:
		case <-ctx.Done():
			report <- fmt.Sprint("worker stopped: ", ctx.Err())
			return
		}
	}
}

// slowLookup pretends to take d, unless ctx ends first.
func slowLookup(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "found it", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	// WithCancel: we decide when to stop.
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	report := make(chan string)
	go worker(ctx, out, report)
	for i := 0; i < 4; i++ {
		fmt.Println("square:", <-out)
	}
	cancel()
	fmt.Println(<-report)

	// WithTimeout: the clock decides.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if _, err := slowLookup(ctx2, time.Second); err != nil {
		fmt.Println("1s lookup with a 50ms timeout:", err)
	}
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Second)
	defer cancel3()
	if r, err := slowLookup(ctx3, 10*time.Millisecond); err == nil {
		fmt.Println("10ms lookup with a 1s timeout:", r)
	}

	// Cancellation flows down the tree, never up.
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	fmt.Println("before: parent", parent.Err(), "| child", child.Err())
	cancelParent()
	<-child.Done() // closed because its parent was cancelled
	fmt.Println("after cancelling the parent: child", child.Err())
}
