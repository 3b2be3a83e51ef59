// exit: 2
// timeout: 60
// stderr: runtime: goroutine stack exceeds 1000000000-byte limit
// stderr: fatal error: stack overflow
package main

import "fmt"

func depth(n int) int {
	return depth(n+1) + 1
}

// Unbounded recursion hits the stack limit: a fatal error (not a panic: no recover), exit 2.
func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	fmt.Println("start")
	fmt.Println(depth(0))
}
