// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: [select (no cases)]:
// stderr: main.main.func1()
// stderr: exit status 2
package main

import (
	"fmt"
	"runtime"
)

// main calls runtime.Goexit while another goroutine blocks for good: that is the usual
// deadlock report (with the blocked goroutine's stack), not "no goroutines".
func main() {
	go func() {
		select {}
	}()
	fmt.Println("main leaves")
	runtime.Goexit()
}
