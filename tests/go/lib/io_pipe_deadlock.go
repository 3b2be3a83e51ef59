// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [select]:
// stderr: io.(*pipe).read(
package main

import (
	"fmt"
	"io"
)

// A Read on a pipe nobody writes to blocks for ever: Go reports the deadlock.
func main() {
	pr, _ := io.Pipe()
	fmt.Println("reading")
	pr.Read(make([]byte, 1))
}
