// stderr: true
// From ../shared/crashers/equal_deep_nested_iface.go (README.md there); expectation checked with Go 1.19.
package main

type T struct{ a any }
func main() {
	var x, y any = 1, 1
	for i := 0; i < 1000000; i++ { x = T{x}; y = T{y} }
	println(x == y)
}
