// go: skip
package main

import (
	"fmt"
	"runtime"
)

// Since Go 1.21, panic(nil) panics with a *runtime.PanicNilError: recover returns a
// non-nil runtime.Error whose message is "panic called with nil argument". (Before 1.21
// recover returned nil.) Derived from the Go 1.21 runtime documentation.
func main() {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(r != nil, isErr, isRuntime)
		fmt.Printf("%T\n", r)
		fmt.Println(err)
	}()
	panic(nil)
}
