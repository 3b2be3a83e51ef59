package main

import "fmt"

// A pointer to a slice element points into the backing array at the time it was taken:
// after append reallocates, writes through the old pointer no longer reach the slice.
func main() {
	s := make([]int, 1, 2)
	p := &s[0]
	s = append(s, 1)
	*p = 10
	fmt.Println(s, *p)
	s = append(s, 2)
	*p = 20
	fmt.Println(s, *p)
	q := &s[2]
	t := s[1:]
	*q = 30
	fmt.Println(s, t)
	type T struct{ A, B int }
	ts := []T{{1, 2}}
	pa := &ts[0].A
	*pa = 5
	fmt.Println(ts)
	arr := [3]int{}
	pe := &arr[1]
	*pe = 9
	cp := arr
	*pe = 10
	fmt.Println(arr, cp)
}
