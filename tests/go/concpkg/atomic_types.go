package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type config struct {
	name  string
	limit int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	var i32 atomic.Int32
	i32.Store(math.MaxInt32)
	fmt.Println("Int32:", i32.Add(1), i32.Load(), i32.Swap(3), i32.CompareAndSwap(3, 4), i32.Load())
	var i64 atomic.Int64
	fmt.Println("Int64:", i64.Add(-5), i64.Swap(1<<40), i64.Load(), i64.CompareAndSwap(0, 1))
	var u32 atomic.Uint32
	fmt.Println("Uint32:", u32.Add(^uint32(0)), u32.Swap(7), u32.CompareAndSwap(7, 8), u32.Load())
	var u64 atomic.Uint64
	fmt.Println("Uint64:", u64.Add(1<<63), u64.Add(1<<63), u64.Load())
	var up atomic.Uintptr
	fmt.Println("Uintptr:", up.Add(3), up.Swap(9), up.Load(), up.CompareAndSwap(9, 10), up.Load())
	var b atomic.Bool
	fmt.Println("Bool:", b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true),
		b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println("Bool stored:", b.Load())

	// The types inside a struct, updated concurrently.
	type counters struct {
		requests atomic.Int64
		errors   atomic.Uint32
		running  atomic.Bool
	}
	var c counters
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			c.running.Store(true)
			for i := 0; i < 40; i++ {
				c.requests.Add(1)
				if (g+i)%8 == 0 {
					c.errors.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("counters:", c.requests.Load(), c.errors.Load(), c.running.Load())

	// Pointer[T].
	var p atomic.Pointer[config]
	fmt.Println("Pointer zero:", p.Load() == nil)
	first := &config{"first", 1}
	p.Store(first)
	fmt.Println("Pointer load:", *p.Load())
	second := &config{"second", 2}
	old := p.Swap(second)
	fmt.Println("Pointer swap:", old.name, p.Load().name)
	fmt.Println("Pointer CAS stale:", p.CompareAndSwap(first, first), p.Load().name)
	fmt.Println("Pointer CAS:", p.CompareAndSwap(second, nil), p.Load() == nil)

	// Many goroutines publishing new versions through a Pointer with a CAS loop.
	var version atomic.Pointer[config]
	version.Store(&config{"v", 0})
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				for {
					cur := version.Load()
					next := &config{cur.name, cur.limit + 1}
					if version.CompareAndSwap(cur, next) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("versions published:", version.Load().limit)

	// Value.
	var v atomic.Value
	fmt.Println("Value empty:", v.Load())
	v.Store(config{"a", 1})
	fmt.Println("Value:", v.Load())
	v.Store(config{"b", 2})
	fmt.Println("Value:", v.Load().(config).name)
	fmt.Println("Value swap:", v.Swap(config{"c", 3}), v.Load())
	fmt.Println("Value CAS:", v.CompareAndSwap(config{"x", 0}, config{"d", 4}),
		v.CompareAndSwap(config{"c", 3}, config{"d", 4}), v.Load())
	try("Store nil", func() { v.Store(nil) })
	try("Store of another type", func() { v.Store("string") })
	try("Swap nil", func() { v.Swap(nil) })
	try("Swap of another type", func() { v.Swap(1) })
	try("CompareAndSwap nil", func() { v.CompareAndSwap(config{}, nil) })
	try("CompareAndSwap mixed types", func() { v.CompareAndSwap(1, config{}) })
	try("CompareAndSwap of another type", func() { v.CompareAndSwap(nil, 1) })

	var w atomic.Value
	fmt.Println("CAS on empty with non-nil old:", w.CompareAndSwap(1, 2), w.Load())
	fmt.Println("CAS on empty with nil old:", w.CompareAndSwap(nil, 2), w.Load())
	var sw atomic.Value
	fmt.Println("Swap on empty:", sw.Swap([]int{1, 2}), sw.Load())
	try("CompareAndSwap of uncomparable", func() { sw.CompareAndSwap([]int{1, 2}, []int{3}) })

	// Readers always see a whole value while a writer replaces it.
	var cfg atomic.Value
	cfg.Store(map[string]int{"gen": 0, "check": 0})
	stop := make(chan bool)
	torn := int32(0)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				m := cfg.Load().(map[string]int)
				if m["gen"] != m["check"] {
					atomic.AddInt32(&torn, 1)
				}
			}
		}()
	}
	for gen := 1; gen <= 200; gen++ {
		cfg.Store(map[string]int{"gen": gen, "check": gen})
	}
	close(stop)
	wg.Wait()
	fmt.Println("torn reads:", torn, "final:", cfg.Load().(map[string]int)["gen"])
}
