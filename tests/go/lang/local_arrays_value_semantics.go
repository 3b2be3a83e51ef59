package main

// Local arrays: value semantics whatever their size (small ones live in registers, large
// ones in memory): indexing with run-time indices, op-assignments, nested arrays and arrays
// of structs, copies on assignment and in calls, comparison, range over a copy, and the
// bounds check.

import "fmt"

type pt struct{ x, y int }

func bump(a [4]int, i int) [4]int {
	a[i] += 100
	return a
}

func histogram(s string) [26]int {
	var h [26]int
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			h[c-'a']++
		}
	}
	return h
}

func main() {
	var a [4]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	b := a
	b[1] = -1
	c := bump(a, 2)
	fmt.Println(a, b, c, a == c, a == bump(c, 2))

	h := histogram("hello world")
	fmt.Println(h['l'-'a'], h['o'-'a'], h['z'-'a'])

	var grid [3][3]pt
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = pt{i, j}
			grid[i][j].x *= 10
		}
	}
	k := 2
	grid[k][k-1].y += 5
	fmt.Println(grid, grid[k], grid[k][1].y)

	r := [3]string{"a", "b", "c"}
	for i, s := range r {
		r[2-i] = s + s // the loop reads its own copy
	}
	fmt.Println(r)

	var big [3000]int // in memory
	for i := range big {
		big[i] = i
	}
	j := 2999
	big[j] *= 2
	fmt.Println(big[j], big[1500], len(big))

	var bytes [1024]byte
	bytes[j%1024] = 200
	bytes[j%1024]++
	fmt.Println(bytes[951], bytes[0])

	defer func() { fmt.Println("recovered:", recover()) }()
	j = 4
	a[j] = 1
}
