// exit: 2
// stderr: fatal error: go of nil func value
// stderr: goroutine 1 [running]:
package main

import "fmt"

// Starting a goroutine on a nil function is a fatal error at the go statement
// itself: recover cannot stop it.
func main() {
	defer func() { fmt.Println("recovered (wrong):", recover()) }()
	var f func()
	fmt.Println("starting a nil func")
	go f()
	fmt.Println("unreachable")
}
