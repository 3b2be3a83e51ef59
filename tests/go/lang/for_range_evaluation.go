package main

import "fmt"

func source(log *[]string) []int {
	*log = append(*log, "source")
	return []int{1, 2, 3}
}

// The range expression is evaluated once; the slice header is copied at the start so
// reassigning the variable in the body does not change the iteration; the index of a
// string range counts bytes; range can assign to existing variables; ranging over nil
// maps and slices does nothing.
func main() {
	var log []string
	for range source(&log) {
	}
	fmt.Println(log)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = []int{100, 200, 300, 400}
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	for i := range "aé世b" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	fmt.Println(i, v)
	k := 0
	for k = range [5]struct{}{} {
	}
	fmt.Println(k)
	total := 0
	for i := 0; i < 10; {
		total += i
		i += 3
	}
	fmt.Println(total)
	cond := 3
	for cond > 0 {
		cond--
	}
	fmt.Println(cond)
	var nilMap map[string]int
	var nilSlice []int
	for range nilMap {
		fmt.Println("never")
	}
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println("done")
}
