package main

import "fmt"

// copy returns the number of elements copied (the shorter length), copies from a string
// into a byte slice, handles overlap in both directions, and does nothing for nil slices.
func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	n = copy(b[2:], "xy")
	fmt.Println(n, b)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	var nilS []int
	n = copy(nilS, s)
	fmt.Println(n, copy(s, nilS), s)
	str := []string{"a", "b"}
	cp := make([]string, len(str))
	copy(cp, str)
	cp[0] = "z"
	fmt.Println(str, cp)
	n = copy(s, s)
	fmt.Println(n, s)
}
