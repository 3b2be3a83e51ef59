package main

import "fmt"

// `range arr` over an array value iterates over a copy made when the loop starts, so writes
// in the body are not seen; ranging over &arr or arr[:] sees them.
func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[1], arr[3] = 20, 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)

	arr = [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[1], arr[3] = 20, 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	arr = [4]int{1, 2, 3, 4}
	for i, v := range arr[:] {
		if i == 0 {
			arr[1], arr[3] = 20, 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 99
	}
	fmt.Println(grid)
	for i := range grid {
		grid[i][0] = 99
	}
	fmt.Println(grid)
}
