// A race on a field beside a correctly locked one: hits is updated outside the lock.
// race: 20 20
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu    sync.Mutex
	count int
	hits  int
}

func (s *Stats) Record() {
	s.mu.Lock()
	s.count++
	s.mu.Unlock()
	s.hits++
}

func main() {
	var s Stats
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Record()
		}()
	}
	wg.Wait()
	fmt.Println(s.count)
}
