// A local captured by a goroutine's closure and changed by its creator afterwards.
// race: 16 18
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	msg := "hello"
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(len(msg) > 0)
	}()
	msg = "goodbye"
	wg.Wait()
}
