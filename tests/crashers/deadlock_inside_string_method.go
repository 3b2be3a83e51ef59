// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 [chan receive]:
// From ../shared/crashers/deadlock_inside_string_method.go (README.md there); expectation checked with Go 1.19.
package main

import "fmt"
type T struct{ ch chan int }
func (t T) String() string { return fmt.Sprint(<-t.ch) }
func main() { fmt.Println(T{make(chan int)}) }
