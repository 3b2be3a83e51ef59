package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok, "about 30ms ahead:", dl.Sub(start) >= 30*time.Millisecond && dl.Sub(start) < time.Second)
	fmt.Println("before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("after:", ctx.Err(), "waited:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded), ctx.Err() == context.DeadlineExceeded)
	cancel()
	fmt.Println("cancel after expiry keeps the error:", ctx.Err())

	// Canceling before the deadline.
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	cancel2()
	<-ctx2.Done()
	fmt.Println("canceled early:", ctx2.Err())

	// A deadline in the past.
	ctx3, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	defer cancel3()
	select {
	case <-ctx3.Done():
		fmt.Println("past deadline is done at once:", ctx3.Err())
	default:
		fmt.Println("past deadline not done (wrong)")
	}

	// The earlier of parent and child deadlines applies.
	parent, cp := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cp()
	longer, cl := context.WithTimeout(parent, time.Hour)
	defer cl()
	shorter, cs := context.WithTimeout(parent, time.Millisecond)
	defer cs()
	pd, _ := parent.Deadline()
	ld, _ := longer.Deadline()
	sd, _ := shorter.Deadline()
	fmt.Println("longer child gets parent deadline:", ld.Equal(pd), "shorter keeps its own:", sd.Before(pd))
	<-shorter.Done()
	fmt.Println("shorter:", shorter.Err(), "parent:", parent.Err())
	<-longer.Done()
	fmt.Println("longer:", longer.Err(), "parent:", parent.Err())

	// Deadline propagates through cancel and value contexts.
	base, cb := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cb()
	mid := context.WithValue(base, "k", 1)
	leaf, cleaf := context.WithCancel(mid)
	defer cleaf()
	_, has := leaf.Deadline()
	fmt.Println("leaf inherits deadline:", has)
	<-leaf.Done()
	fmt.Println("leaf:", leaf.Err())

	// A worker honouring cancellation.
	work := func(ctx context.Context, steps int) (int, error) {
		for i := 0; i < steps; i++ {
			select {
			case <-ctx.Done():
				return i, ctx.Err()
			case <-time.After(5 * time.Millisecond):
			}
		}
		return steps, nil
	}
	wctx, wc := context.WithTimeout(context.Background(), time.Second)
	n, err := work(wctx, 3)
	wc()
	fmt.Println("fast work:", n, err)
	wctx, wc = context.WithTimeout(context.Background(), 22*time.Millisecond)
	n, err = work(wctx, 1000)
	wc()
	fmt.Println("slow work stopped early:", n < 1000, err)

	// Many contexts with timeouts expire together.
	done := make(chan error, 100)
	for i := 0; i < 100; i++ {
		go func(i int) {
			c, cf := context.WithTimeout(context.Background(), time.Duration(i%5)*time.Millisecond)
			defer cf()
			<-c.Done()
			done <- c.Err()
		}(i)
	}
	expired := 0
	for i := 0; i < 100; i++ {
		if <-done == context.DeadlineExceeded {
			expired++
		}
	}
	fmt.Println("expired:", expired)
}
