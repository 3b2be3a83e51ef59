// env: GOMAXPROCS=4
// exit: 2
// timeout: 30
// stderr: fatal error: concurrent map
// From ../shared/crashers/map_concurrent_read_write.go (README.md there); expectation checked with Go 1.19.
// Go says "concurrent map writes" or "concurrent map read and map write", whichever it sees first.
package main

import "sync"
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(2)
		go func(g int) { defer wg.Done(); for i := 0; i < 200000; i++ { m[i%1000+g*1000] = i; delete(m, i%1000) } }(g)
		go func() { defer wg.Done(); s := 0; for i := 0; i < 200000; i++ { s += m[i%5000] }; for k := range m { s += k } ; _ = s }()
	}
	wg.Wait()
	println("done")
}
