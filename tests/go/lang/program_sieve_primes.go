package main

import "fmt"

// Sieve of Eratosthenes over a []bool: loops, slices, integer arithmetic.
func main() {
	const n = 100000
	composite := make([]bool, n+1)
	count := 0
	last := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		last = i
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(count, last)
	var first []int
	for i := 2; len(first) < 15; i++ {
		if !composite[i] {
			first = append(first, i)
		}
	}
	fmt.Println(first)
}
