// error: 12:7: invalid case y in switch on x (slice can only be compared to nil)
// error: 18:7: invalid case main in switch on f (func can only be compared to nil)
// error: 23:7: invalid case m in switch on m (map can only be compared to nil)
// error: 28:7: invalid case b in switch on true (mismatched types B and bool)
// A case compares with the tag: slices, funcs and maps only with nil. Without a tag, a case
// is compared with true, a bool: a defined boolean type does not match it.
package main

func main() {
	x, y := []int{1}, []int{2}
	switch x {
	case y:
	case nil:
	}
	var f func()
	switch f {
	case nil:
	case main:
	}
	m := map[int]int{}
	switch m {
	case nil:
	case m:
	}
	type B bool
	b := B(false)
	switch {
	case b:
	}
}
