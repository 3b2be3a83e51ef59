package main

import "fmt"

// Labelled break and continue crossing switch statements and several loop levels; a break
// inside a switch inside a loop only leaves the switch; a label may name a switch.
func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for i, row := range grid {
		for _, v := range row {
			switch {
			case v < 0:
				fmt.Println("negative in row", i)
				continue rows
			case v > 8:
				break rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	fmt.Println("n", n)

	count := 0
outer:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 1 {
					continue inner
				}
				if j == 2 {
					continue outer
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

sw:
	switch x := 3; x {
	case 3:
		for {
			break sw
		}
	}
	fmt.Println("left switch")
}
