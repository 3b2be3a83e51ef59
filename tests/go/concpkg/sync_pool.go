package main

import (
	"fmt"
	"strconv"
	"sync"
)

type buffer struct {
	data []byte
}

func main() {
	var empty sync.Pool
	fmt.Println("Get from an empty pool without New:", empty.Get())
	empty.Put(nil) // ignored
	fmt.Println("after Put(nil):", empty.Get())

	var madeMu sync.Mutex // New may run in several goroutines at once
	made := 0
	pool := sync.Pool{New: func() any {
		madeMu.Lock()
		made++
		madeMu.Unlock()
		return &buffer{data: make([]byte, 0, 64)}
	}}
	b := pool.Get().(*buffer)
	madeMu.Lock()
	fmt.Println("New called:", made)
	madeMu.Unlock()
	b.data = append(b.data, "hello"...)
	b.data = b.data[:0]
	pool.Put(b)

	// Concurrent users each get a buffer that nobody else is using.
	var mu sync.Mutex
	var wg sync.WaitGroup
	bad := 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				buf := pool.Get().(*buffer)
				if len(buf.data) != 0 {
					mu.Lock()
					bad++
					mu.Unlock()
				}
				buf.data = strconv.AppendInt(buf.data, int64(g*100+i), 10)
				buf.data = buf.data[:0]
				pool.Put(buf)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("dirty buffers handed out:", bad)
}
