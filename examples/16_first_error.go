// 16_first_error.go: run tasks together, stop everything at the first error.
//
// A common need: start several tasks; if one fails, cancel the others and
// report that first error. (The golang.org/x/sync/errgroup package packages
// this up; here it is built from parts you already know.)
//
//   - a context.WithCancel that every task watches;
//   - a buffered error channel with room for every task, so no task can get
//     stuck sending its error after the others stopped listening;
//   - a sync.Once so that only the first error is kept;
//   - a WaitGroup to wait until every task has really stopped.
//
// What to look for: the "parse" task fails after its third step; the others
// notice the cancellation and stop early instead of running all their steps.
// The steps each task completed depend on timing, so the program prints only
// the facts that do not: which error came first and that all tasks stopped.
//
// Run it with: gosub run examples/16_first_error.go
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg       sync.WaitGroup
	once     sync.Once
	firstErr error
	cancel   context.CancelFunc
}

func newGroup(parent context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &group{cancel: cancel}, ctx
}

// Go runs f in a goroutine; the first error it returns cancels the group.
func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.firstErr = err
				g.cancel()
			})
		}
	}()
}

// Wait waits for every task and returns the first error, if any.
func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.firstErr
}

// task does `steps` steps of 10ms each; if failAt > 0 it fails at that step.
func task(ctx context.Context, name string, steps, failAt int, stoppedEarly chan<- string) error {
	for s := 1; s <= steps; s++ {
		if s == failAt {
			return fmt.Errorf("%s failed at step %d", name, s)
		}
		select {
		case <-time.After(10 * time.Millisecond):
		case <-ctx.Done():
			stoppedEarly <- name
			return ctx.Err()
		}
	}
	return nil
}

func main() {
	g, ctx := newGroup(context.Background())
	stoppedEarly := make(chan string, 3)
	g.Go(func() error { return task(ctx, "download", 100, 0, stoppedEarly) })
	g.Go(func() error { return task(ctx, "parse", 100, 3, stoppedEarly) })
	g.Go(func() error { return task(ctx, "index", 100, 0, stoppedEarly) })

	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("is it a cancellation?", errors.Is(err, context.Canceled))
	close(stoppedEarly)
	n := 0
	for range stoppedEarly {
		n++
	}
	fmt.Println("tasks that stopped early because of it:", n)

	// The same group with no failures: Wait returns nil after all finish.
	g2, ctx2 := newGroup(context.Background())
	results := make([]int, 4)
	for i := range results {
		i := i // each closure needs its own i (Go 1.22 does this by itself)
		g2.Go(func() error {
			select {
			case <-ctx2.Done():
				return ctx2.Err()
			default:
				results[i] = i * i
				return nil
			}
		})
	}
	fmt.Println("no failures:", g2.Wait(), results)
}
