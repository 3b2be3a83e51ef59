// exit: 4
package main

import (
	"fmt"
	"os"
)

// os.Exit in a deferred call during a panic ends the program at once with that status:
// the panic is never reported and the remaining deferred calls never run.
func main() {
	defer fmt.Println("outer defer: never runs")
	defer func() {
		fmt.Println("exiting from a deferred call")
		os.Exit(4)
	}()
	fmt.Println("about to panic")
	panic("unreported")
}
