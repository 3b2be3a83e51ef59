// A write under a read lock: readers do not exclude each other.
// race: 19 19
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	hits int
	data map[string]string
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.hits++
	return c.data[k]
}

func main() {
	c := &Cache{data: map[string]string{"a": "x"}}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get("a")
		}()
	}
	wg.Wait()
	fmt.Println(c.hits)
}
