// exit: 2
// stderr: panic: runtime error: negative shift amount
// stderr: goroutine 1 [running]:
package main

import "fmt"

func shift(x int, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, 0))
	fmt.Println(shift(1, -1))
	fmt.Println("not reached")
}
