// timeout: 60
// From ../shared/crashers/string_method_nested_100k.go (README.md there); expectation checked with Go 1.19.
// The String method no longer concatenates (that made it quadratic: 20 s in Go); the depth of nested calls is the same.
package main

import "fmt"
type T int
var levels int
func (t T) String() string { levels++; if t == 0 { return "0" }; return fmt.Sprint(t - 1) }
func main() { s := fmt.Sprint(T(100000)); fmt.Println(s, levels) }
