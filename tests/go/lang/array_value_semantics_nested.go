package main

import "fmt"

type Matrix [2][3]int

type Record struct {
	Name   string
	Scores [3]int
}

func bump(m Matrix) Matrix {
	m[0][0]++
	return m
}

func bumpPtr(m *Matrix) {
	m[1][2]++
}

// Arrays nested in arrays, in structs, in maps and passed to functions are copied whole.
func main() {
	var m Matrix
	m2 := bump(m)
	bumpPtr(&m)
	fmt.Println(m, m2, m == m2)
	r1 := Record{"a", [3]int{1, 2, 3}}
	r2 := r1
	r2.Scores[0] = 100
	fmt.Println(r1, r2, r1 == r2)
	r2.Scores = r1.Scores
	fmt.Println(r1 == r2)
	byName := map[string][3]int{"x": {1, 1, 1}}
	v := byName["x"]
	v[2] = 7
	fmt.Println(byName, v)
	byName["x"] = v
	fmt.Println(byName)
	rows := [][2]string{{"a", "b"}}
	row := rows[0]
	row[0] = "z"
	fmt.Println(rows, row)
	arrs := [2][]int{{1}, {2}}
	cp := arrs
	cp[0][0] = 100
	cp[1] = []int{200}
	fmt.Println(arrs, cp)
}
