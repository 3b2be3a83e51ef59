// exit: 2
// stderr: panic: init failed
// stderr: goroutine 1 [running]:
// stderr: main.init.0()
package main

import "fmt"

var ready = setup()

func setup() bool {
	fmt.Println("package var initialised")
	return true
}

func init() {
	fmt.Println("init runs, ready =", ready)
	panic("init failed")
}

func main() {
	fmt.Println("main never runs")
}
