package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

func state(ctx context.Context) string {
	select {
	case <-ctx.Done():
		return fmt.Sprint("done(", ctx.Err(), ")")
	default:
		return fmt.Sprint("live(", ctx.Err(), ")")
	}
}

func main() {
	// root -> a -> (a1, a2 -> a21), root -> b
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2, cancelA2 := context.WithCancel(context.WithValue(a, "k", "v")) // through a value context
	a21, cancelA21 := context.WithCancel(a2)
	b, cancelB := context.WithCancel(root)
	defer cancelA1()
	defer cancelA21()
	defer cancelB()
	all := []context.Context{root, a, a1, a2, a21, b}
	names := []string{"root", "a", "a1", "a2", "a21", "b"}
	show := func(when string) {
		fmt.Print(when, ":")
		for i, c := range all {
			fmt.Print(" ", names[i], "=", state(c))
		}
		fmt.Println()
	}
	show("start")
	cancelA2()
	show("cancel a2")
	cancelA()
	show("cancel a")
	cancelA()
	cancelRoot()
	show("cancel root")

	// A child of an already canceled parent is born canceled.
	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	fmt.Println("late child:", state(late))

	// Many goroutines wait on one Done channel; one cancel wakes them all.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []string
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			seen = append(seen, ctx.Err().Error())
			mu.Unlock()
		}(i)
	}
	cancel()
	wg.Wait()
	sort.Strings(seen)
	fmt.Println("woken:", len(seen), seen[0], seen[len(seen)-1])

	// Cancel from many goroutines at once: exactly one wins, nothing breaks.
	for round := 0; round < 20; round++ {
		ctx, cancel := context.WithCancel(context.Background())
		child, cc := context.WithCancel(ctx)
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cancel()
				cc()
			}()
		}
		wg.Wait()
		if ctx.Err() != context.Canceled || child.Err() != context.Canceled {
			fmt.Println("round", round, "wrong errors")
		}
	}
	fmt.Println("concurrent cancels ok")

	// A long chain.
	c := context.Background()
	var cancels []context.CancelFunc
	for i := 0; i < 500; i++ {
		var cf context.CancelFunc
		c, cf = context.WithCancel(c)
		cancels = append(cancels, cf)
	}
	cancels[0]()
	<-c.Done()
	fmt.Println("end of a 500-long chain:", c.Err(), errors.Is(c.Err(), context.Canceled))
	for _, cf := range cancels {
		cf()
	}

	// Background and TODO are never done.
	fmt.Println(context.Background().Done() == nil, context.TODO().Err(), context.Background() == context.Background())
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te) && te.Timeout())
}
