package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

// Each worker starts two sub-workers with contexts derived from its own, down
// to depth 3: fifteen goroutines. Cancelling the root stops them all, and each
// reports the reason it saw.
func worker(ctx context.Context, name string, depth int, wg *sync.WaitGroup, started *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	if depth < 3 {
		for _, suffix := range []string{".l", ".r"} {
			child, cancel := context.WithCancel(ctx)
			defer cancel()
			wg.Add(1)
			started.Add(1)
			go worker(child, name+suffix, depth+1, wg, started, out)
		}
	}
	started.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("%s: %v", name, ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string, 100)
	var wg, started sync.WaitGroup
	wg.Add(1)
	started.Add(1)
	go worker(ctx, "root", 0, &wg, &started, out)
	started.Wait()
	fmt.Println("all workers started")
	cancel()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("workers stopped:", len(lines))
}
