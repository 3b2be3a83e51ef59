// error: 19:8: p.name undefined (type P has no field or method name
// error: 20:8: p.Age undefined (type P has no field or method Age
// error: 21:8: p.greet undefined (type P has no field or method greet
// error: 22:8: P.Name undefined (type P has no method Name)
// Selectors are case-sensitive. (Go adds a hint naming the field or method with the
// other case: ", but does have Name" in 1.20, ", but does have field Name" in later
// versions; the hint is not checked here.)
package main

type P struct {
	Name string
	age  int
}

func (p P) Greet() string { return "hi " + p.Name }

func main() {
	p := P{}
	_ = p.name
	_ = p.Age
	_ = p.greet()
	_ = P.Name
}
