// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [select]:
package main

import "fmt"

func main() {
	var in chan int
	var out chan string
	fmt.Println("a select whose channels are all nil, with no default, blocks forever")
	select {
	case v := <-in:
		fmt.Println("unreachable", v)
	case out <- "x":
		fmt.Println("unreachable")
	}
}
