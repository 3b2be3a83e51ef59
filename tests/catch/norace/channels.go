// Data handed over through channels: a pipeline, a buffered channel as a semaphore, results
// in distinct slice elements, a close broadcast and a select with a timeout. -race must stay
// silent.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID     int
	Result int
}

func main() {
	jobs := make(chan *Job)
	done := make(chan *Job)
	go func() {
		for i := 1; i <= 5; i++ {
			jobs <- &Job{ID: i}
		}
		close(jobs)
	}()
	for w := 0; w < 2; w++ {
		go func() {
			for j := range jobs {
				j.Result = j.ID * j.ID
				done <- j
			}
		}()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		j := <-done
		sum += j.Result
	}
	fmt.Println("pipeline:", sum)

	sem := make(chan struct{}, 2)
	shared := 0
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			<-sem
		}()
	}
	wg.Wait()

	lock := make(chan struct{}, 1)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock <- struct{}{}
			shared++
			<-lock
		}()
	}
	wg.Wait()
	fmt.Println("guarded by a channel:", shared)

	squares := make([]int, 5)
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("squares:", squares)

	start := make(chan struct{})
	ready := 0
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			ready++
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("started:", ready)

	result := make(chan string, 1)
	go func() { result <- "fast" }()
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
