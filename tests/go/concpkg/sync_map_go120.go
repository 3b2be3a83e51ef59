// go: skip (Swap, CompareAndSwap and CompareAndDelete are Go 1.20; Clear is Go 1.23)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	prev, loaded := m.Swap("k", 1)
	fmt.Println("swap new:", prev, loaded)
	prev, loaded = m.Swap("k", 2)
	fmt.Println("swap existing:", prev, loaded)
	fmt.Println("CAS wrong old:", m.CompareAndSwap("k", 1, 3))
	fmt.Println("CAS right old:", m.CompareAndSwap("k", 2, 3))
	fmt.Println("CAS missing key:", m.CompareAndSwap("nope", nil, 1))
	v, _ := m.Load("k")
	fmt.Println("k:", v)
	fmt.Println("CompareAndDelete wrong:", m.CompareAndDelete("k", 2))
	fmt.Println("CompareAndDelete right:", m.CompareAndDelete("k", 3))
	_, ok := m.Load("k")
	fmt.Println("k present:", ok)

	// Concurrent CAS increments: no update is lost.
	m.Store("n", 0)
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				for {
					old, _ := m.Load("n")
					if m.CompareAndSwap("n", old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	v, _ = m.Load("n")
	fmt.Println("n:", v)

	m.Clear()
	count := 0
	m.Range(func(k, v any) bool { count++; return true })
	fmt.Println("after Clear:", count)
}
