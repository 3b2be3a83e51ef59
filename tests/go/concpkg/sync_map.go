package main

import (
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) []string {
	var out []string
	m.Range(func(k, v any) bool {
		out = append(out, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(out)
	return out
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println("empty load:", v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	v, ok = m.Load("a")
	fmt.Println("load a:", v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println("LoadOrStore existing:", act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println("LoadOrStore new:", act, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b:", v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b again:", v, loaded)
	m.Delete(3)
	m.Delete("never there")
	fmt.Println("contents:", dump(&m))

	// Range stops when f returns false.
	for i := 0; i < 10; i++ {
		m.Store(i, i*i)
	}
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println("range visited:", n)

	// f may modify the map.
	m.Range(func(k, v any) bool {
		if i, ok := k.(int); ok && i%2 == 1 {
			m.Delete(k)
		}
		return true
	})
	fmt.Println("after deleting odd ints:", dump(&m))

	// Concurrent writers and readers.
	var c sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				c.Store(g*100+i, g)
				c.Load(g*100 + i - 1)
				c.LoadOrStore(i, g)
			}
		}(g)
	}
	wg.Wait()
	count := 0
	c.Range(func(k, v any) bool { count++; return true })
	fmt.Println("entries after concurrent stores:", count)
}
