// A queue with sync.Cond, a context cancelled by its parent, and a time.AfterFunc callback
// that reads what its creator wrote. -race must stay silent.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	go func() {
		for i := 1; i <= 3; i++ {
			q.Put(i * 10)
		}
	}()
	fmt.Println(q.Get() + q.Get() + q.Get())

	ctx, cancel := context.WithCancel(context.Background())
	var note string
	stopped := make(chan string)
	go func() {
		<-ctx.Done()
		stopped <- note
	}()
	note = "cancelled by main"
	cancel()
	fmt.Println(<-stopped)

	msg := "written before AfterFunc"
	fired := make(chan string)
	time.AfterFunc(time.Millisecond, func() { fired <- msg })
	fmt.Println(<-fired)
}
