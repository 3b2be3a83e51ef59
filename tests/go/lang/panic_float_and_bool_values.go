// exit: 2
// stderr: panic: main.Ratio(+2.500000e+000)
// stderr: goroutine 1 [running]:
package main

import "fmt"

type Ratio float64

// The runtime prints floating-point panic values in its own format (not fmt's).
func main() {
	fmt.Println("start")
	panic(Ratio(2.5))
}
