// Package debug: the goroutine's stack as text, and the collector's and runtime's settings a
// program may ask for. gosub's collector (libgc) and stacks have no such knobs: the settings
// are kept, and reported back as Go does, but change nothing.
package debug

import "runtime"

// Stack returns the calling goroutine's stack trace, as runtime.Stack formats it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints the calling goroutine's stack trace to standard error.
func PrintStack() {
	print(string(Stack()))
}

var gcPercent = 100
var maxStack = 1000000000
var maxThreads = 10000

// SetGCPercent sets the collection target percentage; it returns the previous setting.
func SetGCPercent(percent int) int {
	old := gcPercent
	gcPercent = percent
	return old
}

// SetMaxStack sets the largest stack a goroutine may use; it returns the previous setting.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the most operating system threads the program may use; it returns the
// previous setting.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// FreeOSMemory forces a collection.
func FreeOSMemory() {
	runtime.GC()
}
