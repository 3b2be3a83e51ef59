package main

// make's checks are Go's: the byte size (Go's element size times len, then cap) against the
// largest allocation (2^48 bytes), whatever the element's size in gosub's slots; elements of
// size zero have no limit.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	n := 1
	try("zero-size", func() { s := make([]struct{}, 1<<62); fmt.Println(len(s)) })
	try("cap < len", func() { _ = make([]int, 10, 5+n) })
	try("len bytes", func() { _ = make([]int64, n<<46) })
	try("cap bytes", func() { _ = make([]int32, 1, n<<47) })
	try("wide elem", func() { _ = make([][1 << 21]int, n<<40) })
	try("negative", func() { _ = make([]byte, -n) })
}
