// error: 21:12: too few values in
// error: 22:14: mixture of field:value and value elements in struct literal
// error: 23:8: unknown field
// error: 23:8: in struct literal of type P
// error: 24:15: duplicate field name X in struct literal
// error: 25:19: too many values in
// error: 26:19: duplicate index 0 in array or slice literal
// Struct literals list all fields in order or use field names (not both), name existing
// fields at most once; array and slice literals use each index at most once. (Go 1.20 and
// later word the first and fifth "too few/many values in struct literal of type P" and the
// third "unknown field Z in struct literal of type P"; Go 1.19 says "in P{…}" and quotes
// 'Z', hence the partial texts.)
package main

type P struct {
	X, Y int
	Name string
}

func main() {
	_ = P{1, 2}
	_ = P{X: 1, 2, "n"}
	_ = P{Z: 1}
	_ = P{X: 1, X: 2}
	_ = P{1, 2, "n", 4}
	_ = []int{0: 1, 0: 2}
}
