package main

// runtime/debug: Stack and PrintStack show the calling goroutine's stack, debug.Stack's own
// frame first, as Go does; the settings functions return the previous values (Go's
// defaults first).

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func inner() string { return string(debug.Stack()) }

func main() {
	s := inner()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nruntime/debug.Stack()\n"))
	fmt.Println(strings.Contains(s, "\nmain.main()\n\t"), strings.Contains(s, "runtime_debug_stack.go:16 "))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100), debug.SetMaxStack(1<<20),
		debug.SetMaxThreads(20))
	debug.FreeOSMemory()
}
