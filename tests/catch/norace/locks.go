// Counters guarded the right ways: a Mutex, an RWMutex (readers beside a writer), an
// atomic, and sync.Once for a lazy value. -race must stay silent.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type Table struct {
	mu   sync.RWMutex
	data map[string]int
}

func (t *Table) Get(k string) int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.data[k]
}

func (t *Table) Set(k string, v int) {
	t.mu.Lock()
	t.data[k] = v
	t.mu.Unlock()
}

var (
	once     sync.Once
	settings map[string]string
)

func config() map[string]string {
	once.Do(func() { settings = map[string]string{"mode": "fast"} })
	return settings
}

func main() {
	var c Counter
	t := &Table{data: map[string]int{}}
	var hits int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.Inc()
				atomic.AddInt64(&hits, 1)
				if j%10 == 0 {
					t.Set(fmt.Sprint(i), j)
				}
				_ = t.Get("0")
				_ = config()["mode"]
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, atomic.LoadInt64(&hits), len(t.data), config()["mode"])
}
