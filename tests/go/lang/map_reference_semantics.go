package main

import "fmt"

func fill(m map[string]int) {
	m["added"] = 1
}

func replace(m map[string]int) {
	m = map[string]int{"other": 2}
	m["x"] = 3
}

// A map value refers to the map: assignment and argument passing share it; reading,
// ranging, len and delete on a nil map are fine.
func main() {
	m := map[string]int{}
	alias := m
	fill(m)
	replace(m)
	alias["alias"] = 5
	fmt.Println(m, len(alias))
	var nm map[string]int
	v, ok := nm["k"]
	fmt.Println(v, ok, len(nm), nm == nil)
	for range nm {
		fmt.Println("never")
	}
	s := struct{ M map[int]bool }{}
	fmt.Println(s.M == nil, s.M[3])
	ms := []map[int]int{{}, {}}
	for _, mm := range ms {
		mm[1] = 1
	}
	fmt.Println(ms)
}
