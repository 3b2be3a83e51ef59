// exit: 2
// stderr: panic: runtime error: index out of range [3] with length 3
// stderr: [running]:
// stderr: main.spawn.func1()
// stderr: created by main.spawn
package main

import "fmt"

// spawn starts the goroutine, so the stack names spawn as its creator.
func spawn(data []int, i int, results chan<- int) {
	go func() {
		fmt.Println("goroutine reads index", i)
		results <- data[i]
	}()
}

func main() {
	results := make(chan int)
	data := []int{10, 20, 30}
	spawn(data, 1, results)
	fmt.Println("got", <-results)
	spawn(data, 3, results)
	fmt.Println("got", <-results)
}
