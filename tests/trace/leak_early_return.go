// A leak: first returns with the first answer, and the other searchers block for ever on
// their send, since nobody receives from results again. `gosub run --leaks` names them.
package main

import "fmt"

func search(i int) int {
	return i * 10
}

// first asks n searchers and returns the first answer.
func first(n int) int {
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			results <- search(i)
		}(i)
	}
	return <-results
}

func main() {
	v := first(3)
	fmt.Println("first answer is a multiple of 10:", v%10 == 0)
}
