// error: 20:6: invalid operation: a == b (slice can only be compared to nil)
// error: 21:6: invalid operation: m1 == m2 (map can only be compared to nil)
// error: 22:6: invalid operation: f1 == f2 (func can only be compared to nil)
// error: 23:6: invalid operation: t1 == t2 (struct containing []int cannot be compared)
// error: 24:10: invalid map key type []int
// error: 25:10: invalid map key type T
// Slices, maps and functions compare only with nil; a struct with such a field is not
// comparable and cannot be a map key.
package main

type T struct {
	S []int
}

func main() {
	a, b := []int{1}, []int{1}
	m1, m2 := map[int]int{}, map[int]int{}
	f1, f2 := func() {}, func() {}
	t1, t2 := T{}, T{}
	_ = a == b
	_ = m1 == m2
	_ = f1 == f2
	_ = t1 == t2
	_ = map[[]int]bool{}
	_ = map[T]int{}
	_ = a == nil
}
