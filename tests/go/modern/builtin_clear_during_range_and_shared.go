// go: skip
package main

import "fmt"

// Go 1.21 clear: clearing a map while ranging over it ends the iteration (entries not yet
// reached are gone); clear on a slice zeroes its elements up to len only, whatever their
// type; maps are shared, so every alias sees the clear. Derived from the Go 1.21 spec.
func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	iterations := 0
	for range m {
		iterations++
		clear(m)
	}
	fmt.Println(iterations, len(m))

	ifaces := []any{1, "a", nil, []int{1}}
	clear(ifaces)
	fmt.Println(ifaces, ifaces[0] == nil, len(ifaces))

	arr := [4]int{1, 2, 3, 4}
	clear(arr[1:3])
	fmt.Println(arr)
	p := &arr
	clear(p[:])
	fmt.Println(arr)

	type S struct{ m map[string]int }
	s := S{map[string]int{"a": 1}}
	alias := s
	clear(s.m)
	fmt.Println(len(alias.m), alias.m != nil)

	strs := make([]string, 2, 5)
	strs[0] = "x"
	full := strs[:5]
	full[3] = "beyond"
	clear(strs)
	fmt.Printf("%q\n", full)
}
