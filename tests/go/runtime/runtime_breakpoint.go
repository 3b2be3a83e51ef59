// exit: 2
// stderr: SIGTRAP: trace trap
// stderr: goroutine 1 [running]:
// stderr: main.main()
package main

// runtime.Breakpoint traps; no debugger catches it, so the program dies as Go's does.

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after")
}
