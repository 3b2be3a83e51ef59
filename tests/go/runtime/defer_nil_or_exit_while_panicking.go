// While a panic unwinds: a deferred nil func panics in turn (and a recover sees that
// panic), and a deferred os.Exit ends the program at once with its status, printing
// nothing more.
// exit: 3
package main

import (
	"fmt"
	"os"
)

func nilDeferred() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var f func()
	defer f()
	panic("boom")
}

func main() {
	nilDeferred()
	defer fmt.Println("not printed")
	defer os.Exit(3)
	panic("boom again")
}
