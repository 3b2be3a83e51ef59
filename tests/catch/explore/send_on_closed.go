// A send on a channel another goroutine may have closed: the producer stops when told to,
// but the consumer closes the channel as soon as it has what it needs, and one last send
// may come after the close.
// explore: exit 2
package main

import "fmt"

func main() {
	results := make(chan int, 4)
	stop := make(chan struct{})
	go func() {
		for i := 1; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			results <- i * i
		}
	}()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	close(stop)
	close(results)
	fmt.Println("sum of the first three squares:", sum)
}
