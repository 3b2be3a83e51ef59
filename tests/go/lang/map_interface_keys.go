package main

import "fmt"

type ID int
type pt struct{ x, y int }

// Keys of interface type are equal only when both dynamic type and value are equal: 1,
// int64(1), ID(1), 1.0 and "1" are five different keys.
func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[ID(1)] = "ID"
	m[1.0] = "float64"
	m["1"] = "string"
	m[true] = "bool"
	m[pt{1, 2}] = "struct"
	m[[2]int{1, 2}] = "array"
	m[nil] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[ID(1)], m[float64(1)], m["1"], m[true])
	fmt.Println(m[pt{1, 2}], m[[2]int{1, 2}], m[nil])
	_, ok := m[int8(1)]
	_, ok2 := m[pt{2, 1}]
	fmt.Println(ok, ok2)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	type S interface{}
	var s S = "1"
	fmt.Println(m[s])
}
