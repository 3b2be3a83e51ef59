package main

import "fmt"

func solve(n, row int, cols, d1, d2 []bool, board []int, first *[]int) int {
	if row == n {
		if *first == nil {
			*first = append([]int(nil), board...)
		}
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		board[row] = c
		count += solve(n, row+1, cols, d1, d2, board, first)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

// N-queens by backtracking: recursion, shared slices, tuple assignment.
func main() {
	for n := 1; n <= 9; n++ {
		var first []int
		c := solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n), make([]int, n), &first)
		fmt.Println(n, c, first)
	}
}
