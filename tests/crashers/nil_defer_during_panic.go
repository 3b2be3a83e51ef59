// exit: 2
// stderr: panic: 1
// stderr: panic: runtime error: invalid memory address or nil pointer dereference
// stderr: goroutine 1 [running]:
// From ../shared/crashers/nil_defer_during_panic.go (README.md there); expectation checked with Go 1.19.
package main

func main() {
	var g func()
	defer g()
	panic(1)
}
