// time.Sleep taken for synchronisation: the main goroutine reads the total after waiting
// "long enough".
// race: 19 15
package main

import (
	"fmt"
	"time"
)

func main() {
	total := 0
	go func() {
		for i := 1; i <= 10; i++ {
			total += i
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("total:", total)
}
