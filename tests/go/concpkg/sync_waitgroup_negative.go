// exit: 2
// stderr: panic: sync: negative WaitGroup counter
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("counter back at zero")
	wg.Done()
	fmt.Println("unreachable")
}
