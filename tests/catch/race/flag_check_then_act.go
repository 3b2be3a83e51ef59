// Check-then-act on a shared flag: both goroutines may see it unset and both initialise.
// race: 15 16
package main

import (
	"fmt"
	"sync"
)

var initialized bool
var setups int

func setup(wg *sync.WaitGroup) {
	defer wg.Done()
	if !initialized {
		initialized = true
		setups++
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go setup(&wg)
	go setup(&wg)
	wg.Wait()
	fmt.Println("set up", setups > 0)
}
