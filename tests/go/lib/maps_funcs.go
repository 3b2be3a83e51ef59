// go: skip
package main

import (
	"fmt"
	"maps"
	"math"
	"strings"
)

type inventory map[string]int

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 2, "x": 1}
	fmt.Println(maps.Equal(a, b), maps.Equal(a, map[string]int{"x": 1}),
		maps.Equal(a, map[string]int{"x": 1, "z": 2}), maps.Equal(map[int]bool{}, map[int]bool(nil)))
	nan := math.NaN()
	fmt.Println(maps.Equal(map[int]float64{1: nan}, map[int]float64{1: nan}))

	upper := map[string]string{"x": "ONE", "y": "TWO"}
	lower := map[string]string{"x": "one", "y": "two"}
	fmt.Println(maps.EqualFunc(upper, lower, strings.EqualFold),
		maps.EqualFunc(upper, map[string]int{"x": 3, "y": 3}, func(s string, n int) bool { return len(s) == n }))

	// Clone keeps the named type, is independent, and maps nil to nil.
	inv := inventory{"apples": 5, "pears": 0}
	c := maps.Clone(inv)
	c["apples"] = 50
	c["plums"] = 7
	fmt.Printf("%T %v %v\n", c, c, inv)
	var none map[string]int
	fmt.Println(maps.Clone(none) == nil, len(maps.Clone(map[string]int{})))

	// Copy overwrites existing keys.
	dst := map[string]int{"a": 1, "b": 2}
	maps.Copy(dst, map[string]int{"b": 20, "c": 30})
	fmt.Println(dst)
	maps.Copy(dst, none)
	fmt.Println(len(dst))

	// DeleteFunc removes entries while ranging over them.
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = strings.Repeat("*", i%4)
	}
	maps.DeleteFunc(m, func(k int, v string) bool { return k%3 == 0 || v == "" })
	fmt.Println(len(m), m)
	maps.DeleteFunc(none, func(string, int) bool { return true })

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		maps.Copy(none, map[string]int{"k": 1})
	}()
}
