// error: 15:10: invalid argument: x (variable of type int) for
// error: 16:10: invalid argument: m (variable of type map[string]int) for
// error: 17:13: first argument to append must be a slice; have m (variable of type map[string]int)
// error: 18:9: invalid argument: x (variable of type int) is not a map
// error: 19:11: invalid argument: cannot make int; type must be slice, map, or channel
// error: 20:10: 5 is not a type
// error: 21:7: invalid argument: copy expects slice arguments; found x (variable of type int) and m (variable of type map[string]int)
// Built-in functions check their argument types: len and cap (Go 1.22 adds "built-in"
// before the function name, so the texts stop at "for"), append, delete, make, new, copy.
package main

func main() {
	x := 5
	m := map[string]int{}
	_ = len(x)
	_ = cap(m)
	_ = append(m, 1)
	delete(x, 1)
	_ = make(int)
	_ = new(5)
	copy(x, m)
}
